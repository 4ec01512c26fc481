import { A, useNavigate } from '@solidjs/router';
import {
  BackLink,
  Button,
  errorMessageFor,
  ErrorSummary,
  formErrorsFrom,
  noticeState,
  permissions,
  Radios,
  outcomeHints,
  ratings,
  ratingScales,
  RequirePermission,
  runMutation,
  SummaryList,
  Textarea,
  textField,
  usePageTitle,
  WarningText,
  type AssessmentDetail,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import { criteriaNeedingAction, unratedCriteria, useAssessment } from './assessment';
import { CompleteAssessmentDocument } from './assessments.data';

/** Completes the assessment with its overall outcome; it is read-only afterwards. */
export function CompleteAssessmentPage() {
  const client = useClient();
  const navigate = useNavigate();
  const { assessment, canConduct, path } = useAssessment();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Complete the assessment', () => errors().length > 0);

  const ratingCounts = (loaded: AssessmentDetail) =>
    ratingScales[loaded.version.ratingScale].ratings.map((rating) => ({
      key: ratings[rating].label,
      value: String((loaded.ratings ?? []).filter((item) => item.rating === rating).length),
    }));

  async function complete(form: HTMLFormElement, loaded: AssessmentDetail) {
    const data = new FormData(form);
    const chosen = textField(data, 'outcome');
    const outcome = ratingScales[loaded.version.ratingScale].ratings.find((rating) => rating === chosen);
    if (!outcome) {
      setErrors([{ field: 'outcome', message: 'Select the overall outcome' }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    const result = await runMutation(client, CompleteAssessmentDocument, {
      input: { assessmentId: loaded.id, outcome, summary: textField(data, 'summary').trim() || null },
    });
    setBusy(false);
    if (result.ok) navigate(path(), { state: noticeState(`Assessment completed: ${ratings[outcome].label.toLowerCase()}`) });
    else setErrors(formErrorsFrom(result.problems, ['outcome', 'summary']));
  }

  return (
    <RequirePermission permission={permissions.conductAssessments}>
      <BackLink href={path()} />
      <Show when={assessment()}>
        {(loaded) => (
          <Show when={canConduct()} fallback={<p class="govuk-body">This assessment is already complete.</p>}>
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors={errors()} />
                <span class="govuk-caption-l">Assessment of {loaded().provider.name}</span>
                <h1 class="govuk-heading-l">Complete the assessment</h1>
                <Show when={unratedCriteria(loaded()).length > 0 || criteriaNeedingAction(loaded()).length > 0}>
                  <div class="govuk-inset-text">
                    <p class="govuk-body">Before you can complete it:</p>
                    <ul class="govuk-list govuk-list--bullet">
                      <For each={unratedCriteria(loaded())}>
                        {(criterion) => (
                          <li>
                            <A class="govuk-link" href={path(`/criteria/${encodeURIComponent(criterion.id)}`)}>
                              Rate {criterion.code} {criterion.title}
                            </A>
                          </li>
                        )}
                      </For>
                      <For each={criteriaNeedingAction(loaded())}>
                        {(criterion) => (
                          <li>
                            <A class="govuk-link" href={path(`/actions/new?criterionId=${encodeURIComponent(criterion.id)}`)}>
                              Add an action for {criterion.code} {criterion.title}
                            </A>
                          </li>
                        )}
                      </For>
                    </ul>
                  </div>
                </Show>
                <h2 class="govuk-heading-m">Ratings</h2>
                <SummaryList rows={ratingCounts(loaded())} />
                <form
                  novalidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (!busy()) void complete(event.currentTarget, loaded());
                  }}
                >
                  <Radios
                    name="outcome"
                    legend="Overall outcome"
                    items={ratingScales[loaded().version.ratingScale].ratings.map((rating) => ({
                      value: rating,
                      label: ratings[rating].label,
                      hint: outcomeHints[rating],
                    }))}
                    error={errorMessageFor(errors(), 'outcome')}
                  />
                  <Textarea
                    id="summary"
                    label="Summary (optional)"
                    hint="For commissioners and the provider: the main strengths and what must improve."
                    rows={6}
                    error={errorMessageFor(errors(), 'summary')}
                  />
                  <WarningText>You cannot change the ratings, visits or outcome after you complete the assessment.</WarningText>
                  <Button busy={busy()}>Complete assessment</Button>
                </form>
              </div>
            </div>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
