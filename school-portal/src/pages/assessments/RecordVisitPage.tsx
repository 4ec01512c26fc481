import { useNavigate } from '@solidjs/router';
import {
  BackLink,
  Button,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  errorMessageFor,
  ErrorSummary,
  formErrorsFrom,
  noticeState,
  permissions,
  RequirePermission,
  requireDate,
  runMutation,
  Textarea,
  TextInput,
  textField,
  todayInEngland,
  usePageTitle,
  useSession,
  type AssessmentDetail,
  type FormError,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { useAssessment } from './assessment';
import { RecordQaVisitDocument } from './assessments.data';

/** Records a QA visit made for the assessment. */
export function RecordVisitPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const { assessment, canConduct, path } = useAssessment();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Record a QA visit', () => errors().length > 0);

  async function record(form: HTMLFormElement, loaded: AssessmentDetail) {
    const data = new FormData(form);
    const visitDate = requireDate(datePartsFrom(data, 'visitDate'), 'date of the visit');
    const visitor = textField(data, 'visitor').trim();
    const notes = textField(data, 'notes').trim();
    const invalid: FormError[] = [];
    if (visitDate.kind === 'invalid') invalid.push(dateFormError('visitDate', visitDate));
    else if (visitDate.kind === 'date' && visitDate.value > todayInEngland()) {
      invalid.push({ field: 'visitDate', message: 'The date of the visit must be today or in the past' });
    }
    if (!visitor) invalid.push({ field: 'visitor', message: 'Enter who made the visit' });
    setErrors(invalid);
    if (invalid.length > 0 || visitDate.kind !== 'date') return;
    setBusy(true);
    const outcome = await runMutation(client, RecordQaVisitDocument, {
      input: { assessmentId: loaded.id, visitDate: visitDate.value, visitor, notes },
    });
    setBusy(false);
    if (outcome.ok) navigate(path(), { state: noticeState('QA visit recorded') });
    else setErrors(formErrorsFrom(outcome.problems, ['visitDate', 'visitor', 'notes']));
  }

  return (
    <RequirePermission permission={permissions.conductAssessments}>
      <BackLink href={path()} />
      <Show when={assessment()}>
        {(loaded) => (
          <Show when={canConduct()} fallback={<p class="govuk-body">This assessment cannot be changed.</p>}>
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors={errors()} />
                <span class="govuk-caption-l">Assessment of {loaded().provider.name}</span>
                <h1 class="govuk-heading-l">Record a QA visit</h1>
                <form
                  novalidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (!busy()) void record(event.currentTarget, loaded());
                  }}
                >
                  <DateInput
                    id="visitDate"
                    legend="Date of the visit"
                    hint="For example, 27 3 2026"
                    value={datePartsOf(todayInEngland())}
                    error={dateErrorFor(errors(), 'visitDate').message}
                    errorParts={dateErrorFor(errors(), 'visitDate').parts}
                  />
                  <TextInput
                    id="visitor"
                    label="Who visited"
                    hint="Names and roles, for example Priya Shaw, QA officer"
                    value={session.me()?.user.displayName ?? ''}
                    error={errorMessageFor(errors(), 'visitor')}
                  />
                  <Textarea
                    id="notes"
                    label="Notes (optional)"
                    hint="What you saw and discussed. The provider can read these notes."
                    rows={8}
                    error={errorMessageFor(errors(), 'notes')}
                  />
                  <Button busy={busy()}>Record visit</Button>
                </form>
              </div>
            </div>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
