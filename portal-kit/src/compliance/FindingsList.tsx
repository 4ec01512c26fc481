import { For, Show } from 'solid-js';
import { SummaryCard } from '../components/SummaryCard';
import { SummaryList } from '../components/SummaryList';
import { Tag } from '../components/Tag';
import { findingRows, findingSeverities, type FindingItem } from './finding-labels';

export interface FindingsListProps {
  findings: readonly FindingItem[];
  /** Where each finding's placement is, to link "View placement"; no link when left out. */
  placementHref?: (placementId: string) => string;
  /** Shown when there are no findings. */
  emptyText?: string;
  headingLevel?: 2 | 3;
}

/** Compliance findings as GOV.UK summary cards, each with a tag saying how serious it is. */
export function FindingsList(props: FindingsListProps) {
  const action = (finding: FindingItem) =>
    props.placementHref && finding.placementId
      ? { href: props.placementHref(finding.placementId), text: 'View placement', visuallyHiddenText: `for ${finding.title.toLowerCase()}` }
      : undefined;
  return (
    <Show when={props.findings.length > 0} fallback={<p class="govuk-body">{props.emptyText ?? 'Nothing needs attention.'}</p>}>
      <For each={props.findings}>
        {(finding) => (
          <SummaryCard title={finding.title} headingLevel={props.headingLevel ?? 3} action={action(finding)}>
            <p class="govuk-body">
              <Tag colour={findingSeverities[finding.severity].colour}>{findingSeverities[finding.severity].label}</Tag>
            </p>
            <SummaryList rows={findingRows(finding)} />
          </SummaryCard>
        )}
      </For>
    </Show>
  );
}
