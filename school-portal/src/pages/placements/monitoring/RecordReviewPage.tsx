import { useNavigate } from '@solidjs/router';
import {
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  errorMessageFor,
  linesOf,
  MonitoringFormPage,
  noticeState,
  parseDateParts,
  permissions,
  problemsOnEntries,
  Radios,
  RequirePermission,
  requireDate,
  reviewOutcomes,
  reviewOutcomeValues,
  runMutation,
  Textarea,
  textField,
  todayInEngland,
  useFormState,
  useMonitoringContext,
  type FormError,
  type MonitoringContext,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { For, Show } from 'solid-js';
import { RecordReviewDocument } from './monitoring.data';

const progressId = (objectiveId: string) => `progress-${objectiveId}`;
const FIELDS = ['heldOn', 'attendees', 'outcome', 'summary', 'pupilViews', 'parentViews', 'nextReviewOn'];

/** Records a review meeting: who came, progress against each objective, views, the decision and the next date. */
export function RecordReviewPage() {
  const client = useClient();
  const navigate = useNavigate();
  const { context, path } = useMonitoringContext();
  const form = useFormState(() => 'Record a review');

  async function record(element: HTMLFormElement, placement: MonitoringContext) {
    const data = new FormData(element);
    const heldOn = requireDate(datePartsFrom(data, 'heldOn'), 'date of the review');
    const nextReviewOn = parseDateParts(datePartsFrom(data, 'nextReviewOn'), 'date of the next review');
    const attendees = linesOf(textField(data, 'attendees'));
    const outcome = textField(data, 'outcome');
    const objectiveProgress = placement.objectives
      .map((objective) => ({ objectiveId: objective.id, progress: textField(data, progressId(objective.id)).trim() }))
      .filter((entry) => entry.progress !== '');
    const invalid: FormError[] = [];
    if (heldOn.kind === 'invalid') invalid.push(dateFormError('heldOn', heldOn));
    else if (heldOn.kind === 'date' && heldOn.value > todayInEngland()) {
      invalid.push({ field: 'heldOn', message: 'The date of the review must be today or in the past' });
    }
    if (attendees.length === 0) invalid.push({ field: 'attendees', message: 'Enter who attended the review' });
    if (!outcome) invalid.push({ field: 'outcome', message: 'Select what the review decided' });
    if (nextReviewOn.kind === 'invalid') invalid.push(dateFormError('nextReviewOn', nextReviewOn));
    else if (nextReviewOn.kind === 'date' && heldOn.kind === 'date' && nextReviewOn.value <= heldOn.value) {
      invalid.push({ field: 'nextReviewOn', message: 'The date of the next review must be after the date of the review' });
    }
    if (!form.checked(invalid) || heldOn.kind !== 'date') return;
    const input = {
      placementId: placement.id,
      heldOn: heldOn.value,
      attendees,
      objectiveProgress,
      outcome: outcome as keyof typeof reviewOutcomes,
      summary: textField(data, 'summary'),
      pupilViews: textField(data, 'pupilViews'),
      parentViews: textField(data, 'parentViews'),
      nextReviewOn: nextReviewOn.kind === 'date' ? nextReviewOn.value : null,
    };
    const sentIds = objectiveProgress.map((entry) => entry.objectiveId);
    await form.send(
      async () => {
        const result = await runMutation(client, RecordReviewDocument, { input });
        if (!result.ok) return problemsOnEntries(result.problems, 'objectiveProgress', sentIds, progressId);
        navigate(path(), { state: noticeState('Review recorded') });
        return undefined;
      },
      [...FIELDS, ...placement.objectives.map((objective) => progressId(objective.id))],
    );
  }

  return (
    <RequirePermission permission={permissions.reviewPlacements}>
      <Show when={context()}>
        {(placement) => (
          <MonitoringFormPage
            title="Record a review"
            context={placement()}
            errors={form.errors()}
            busy={form.busy()}
            submitText="Record review"
            onSubmit={(element) => void record(element, placement())}
          >
            <DateInput
              id="heldOn"
              legend="Date of the review"
              hint="For example, 27 3 2026"
              value={datePartsOf(todayInEngland())}
              error={dateErrorFor(form.errors(), 'heldOn').message}
              errorParts={dateErrorFor(form.errors(), 'heldOn').parts}
            />
            <Textarea
              id="attendees"
              label="Who attended"
              hint="One person a line, with their role, for example Sam Patel (AP lead, school). Include the pupil and the parent or carer if they came."
              rows={5}
              error={errorMessageFor(form.errors(), 'attendees')}
            />
            <h2 class="govuk-heading-m">Progress against the plan</h2>
            <Show when={placement().objectives.length > 0} fallback={<p class="govuk-body">The plan has no objectives yet.</p>}>
              <For each={placement().objectives}>
                {(objective) => (
                  <Textarea
                    id={progressId(objective.id)}
                    label={`${objective.position}. ${objective.description}`}
                    hint={`Target: ${objective.target}`}
                    rows={3}
                    error={errorMessageFor(form.errors(), progressId(objective.id))}
                  />
                )}
              </For>
            </Show>
            <Textarea id="summary" label="Summary of the discussion (optional)" hint="Including any changes agreed to the plan or the agreement." rows={5} />
            <Textarea id="pupilViews" label="The pupil’s views (optional)" rows={3} />
            <Textarea id="parentViews" label="The parent or carer’s views (optional)" rows={3} />
            <Radios
              name="outcome"
              legendSize="s"
              legend="What did the review decide?"
              error={errorMessageFor(form.errors(), 'outcome')}
              items={reviewOutcomeValues.map((value) => ({ value, label: reviewOutcomes[value].label, hint: reviewOutcomes[value].hint }))}
            />
            <DateInput
              id="nextReviewOn"
              legend="Date of the next review (optional)"
              hint="Reviews are due at least every half term. Leave it blank to follow the agreement’s review interval."
              error={dateErrorFor(form.errors(), 'nextReviewOn').message}
              errorParts={dateErrorFor(form.errors(), 'nextReviewOn').parts}
            />
          </MonitoringFormPage>
        )}
      </Show>
    </RequirePermission>
  );
}
