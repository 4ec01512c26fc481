import { useNavigate } from '@solidjs/router';
import {
  checkHappened,
  DateTimeFields,
  errorMessageFor,
  incidentPath,
  incidentSeverities,
  incidentSeverityValues,
  MonitoringFormPage,
  noticeState,
  permissions,
  Radios,
  RequirePermission,
  ReportIncidentDocument,
  runMutation,
  Textarea,
  textField,
  useFormState,
  useMonitoringContext,
  type FormError,
  type IncidentSeverity,
  type MonitoringContext,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { Show } from 'solid-js';

const FIELDS = ['occurredOn', 'occurredTime', 'severity', 'description', 'actionTaken'];

function checkIncident(data: FormData) {
  const happened = checkHappened(data, 'occurredOn', 'occurredTime');
  const invalid: FormError[] = [...happened.invalid];
  if (!textField(data, 'severity')) invalid.push({ field: 'severity', message: 'Select how serious the incident was' });
  if (!textField(data, 'description').trim()) invalid.push({ field: 'description', message: 'Enter what happened' });
  if (!textField(data, 'actionTaken').trim()) invalid.push({ field: 'actionTaken', message: 'Enter the action taken' });
  return { invalid, happened };
}

/** /placements/:placementId/incidents/new: the provider reports a serious behaviour incident; the school's AP leads are told. */
export function ReportIncidentPage() {
  const client = useClient();
  const navigate = useNavigate();
  const { context } = useMonitoringContext();
  const form = useFormState(() => 'Report a behaviour incident');

  async function report(element: HTMLFormElement, placement: MonitoringContext) {
    const data = new FormData(element);
    const { invalid, happened } = checkIncident(data);
    if (!form.checked(invalid) || !happened.date || !happened.time) return;
    const input = {
      placementId: placement.id,
      occurredOn: happened.date,
      occurredTime: happened.time,
      severity: textField(data, 'severity') as IncidentSeverity,
      description: textField(data, 'description'),
      actionTaken: textField(data, 'actionTaken'),
    };
    await form.send(async () => {
      const result = await runMutation(client, ReportIncidentDocument, { input });
      if (!result.ok) return result.problems;
      navigate(incidentPath(result.data.reportIncident.id), { state: noticeState(`Incident reported to ${placement.school.name}`) });
      return undefined;
    }, FIELDS);
  }

  return (
    <RequirePermission permission={permissions.reportIncidents}>
      <Show when={context()}>
        {(placement) => (
          <Show when={placement().status === 'ACTIVE'} fallback={<p class="govuk-body">Incidents can be reported only while a placement is active.</p>}>
            <MonitoringFormPage
              title="Report a behaviour incident"
              context={placement()}
              errors={form.errors()}
              busy={form.busy()}
              submitText="Report incident"
              onSubmit={(element) => void report(element, placement())}
            >
              <DateTimeFields dateId="occurredOn" timeId="occurredTime" dateLegend="Date it happened" timeLabel="Time it happened" errors={form.errors()} />
              <Radios
                name="severity"
                legend="How serious was it?"
                legendSize="m"
                items={incidentSeverityValues.map((value) => ({ value, label: incidentSeverities[value].label, hint: incidentSeverities[value].hint }))}
                error={errorMessageFor(form.errors(), 'severity')}
              />
              <Textarea id="description" label="What happened?" rows={6} error={errorMessageFor(form.errors(), 'description')} />
              <Textarea id="actionTaken" label="What action did you take?" rows={4} error={errorMessageFor(form.errors(), 'actionTaken')} />
            </MonitoringFormPage>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
