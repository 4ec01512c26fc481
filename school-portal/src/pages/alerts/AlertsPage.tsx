import { useLocation } from '@solidjs/router';
import { fetchQuery, NotificationBanner, noticeFrom, permissions, Table, useLiveEvents, usePageTitle, useSession } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { AlertStatus, missedSession, reasonWords, WorkerTags } from './alert-views';
import { AbsenceAlertsDocument, type AbsenceAlertItem } from './alerts.data';

const PAGE_SIZE = 50;

/** Absences the providers recorded, newest first, kept up to date live; alert handlers follow each one up. */
export function AlertsPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  usePageTitle(() => 'Absence alerts');
  const [alerts, { refetch }] = createResource(async () => (await fetchQuery(client, AbsenceAlertsDocument, { first: PAGE_SIZE })).absenceAlerts);
  useLiveEvents('ABSENCE_ALERT', () => void refetch());
  const canHandle = () => session.can(permissions.handleAlerts);

  return (
    <>
      <Show when={noticeFrom(location.state)} keyed>
        {(text) => <NotificationBanner type="success" heading={text} />}
      </Show>
      <h1 class="govuk-heading-l">Absence alerts</h1>
      <p class="govuk-body">Every session a provider marks a pupil absent. This page updates by itself when a new absence is recorded.</p>
      <Show when={alerts()}>
        {(found) => (
          <Show when={found().totalCount > 0} fallback={<p class="govuk-body">No absences have been recorded.</p>}>
            <Show when={found().totalCount > PAGE_SIZE}>
              <p class="govuk-body">
                The latest {PAGE_SIZE} of {found().totalCount} absences.
              </p>
            </Show>
            <Table<AbsenceAlertItem>
              caption="Absences, newest first"
              small
              rows={found().edges.map((edge) => edge.node)}
              columns={[
                { header: 'Pupil', cell: (alert) => `${alert.pupilName} at ${alert.placement.provider.name}` },
                { header: 'Missed session', cell: (alert) => missedSession(alert) },
                { header: 'Reason', cell: (alert) => reasonWords(alert.reason) },
                { header: 'Worker to tell', cell: (alert) => <WorkerTags alert={alert} /> },
                { header: 'Status', cell: (alert) => <AlertStatus alert={alert} canHandle={canHandle()} /> },
              ]}
            />
          </Show>
        )}
      </Show>
    </>
  );
}
