import { useNavigate, useSearchParams } from '@solidjs/router';
import {
  addDays,
  BackLink,
  Button,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  errorMessageFor,
  ErrorSummary,
  formErrorsFrom,
  noticeState,
  permissions,
  ratings,
  RequirePermission,
  requireDate,
  runMutation,
  Select,
  singleParam,
  Textarea,
  TextInput,
  textField,
  todayInEngland,
  usePageTitle,
  type AssessmentDetail,
  type FormError,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { useAssessment } from './assessment';
import { AddActionPlanItemDocument } from './assessments.data';

/** Adds an action to the plan: what the provider must do, by when, and who owns it. */
export function AddActionPage() {
  const client = useClient();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ criterionId: string }>();
  const { assessment, canConduct, path } = useAssessment();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Add an action', () => errors().length > 0);

  const ratingLabel = (loaded: AssessmentDetail, criterionId: string) => {
    const rating = loaded.ratings?.find((item) => item.criterion.id === criterionId)?.rating;
    return rating ? ` (${ratings[rating].label.toLowerCase()})` : '';
  };

  async function add(form: HTMLFormElement, loaded: AssessmentDetail) {
    const data = new FormData(form);
    const criterionId = textField(data, 'criterionId') || null;
    const description = textField(data, 'description').trim();
    const owner = textField(data, 'owner').trim();
    const dueDate = requireDate(datePartsFrom(data, 'dueDate'), 'due date');
    const invalid: FormError[] = [];
    if (!description) invalid.push({ field: 'description', message: 'Enter what must be done' });
    if (dueDate.kind === 'invalid') invalid.push(dateFormError('dueDate', dueDate));
    else if (dueDate.kind === 'date' && dueDate.value <= todayInEngland()) {
      invalid.push({ field: 'dueDate', message: 'The due date must be in the future' });
    }
    if (!owner) invalid.push({ field: 'owner', message: 'Enter who owns the action' });
    setErrors(invalid);
    if (invalid.length > 0 || dueDate.kind !== 'date') return;
    setBusy(true);
    const outcome = await runMutation(client, AddActionPlanItemDocument, {
      input: { assessmentId: loaded.id, criterionId, description, dueDate: dueDate.value, owner },
    });
    setBusy(false);
    if (outcome.ok) navigate(path(), { state: noticeState('Action added to the plan') });
    else setErrors(formErrorsFrom(outcome.problems, ['criterionId', 'description', 'dueDate', 'owner']));
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
                <h1 class="govuk-heading-l">Add an action</h1>
                <form
                  novalidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (!busy()) void add(event.currentTarget, loaded());
                  }}
                >
                  <Select
                    id="criterionId"
                    label="Criterion"
                    hint="The criterion the action puts right. Every amber, red or fail criterion needs one."
                    value={singleParam(search.criterionId) ?? ''}
                    options={[
                      { value: '', text: 'Not about one criterion' },
                      ...loaded().version.criteria.map((criterion) => ({
                        value: criterion.id,
                        text: `${criterion.code} ${criterion.title}${ratingLabel(loaded(), criterion.id)}`,
                      })),
                    ]}
                    error={errorMessageFor(errors(), 'criterionId')}
                  />
                  <Textarea
                    id="description"
                    label="What must the provider do?"
                    error={errorMessageFor(errors(), 'description')}
                  />
                  <DateInput
                    id="dueDate"
                    legend="Due date"
                    hint={`It must be in the future. For example, ${addDays(todayInEngland(), 30).split('-').reverse().map(Number).join(' ')}`}
                    error={dateErrorFor(errors(), 'dueDate').message}
                    errorParts={dateErrorFor(errors(), 'dueDate').parts}
                  />
                  <TextInput
                    id="owner"
                    label="Who owns it?"
                    hint="For example, Provider manager"
                    error={errorMessageFor(errors(), 'owner')}
                  />
                  <Button busy={busy()}>Add action</Button>
                </form>
              </div>
            </div>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
