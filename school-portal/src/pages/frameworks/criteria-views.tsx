import { SummaryCard, SummaryList, Table, type EvidenceType, type SummaryListAction } from '@ap/portal-kit';
import { For, Show } from 'solid-js';

export interface CriterionView {
  id: string;
  position: number;
  code: string;
  title: string;
  guidance: string;
  evidenceTypes: readonly string[];
}

export function evidenceTitles(catalogue: readonly EvidenceType[] | undefined, codes: readonly string[]): string[] {
  return codes.map((code) => catalogue?.find((type) => type.code === code)?.title ?? code);
}

/** Each criterion as a card: guidance and the evidence that satisfies it, with change and remove links for a draft. */
export function CriteriaCards(props: {
  criteria: readonly CriterionView[];
  catalogue: readonly EvidenceType[] | undefined;
  actionsFor?: (criterion: CriterionView) => SummaryListAction[];
}) {
  return (
    <For each={props.criteria}>
      {(criterion) => (
        <SummaryCard title={`${criterion.code} ${criterion.title}`} headingLevel={3} actions={props.actionsFor?.(criterion)}>
          <SummaryList
            rows={[
              { key: 'Guidance', value: criterion.guidance || <span class="app-secondary-text">None</span> },
              {
                key: 'Evidence',
                value: (
                  <Show when={criterion.evidenceTypes.length > 0} fallback={<span class="app-secondary-text">None</span>}>
                    <ul class="govuk-list">
                      <For each={evidenceTitles(props.catalogue, criterion.evidenceTypes)}>{(title) => <li>{title}</li>}</For>
                    </ul>
                  </Show>
                ),
              },
            ]}
          />
        </SummaryCard>
      )}
    </For>
  );
}

/** A version's criteria, compact: code, title and the evidence that satisfies each. */
export function CriteriaTable(props: { criteria: readonly CriterionView[]; catalogue: readonly EvidenceType[] | undefined }) {
  return (
    <Table
      caption="Criteria"
      small
      rows={props.criteria}
      columns={[
        { header: 'Code', cell: (criterion) => <strong class="app-nowrap">{criterion.code}</strong> },
        { header: 'Criterion', cell: (criterion) => criterion.title },
        { header: 'Evidence', cell: (criterion) => evidenceTitles(props.catalogue, criterion.evidenceTypes).join('; ') || 'None' },
      ]}
    />
  );
}
