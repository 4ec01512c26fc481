import {
  Button,
  EndingSummary,
  fetchPlacementMonitoring,
  FinalReportSummary,
  permissions,
  placementPath,
  PlacementVisitsTable,
  ProgressReportsTable,
  ReviewCards,
  ReviewScheduleSummary,
  todayInEngland,
  useSession,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';

/**
 * A placement's monitoring on its page in the school portal: reviews and when the next is due,
 * school visits, the provider's reports and final report, and how it ended; with the actions
 * the viewer may take (record a review or a visit, end the placement). LA officers read only.
 */
export function MonitoringSection(props: { placementId: string }) {
  const client = useClient();
  const session = useSession();
  const [monitoring] = createResource(() => props.placementId, (id) => fetchPlacementMonitoring(client, id));
  const path = (rest: string) => placementPath(props.placementId, rest);
  const status = () => monitoring()?.status;
  const canReview = () => session.can(permissions.reviewPlacements) && (status() === 'AGREED' || status() === 'ACTIVE');
  const canVisit = () => session.can(permissions.visitPlacements) && status() === 'ACTIVE';
  const canEnd = () => session.can(permissions.commissionPlacements) && status() === 'ACTIVE';

  return (
    <Show when={monitoring()}>
      {(placement) => (
        <section aria-label="Monitoring">
          <h2 class="govuk-heading-m">Reviews</h2>
          <ReviewScheduleSummary placement={placement()} today={todayInEngland()} />
          <Show when={canReview()}>
            <Button href={path('/reviews/new')} variant="secondary">
              Record a review
            </Button>
          </Show>
          <ReviewCards reviews={placement().reviews} />

          <h2 class="govuk-heading-m">School visits</h2>
          <Show when={canVisit()}>
            <Button href={path('/visits/new')} variant="secondary">
              Record a visit
            </Button>
          </Show>
          <PlacementVisitsTable visits={placement().visits} visitHref={(visit) => path(`/visits/${encodeURIComponent(visit.id)}`)} />

          <h2 class="govuk-heading-m">Provider reports</h2>
          <ProgressReportsTable reports={placement().progressReports} reportHref={(report) => path(`/reports/${encodeURIComponent(report.id)}`)} />

          <h2 class="govuk-heading-m">Final report</h2>
          <Show when={placement().finalReport} fallback={<p class="govuk-body">The provider has not sent the final report yet.</p>}>
            {(report) => <FinalReportSummary report={report()} />}
          </Show>

          <Show when={placement().status === 'ENDED'}>
            <h2 class="govuk-heading-m">How the placement ended</h2>
            <EndingSummary placement={placement()} />
          </Show>
          <Show when={canEnd()}>
            <h2 class="govuk-heading-m">Ending the placement</h2>
            <p class="govuk-body">Record the last day, the pupil’s destination and an outcome for every objective of the plan.</p>
            <Button href={path('/end')} variant="warning">
              End placement
            </Button>
          </Show>
        </section>
      )}
    </Show>
  );
}
