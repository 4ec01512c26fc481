import {
  ActionPlanTable,
  ApprovalHistoryTable,
  AssessmentsTable,
  CurrentApprovalsTable,
  fetchProviderQuality,
  usePageTitle,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import { QaSectionHeader, useProviderId } from './qa-section';

/** Where the provider stands on each LA framework, its assessments and their action plans (read-only). */
export function ApprovalsPage() {
  const client = useClient();
  const providerId = useProviderId();
  usePageTitle(() => 'Approvals and assessments');
  // The provider may see its own ratings, visits and action plans.
  const [quality] = createResource(providerId, (id) => fetchProviderQuality(client, id, true));
  const withActions = () => (quality()?.assessments ?? []).filter((assessment) => (assessment.actionPlan ?? []).length > 0);

  return (
    <>
      <QaSectionHeader providerName={quality()?.name} heading="Approvals and assessments">
        <p class="govuk-body">
          Local authorities assess providers against their quality assurance frameworks and decide whether schools may use
          them. Every school and local authority sees your approvals and assessment outcomes.
        </p>
      </QaSectionHeader>
      <Show when={quality()}>
        {(loaded) => (
          <>
            <CurrentApprovalsTable approvals={loaded().approvals} />
            <AssessmentsTable
              caption="Latest assessments"
              assessments={loaded().assessments}
              assessmentHref={(assessment) => `/qa/approvals/assessments/${encodeURIComponent(assessment.id)}`}
            />
            <h2 class="govuk-heading-m">Action plans</h2>
            <Show
              when={withActions().length > 0}
              fallback={<p class="govuk-body">There are no actions for you in your latest assessments.</p>}
            >
              <For each={withActions()}>
                {(assessment) => (
                  <ActionPlanTable caption={`${assessment.framework.name} (${assessment.localAuthority.name})`} items={assessment.actionPlan ?? []} />
                )}
              </For>
            </Show>
            <ApprovalHistoryTable approvals={loaded().approvalHistory.edges.map((edge) => edge.node)} />
            <Show when={loaded().assessmentHistory.totalCount > loaded().assessments.length}>
              <AssessmentsTable
                caption="Assessment history"
                assessments={loaded().assessmentHistory.edges.map((edge) => edge.node)}
                assessmentHref={(assessment) => `/qa/approvals/assessments/${encodeURIComponent(assessment.id)}`}
              />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
