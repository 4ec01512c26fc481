import type { JSX } from 'solid-js';

/** GOV.UK details: help most people do not need, one click away. */
export function Details(props: { summary: string; children: JSX.Element }) {
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text">{props.summary}</span>
      </summary>
      <div class="govuk-details__text">{props.children}</div>
    </details>
  );
}
