import type { JSX } from 'solid-js';

export function InsetText(props: { children: JSX.Element }) {
  return <div class="govuk-inset-text">{props.children}</div>;
}
