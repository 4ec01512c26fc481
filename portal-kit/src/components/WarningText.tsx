import type { JSX } from 'solid-js';

export function WarningText(props: { children: JSX.Element }) {
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span> {props.children}
      </strong>
    </div>
  );
}
