import { useNavigate, useParams } from '@solidjs/router';
import {
  BackLink,
  Button,
  Checkboxes,
  ErrorSummary,
  errorMessageFor,
  fetchQuery,
  formatDate,
  noticeState,
  permissions,
  RequirePermission,
  runMutation,
  SummaryList,
  Textarea,
  textField,
  ticked,
  useFormState,
  WarningText,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import { ALERTS_PATH, missedSession, reasonWords, WorkerTags, workersOf } from './alert-views';
import { AbsenceAlertDocument, AcknowledgeAbsenceAlertDocument, type AbsenceAlertItem } from './alerts.data';

const FIELDS = ['note', 'workerInformed'];

function detailRows(alert: AbsenceAlertItem) {
  return [
    { key: 'Pupil', value: alert.pupilName },
    { key: 'Provider', value: alert.placement.provider.name },
    { key: 'Missed session', value: missedSession(alert) },
    { key: 'Reason given', value: reasonWords(alert.reason) },
    { key: 'Recorded', value: formatDate(alert.createdAt) },
    { key: 'Worker to tell', value: <WorkerTags alert={alert} /> },
  ];
}

function handledRows(alert: AbsenceAlertItem) {
  return [
    { key: 'Handled by', value: `${alert.acknowledgedByName} on ${formatDate(alert.acknowledgedAt!)}` },
    { key: 'Worker informed', value: alert.workerInformedAt ? `By ${alert.workerInformedByName} on ${formatDate(alert.workerInformedAt)}` : 'No' },
    { key: 'Note', value: alert.note ?? 'None' },
  ];
}

/** One absence: who must be told, and the form recording that the school followed it up. */
export function HandleAlertPage() {
  const client = useClient();
  const navigate = useNavigate();
  const params = useParams<{ alertId: string }>();
  const form = useFormState(() => 'Handle an absence');
  const [alert] = createResource(() => params.alertId, async (id) => (await fetchQuery(client, AbsenceAlertDocument, { id })).absenceAlert);

  async function acknowledge(element: HTMLFormElement, current: AbsenceAlertItem) {
    const data = new FormData(element);
    const input = { id: current.id, note: textField(data, 'note'), workerInformed: ticked(data, 'workerInformed').includes('yes') };
    await form.send(async () => {
      const result = await runMutation(client, AcknowledgeAbsenceAlertDocument, { input });
      if (!result.ok) return result.problems;
      navigate(ALERTS_PATH, { state: noticeState(`Absence of ${current.pupilName} handled`) });
      return undefined;
    }, FIELDS);
  }

  return (
    <RequirePermission permission={permissions.handleAlerts}>
      <BackLink href={ALERTS_PATH} text="Back to absence alerts" />
      <Show when={alert()}>
        {(current) => (
          <>
            <ErrorSummary errors={form.errors()} />
            <span class="govuk-caption-l">{current().pupilName}</span>
            <h1 class="govuk-heading-l">Handle an absence</h1>
            <SummaryList rows={detailRows(current())} />
            <Show when={current().acknowledgedAt} fallback={<AcknowledgeForm alert={current()} errors={form.errors()} busy={form.busy()} onSubmit={(element) => void acknowledge(element, current())} />}>
              <h2 class="govuk-heading-m">Handled</h2>
              <SummaryList rows={handledRows(current())} />
            </Show>
          </>
        )}
      </Show>
    </RequirePermission>
  );
}

function AcknowledgeForm(props: {
  alert: AbsenceAlertItem;
  errors: FormErrors;
  busy: boolean;
  onSubmit: (element: HTMLFormElement) => void;
}) {
  const workers = () => workersOf(props.alert);
  return (
    <form
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!props.busy) props.onSubmit(event.currentTarget);
      }}
    >
      <For each={workers()}>
        {(worker) => (
          <WarningText>
            Tell {worker.name}, the pupil’s {worker.role}, about this absence
            immediately{worker.contact ? ` (${worker.contact})` : ''}.
          </WarningText>
        )}
      </For>
      <Textarea id="note" label="What did you do?" hint="For example, who you spoke to and what they said." rows={4} error={errorMessageFor(props.errors, 'note')} />
      <Show when={workers().length > 0}>
        <Checkboxes
          name="workerInformed"
          legend="Worker informed"
          error={errorMessageFor(props.errors, 'workerInformed')}
          items={[{ value: 'yes', label: `I have informed the ${workers().map((worker) => worker.role).join(' and the ')}` }]}
        />
      </Show>
      <Button busy={props.busy}>Mark as handled</Button>
    </form>
  );
}
