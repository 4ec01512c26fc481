import type { JSX } from 'solid-js';

export interface PanelProps {
  title: string;
  children?: JSX.Element;
}

/** GOV.UK confirmation panel: the h1 of a page that ends a journey. */
export function Panel(props: PanelProps) {
  return (
    <div class="govuk-panel govuk-panel--confirmation">
      <h1 class="govuk-panel__title">{props.title}</h1>
      <div class="govuk-panel__body">{props.children}</div>
    </div>
  );
}
