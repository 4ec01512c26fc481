import { useLocation, useParams } from '@solidjs/router';
import {
  ActionPlanTable,
  ApprovalHistoryTable,
  AssessmentsTable,
  Button,
  CurrentApprovalsTable,
  fetchProviderQuality,
  fetchQuery,
  NotificationBanner,
  noticeFrom,
  permissions,
  usePageTitle,
  useSession,
  type AssessmentOutcomeFieldsFragment,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import { useViewer } from '../viewer';
import { ProviderSectionHeader, providerPath } from './provider-section';
import { OwnFrameworksDocument } from './providers.data';

export const assessmentPath = (assessment: Pick<AssessmentOutcomeFieldsFragment, 'id' | 'framework'>) =>
  `/frameworks/${encodeURIComponent(assessment.framework.id)}/assessments/${encodeURIComponent(assessment.id)}`;

/** Where the provider stands on every LA framework, its assessments and (for LAs) their action plans. */
export function ProviderQualityPage() {
  const client = useClient();
  const session = useSession();
  const viewer = useViewer();
  const location = useLocation();
  const params = useParams<{ providerId: string }>();
  const [quality] = createResource(
    () => params.providerId,
    // Action plans are for commissioners (LAs) only: asking for them otherwise fails the whole query.
    (id) => fetchProviderQuality(client, id, viewer.isLocalAuthority()),
  );
  const [ownFrameworks] = createResource(viewer.localAuthorityId, async (localAuthorityId) =>
    (await fetchQuery(client, OwnFrameworksDocument, { localAuthorityId })).frameworks.edges
      .map((edge) => edge.node)
      .filter((framework) => framework.latestPublishedVersion),
  );
  usePageTitle(() => (quality() ? `Approvals and assessments – ${quality()!.name}` : 'Approvals and assessments'));

  const canConduct = () => session.can(permissions.conductAssessments);
  const canDecide = () => session.can(permissions.decideApprovals);
  const inProgressOn = (frameworkId: string) =>
    quality()?.assessments.find(
      (assessment) => assessment.framework.id === frameworkId && assessment.status === 'IN_PROGRESS' && assessment.localAuthority.id === viewer.localAuthorityId(),
    );
  const withActions = () => (quality()?.assessments ?? []).filter((assessment) => (assessment.actionPlan ?? []).length > 0);
  const detailsHref = (assessment: AssessmentOutcomeFieldsFragment) => (assessment.detailsVisible ? assessmentPath(assessment) : undefined);

  return (
    <>
      <Show when={noticeFrom(location.state)}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <ProviderSectionHeader providerId={params.providerId} providerName={quality()?.name} />
      <Show when={quality()}>
        {(loaded) => (
          <>
            <Show when={(canConduct() || canDecide()) && (ownFrameworks() ?? []).length > 0}>
              <h2 class="govuk-heading-m">Your local authority’s frameworks</h2>
              <For each={ownFrameworks()}>
                {(framework) => (
                  <div class="govuk-!-margin-bottom-4">
                    <h3 class="govuk-heading-s">{framework.name}</h3>
                    <div class="govuk-button-group">
                      <Show when={canConduct()}>
                        <Show
                          when={inProgressOn(framework.id)}
                          fallback={
                            <Button
                              variant="secondary"
                              href={`/frameworks/${encodeURIComponent(framework.id)}/assessments/new?providerId=${encodeURIComponent(loaded().id)}`}
                            >
                              Start an assessment<span class="govuk-visually-hidden"> on the {framework.name}</span>
                            </Button>
                          }
                        >
                          {(assessment) => (
                            <Button variant="secondary" href={assessmentPath(assessment())}>
                              Continue the assessment<span class="govuk-visually-hidden"> on the {framework.name}</span>
                            </Button>
                          )}
                        </Show>
                      </Show>
                      <Show when={canDecide()}>
                        <Button
                          variant="secondary"
                          href={providerPath(loaded().id, `/approval?frameworkId=${encodeURIComponent(framework.id)}`)}
                        >
                          Decide approval<span class="govuk-visually-hidden"> on the {framework.name}</span>
                        </Button>
                      </Show>
                    </div>
                  </div>
                )}
              </For>
            </Show>
            <CurrentApprovalsTable approvals={loaded().approvals} />
            <AssessmentsTable caption="Latest assessments" assessments={loaded().assessments} assessmentHref={detailsHref} />
            <Show when={!viewer.isLocalAuthority()}>
              <p class="govuk-body">
                Ratings, visit notes and action plans are shared with local authorities and the provider only.
              </p>
            </Show>
            <Show when={viewer.isLocalAuthority()}>
              <h2 class="govuk-heading-m">Action plans</h2>
              <Show when={withActions().length > 0} fallback={<p class="govuk-body">The latest assessments have no actions.</p>}>
                <For each={withActions()}>
                  {(assessment) => (
                    <ActionPlanTable
                      caption={`${assessment.framework.name} (${assessment.localAuthority.name})`}
                      items={assessment.actionPlan ?? []}
                    />
                  )}
                </For>
              </Show>
            </Show>
            <ApprovalHistoryTable approvals={loaded().approvalHistory.edges.map((edge) => edge.node)} />
            <Show when={loaded().assessmentHistory.totalCount > loaded().assessments.length}>
              <AssessmentsTable
                caption="Assessment history"
                assessments={loaded().assessmentHistory.edges.map((edge) => edge.node)}
                assessmentHref={detailsHref}
              />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
