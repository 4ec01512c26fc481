import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { For, Show } from 'solid-js';
import type { SummaryListAction } from './SummaryList';

export interface SummaryCardProps {
  title: string;
  /** Heading level of the title within the page. */
  headingLevel?: 2 | 3;
  action?: SummaryListAction;
  /** Several actions, e.g. "Change" and "Remove". */
  actions?: readonly SummaryListAction[];
  children: JSX.Element;
}

/** GOV.UK summary card: a titled summary list, with one action for the whole card. */
export function SummaryCard(props: SummaryCardProps) {
  const allActions = () => [...(props.action ? [props.action] : []), ...(props.actions ?? [])];
  return (
    <div class="govuk-summary-card">
      <div class="govuk-summary-card__title-wrapper">
        {props.headingLevel === 3 ? (
          <h3 class="govuk-summary-card__title">{props.title}</h3>
        ) : (
          <h2 class="govuk-summary-card__title">{props.title}</h2>
        )}
        <Show when={allActions().length > 0}>
          <ul class="govuk-summary-card__actions">
            <For each={allActions()}>
              {(action) => (
                <li class="govuk-summary-card__action">
                  <A class="govuk-link" href={action.href}>
                    {action.text}
                    <span class="govuk-visually-hidden"> {action.visuallyHiddenText}</span>
                  </A>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
      <div class="govuk-summary-card__content">{props.children}</div>
    </div>
  );
}
