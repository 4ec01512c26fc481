import {
  Button,
  ButtonGroup,
  EndingSummary,
  fetchPlacementMonitoring,
  FinalReportSummary,
  permissions,
  placementPath,
  PlacementVisitsTable,
  ProgressReportsTable,
  reportCadences,
  ReviewCards,
  ReviewScheduleSummary,
  todayInEngland,
  useSession,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';

/**
 * A placement's monitoring on its page in the provider portal: the provider's own reports (and
 * the buttons to write them), then the reviews and visits the school recorded, and how it ended.
 */
export function ProviderMonitoringSection(props: { placementId: string }) {
  const client = useClient();
  const session = useSession();
  const [monitoring] = createResource(() => props.placementId, (id) => fetchPlacementMonitoring(client, id));
  const path = (rest: string) => placementPath(props.placementId, rest);
  const canReport = () => session.can(permissions.reportOnPlacements) && (monitoring()?.status === 'ACTIVE' || monitoring()?.status === 'ENDED');

  return (
    <Show when={monitoring()}>
      {(placement) => (
        <section aria-label="Reports and reviews">
          <h2 class="govuk-heading-m">Your reports</h2>
          <Show when={canReport()}>
            <ButtonGroup>
              <Button href={path('/reports/new')} variant="secondary">
                Write a {reportCadences[placement().currentAgreement.reportCadence].toLowerCase()} report
              </Button>
              <Show when={!placement().finalReport}>
                <Button href={path('/final-report')} variant="secondary">
                  Write the final report
                </Button>
              </Show>
            </ButtonGroup>
          </Show>
          <ProgressReportsTable reports={placement().progressReports} reportHref={(report) => path(`/reports/${encodeURIComponent(report.id)}`)} />
          <Show when={placement().finalReport}>
            {(report) => (
              <>
                <h3 class="govuk-heading-s">Final report</h3>
                <FinalReportSummary report={report()} />
              </>
            )}
          </Show>

          <h2 class="govuk-heading-m">Reviews</h2>
          <ReviewScheduleSummary placement={placement()} today={todayInEngland()} />
          <ReviewCards reviews={placement().reviews} />

          <h2 class="govuk-heading-m">School visits</h2>
          <PlacementVisitsTable visits={placement().visits} />

          <Show when={placement().status === 'ENDED'}>
            <h2 class="govuk-heading-m">How the placement ended</h2>
            <EndingSummary placement={placement()} />
          </Show>
        </section>
      )}
    </Show>
  );
}
