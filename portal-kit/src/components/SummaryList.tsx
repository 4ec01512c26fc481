import type { JSX } from 'solid-js';
import { For } from 'solid-js';

export interface SummaryListRow {
  key: string;
  value: JSX.Element;
}

export function SummaryList(props: { rows: readonly SummaryListRow[] }) {
  return (
    <dl class="govuk-summary-list">
      <For each={props.rows}>
        {(row) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{row.key}</dt>
            <dd class="govuk-summary-list__value">{row.value}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}
