import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { For, Show } from 'solid-js';
import { classNames } from './attributes';

export interface SummaryListAction {
  href: string;
  text: string;
  /** Says what the action changes, for screen readers: "Change" + " Ofsted grade". */
  visuallyHiddenText: string;
}

export interface SummaryListRow {
  key: string;
  value: JSX.Element;
  action?: SummaryListAction;
}

export interface SummaryListProps {
  rows: readonly SummaryListRow[];
  /** No borders, e.g. inside a table cell. */
  noBorder?: boolean;
}

export function SummaryList(props: SummaryListProps) {
  const anyAction = () => props.rows.some((row) => row.action);
  return (
    <dl class={classNames('govuk-summary-list', props.noBorder && 'govuk-summary-list--no-border')}>
      <For each={props.rows}>
        {(row) => (
          <div class={classNames('govuk-summary-list__row', anyAction() && !row.action && 'govuk-summary-list__row--no-actions')}>
            <dt class="govuk-summary-list__key">{row.key}</dt>
            <dd class="govuk-summary-list__value">{row.value}</dd>
            <Show when={row.action}>
              {(action) => (
                <dd class="govuk-summary-list__actions">
                  <A class="govuk-link" href={action().href}>
                    {action().text}
                    <span class="govuk-visually-hidden"> {action().visuallyHiddenText}</span>
                  </A>
                </dd>
              )}
            </Show>
          </div>
        )}
      </For>
    </dl>
  );
}
