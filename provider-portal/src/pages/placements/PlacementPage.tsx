import { A, useLocation } from '@solidjs/router';
import {
  BackLink,
  Button,
  formatDate,
  describeWeeklyHours,
  formatLocalDate,
  NotificationBanner,
  noticeFrom,
  permissions,
  PlacementDetails,
  PlacementHeading,
  PlacementStatusTag,
  PupilSummaryList,
  SitesList,
  SummaryList,
  usePageTitle,
  useSession,
  type PlacementRecord,
  type SummaryListRow,
} from '@ap/portal-kit';
import { Show } from 'solid-js';
import { useProviderPlacement } from './placement';
import { ProviderMonitoringSection } from './reports/ProviderMonitoringSection';

function overviewRows(placement: PlacementRecord): SummaryListRow[] {
  return [
    { key: 'School', value: placement.school.name },
    { key: 'Status', value: <PlacementStatusTag status={placement.status} /> },
    { key: 'Sites', value: <SitesList sites={placement.sites} /> },
    {
      key: 'Hours',
      value: describeWeeklyHours(placement.hoursPerWeek, placement.attendancePattern),
    },
    ...(placement.proposedAt ? [{ key: 'Referred', value: formatDate(placement.proposedAt) }] : []),
    ...(placement.startedOn ? [{ key: 'Started', value: formatLocalDate(placement.startedOn) }] : []),
  ];
}

/** A placement at the provider: what the school shared about the pupil, the plan, and the agreement to sign. */
export function PlacementPage() {
  const location = useLocation();
  const session = useSession();
  const context = useProviderPlacement();
  const { placement } = context;
  usePageTitle(() => (placement() ? `${placement()!.pupilSummary.name}: placement` : 'Placement'));

  return (
    <>
      <BackLink href="/placements" text="Back to placements" />
      <Show when={noticeFrom(location.state)} keyed>
        {(text) => <NotificationBanner type="success" heading={text} />}
      </Show>
      <Show when={placement.latest}>
        {(loaded) => (
          <>
            <PlacementHeading caption={`Placement from ${loaded().school.name}`} pupilName={loaded().pupilSummary.name} status={loaded().status} />
            <Show when={context.canSign()}>
              <NotificationBanner heading={`${loaded().school.name} has asked you to sign version ${loaded().currentAgreement.version} of the agreement`}>
                <p class="govuk-body">Read the plan and the agreement below, then sign it for your organisation.</p>
                <Button href={context.path('/sign')}>Sign the agreement</Button>
              </NotificationBanner>
            </Show>
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <h2 class="govuk-heading-m">Overview</h2>
                <SummaryList rows={overviewRows(loaded())} />
                <ul class="govuk-list">
                  <li>
                    <A class="govuk-link" href={context.path('/agreement/print')}>
                      Print the agreement
                    </A>
                  </li>
                  <Show when={loaded().status === 'ACTIVE' && session.can(permissions.reportIncidents)}>
                    <li>
                      <A class="govuk-link" href={context.path('/incidents/new')}>
                        Report a serious behaviour incident
                      </A>
                    </li>
                  </Show>
                </ul>
                <h2 class="govuk-heading-m">The pupil</h2>
                <p class="govuk-body">What {loaded().school.name} shared with you. Keep it confidential to the staff who work with the pupil.</p>
                <PupilSummaryList summary={loaded().pupilSummary} />
                <PlacementDetails placement={loaded()} />
              </div>
            </div>
            <Show when={!['PROPOSED', 'CANCELLED'].includes(loaded().status)}>
              <ProviderMonitoringSection placementId={loaded().id} />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
