import { useNavigate, useParams } from '@solidjs/router';
import {
  ApiError,
  BackLink,
  Button,
  Checkboxes,
  errorMessageFor,
  ErrorSummary,
  evidenceCategoryLabels,
  fetchEvidenceCatalogue,
  formErrorsFrom,
  noticeState,
  permissions,
  problemsWithin,
  RequirePermission,
  runMutation,
  Textarea,
  TextInput,
  textField,
  ticked,
  usePageTitle,
  type FormError,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import type { QaCriterionInput } from '../../gql/graphql';
import { useFrameworkDraft } from './draft';
import { frameworkPath } from './framework-section';
import { criteriaInput, draftInput, UpdateFrameworkDraftDocument, type DraftVersion, type Framework } from './frameworks.data';

const criterionFields = ['code', 'title', 'guidance', 'evidenceTypes'];

/** Adds a criterion to the draft (path ends /new) or changes the one at :position. */
export function CriterionPage() {
  const client = useClient();
  const navigate = useNavigate();
  const params = useParams<{ position?: string }>();
  const { loaded, frameworkId } = useFrameworkDraft();
  const [catalogue] = createResource(() => fetchEvidenceCatalogue(client));
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);

  const isNew = () => params.position === undefined;
  /** Index in the draft's list: the end of it for a new criterion. */
  const index = () => {
    const draft = loaded()?.draft;
    if (!draft) return -1;
    if (isNew()) return draft.criteria.length;
    const found = draft.criteria.findIndex((criterion) => String(criterion.position) === params.position);
    if (found < 0) throw new ApiError([{ code: 'NOT_FOUND', message: 'Criterion not found.' }]);
    return found;
  };
  const existing = () => (isNew() ? undefined : loaded()?.draft.criteria[index()]);
  usePageTitle(() => (isNew() ? 'Add a criterion' : `Change criterion ${existing()?.code ?? ''}`), () => errors().length > 0);
  // Both read every time: a resource read only after another has loaded is missed by the navigation's transition.
  const ready = () => {
    const first = loaded();
    const second = catalogue();
    return Boolean(first && second);
  };

  async function save(form: HTMLFormElement, framework: Framework, draft: DraftVersion) {
    const data = new FormData(form);
    const criterion: QaCriterionInput = {
      code: textField(data, 'code').trim().toUpperCase(),
      title: textField(data, 'title').trim(),
      guidance: textField(data, 'guidance').trim(),
      evidenceTypes: ticked(data, 'evidenceTypes'),
    };
    const invalid: FormError[] = [];
    if (!criterion.code) invalid.push({ field: 'code', message: 'Enter a code for the criterion' });
    else if (!/^[A-Z0-9][A-Z0-9.\-_]{0,19}$/.test(criterion.code)) {
      invalid.push({ field: 'code', message: 'Criterion code must be up to 20 letters, numbers, dots or dashes, like SG1' });
    }
    if (!criterion.title) invalid.push({ field: 'title', message: 'Enter the criterion title' });
    setErrors(invalid);
    if (invalid.length > 0) return;
    const criteria = criteriaInput(draft.criteria);
    criteria.splice(index(), isNew() ? 0 : 1, criterion);
    setBusy(true);
    const outcome = await runMutation(client, UpdateFrameworkDraftDocument, {
      versionId: draft.id,
      input: { ...draftInput(framework, draft), criteria },
    });
    setBusy(false);
    if (outcome.ok) {
      navigate(frameworkPath(frameworkId()), {
        state: noticeState(`Criterion ${criterion.code} ${isNew() ? 'added' : 'updated'}`),
      });
    } else setErrors(formErrorsFrom(problemsWithin(outcome.problems, `criteria[${index()}]`), criterionFields));
  }

  return (
    <RequirePermission permission={permissions.manageFrameworks}>
      <BackLink href={frameworkPath(frameworkId())} />
      <Show when={ready()}>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <ErrorSummary errors={errors()} />
            <span class="govuk-caption-l">
              {loaded()!.framework.name}: version {loaded()!.draft.number} (draft)
            </span>
            <h1 class="govuk-heading-l">{isNew() ? 'Add a criterion' : `Change criterion ${existing()?.code ?? ''}`}</h1>
            <form
              novalidate
              onSubmit={(event) => {
                event.preventDefault();
                if (!busy()) void save(event.currentTarget, loaded()!.framework, loaded()!.draft);
              }}
            >
              <TextInput
                id="code"
                label="Code"
                hint="A short code, unique in this version, for example SG1"
                width={10}
                spellcheck={false}
                value={existing()?.code ?? ''}
                error={errorMessageFor(errors(), 'code')}
              />
              <TextInput id="title" label="Title" hint="For example, Safeguarding and child protection" value={existing()?.title ?? ''} error={errorMessageFor(errors(), 'title')} />
              <Textarea
                id="guidance"
                label="Guidance for assessors (optional)"
                hint="What good looks like and what to check."
                rows={6}
                value={existing()?.guidance ?? ''}
                error={errorMessageFor(errors(), 'guidance')}
              />
              <Checkboxes
                name="evidenceTypes"
                legend="Evidence that satisfies it"
                hint="Select all that apply. Assessors see the provider’s evidence of these kinds when they rate the criterion."
                items={(catalogue() ?? []).map((type) => ({
                  value: type.code,
                  label: type.title,
                  hint: evidenceCategoryLabels[type.category],
                }))}
                checked={existing()?.evidenceTypes ?? []}
                error={errorMessageFor(errors(), 'evidenceTypes')}
              />
              <Button busy={busy()}>{isNew() ? 'Add criterion' : 'Save criterion'}</Button>
            </form>
          </div>
        </div>
      </Show>
    </RequirePermission>
  );
}
