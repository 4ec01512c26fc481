import { useLocation, useNavigate, useParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { BackLink } from '../components/BackLink';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { NotificationBanner } from '../components/NotificationBanner';
import { Textarea } from '../components/Textarea';
import { permissions } from '../auth/permissions';
import { useSession } from '../auth/session';
import { textField } from '../forms/form-data';
import { errorMessageFor } from '../forms/form-errors';
import { runMutation } from '../graphql/requests';
import { useFormState } from '../placements/MonitoringPages';
import { noticeFrom, noticeState } from '../portal/notice';
import { IncidentSummary, incidentPath } from './IncidentViews';
import { fetchIncident, RecordIncidentDecisionDocument } from './safeguarding.data';

/** /incidents/:incidentId in both portals: the incident, and for the school's heads and AP leads the decision form until decided. */
export function IncidentPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const params = useParams<{ incidentId: string }>();
  const [incident, { refetch }] = createResource(() => params.incidentId, (id) => fetchIncident(client, id));
  const form = useFormState(() => (incident() ? `Behaviour incident: ${incident()!.placement.pupilSummary.name}` : 'Behaviour incident'));
  const canDecide = () => session.can(permissions.decideIncidents) && !incident()?.decidedAt;

  async function decide(element: HTMLFormElement) {
    const decision = textField(new FormData(element), 'decision');
    if (!form.checked(decision.trim() ? [] : [{ field: 'decision', message: 'Enter the course of action decided' }])) return;
    await form.send(async () => {
      const result = await runMutation(client, RecordIncidentDecisionDocument, { input: { id: params.incidentId, decision } });
      if (!result.ok) return result.problems;
      navigate(incidentPath(params.incidentId), { replace: true, state: noticeState('Decision recorded') });
      void refetch();
      return undefined;
    }, ['decision']);
  }

  return (
    <>
      <BackLink href="/incidents" text="Back to behaviour incidents" />
      <ErrorSummary errors={form.errors()} />
      <Show when={noticeFrom(location.state)} keyed>
        {(text) => <NotificationBanner type="success" heading={text} />}
      </Show>
      <Show when={incident.latest}>
        {(loaded) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <span class="govuk-caption-l">Behaviour incident</span>
              <h1 class="govuk-heading-l">{loaded().placement.pupilSummary.name}</h1>
              <IncidentSummary incident={loaded()} />
              <Show when={canDecide()}>
                <form
                  novalidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (!form.busy()) void decide(event.currentTarget);
                  }}
                >
                  <Textarea
                    id="decision"
                    label="Course of action decided"
                    hint="For example, a meeting with the pupil and parent before the next session. The provider can see this."
                    rows={4}
                    error={errorMessageFor(form.errors(), 'decision')}
                  />
                  <Button busy={form.busy()}>Record decision</Button>
                </form>
              </Show>
            </div>
          </div>
        )}
      </Show>
    </>
  );
}
