import { FindingsList, WarningText } from '@ap/portal-kit';
import { Show } from 'solid-js';
import type { PlacementOversightQuery } from '../../gql/graphql';

/** Compliance findings on the placement, most serious first: above the task list, so they are dealt with before signing. */
export function PlacementFindings(props: { findings: PlacementOversightQuery['placement']['findings'] }) {
  return (
    <Show when={props.findings.length > 0}>
      <h2 class="govuk-heading-m">Compliance</h2>
      <Show when={props.findings.some((finding) => finding.severity === 'BLOCKING')}>
        <WarningText>The agreement cannot be signed until every finding that blocks agreement is resolved.</WarningText>
      </Show>
      <FindingsList findings={props.findings} />
    </Show>
  );
}
