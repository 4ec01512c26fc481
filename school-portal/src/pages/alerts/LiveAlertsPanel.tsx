import { A } from '@solidjs/router';
import { fetchQuery, permissions, useLiveEvents, useSession } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import { ALERTS_PATH, alertPath, missedSession, WorkerTags } from './alert-views';
import { AbsenceAlertsDocument } from './alerts.data';

const PANEL_SIZE = 5;

/** The home page's live panel for alert handlers: absences not yet followed up, refreshed as they are recorded. */
export function LiveAlertsPanel() {
  const session = useSession();
  return (
    <Show when={session.can(permissions.handleAlerts)}>
      <UnhandledAlerts />
    </Show>
  );
}

function UnhandledAlerts() {
  const client = useClient();
  const [alerts, { refetch }] = createResource(
    async () => (await fetchQuery(client, AbsenceAlertsDocument, { first: PANEL_SIZE, unacknowledged: true })).absenceAlerts,
  );
  useLiveEvents('ABSENCE_ALERT', () => void refetch());
  return (
    <section aria-live="polite" data-testid="live-absence-alerts">
      <h2 class="govuk-heading-m">Absences to handle</h2>
      <Show when={alerts()}>
        {(found) => (
          <Show when={found().totalCount > 0} fallback={<p class="govuk-body">No absences are waiting to be handled.</p>}>
            <p class="govuk-body">
              {found().totalCount === 1 ? '1 absence is' : `${found().totalCount} absences are`} waiting to be handled.
            </p>
            <ul class="govuk-list">
              <For each={found().edges.map((edge) => edge.node)}>
                {(alert) => (
                  <li>
                    <A class="govuk-link" href={alertPath(alert.id)}>
                      {alert.pupilName}
                    </A>{' '}
                    at {alert.placement.provider.name}: {missedSession(alert)}
                    <Show when={alert.hasSocialWorker || alert.hasYouthOffendingWorker}>
                      <WorkerTags alert={alert} />
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <p class="govuk-body">
        <A class="govuk-link" href={ALERTS_PATH}>
          See all absence alerts
        </A>
      </p>
    </section>
  );
}
