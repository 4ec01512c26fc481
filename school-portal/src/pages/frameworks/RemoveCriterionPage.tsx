import { A, useNavigate, useParams } from '@solidjs/router';
import {
  ApiError,
  Button,
  ButtonGroup,
  ErrorSummary,
  formErrorsFrom,
  noticeState,
  permissions,
  RequirePermission,
  runMutation,
  usePageTitle,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { useFrameworkDraft } from './draft';
import { frameworkPath } from './framework-section';
import { criteriaInput, draftInput, UpdateFrameworkDraftDocument } from './frameworks.data';

/** Confirms removing one criterion from the draft. */
export function RemoveCriterionPage() {
  const client = useClient();
  const navigate = useNavigate();
  const params = useParams<{ position: string }>();
  const { loaded, frameworkId } = useFrameworkDraft();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const criterion = () => {
    const current = loaded();
    if (!current) return undefined;
    const found = current.draft.criteria.find((item) => String(item.position) === params.position);
    if (!found) throw new ApiError([{ code: 'NOT_FOUND', message: 'Criterion not found.' }]);
    return found;
  };
  usePageTitle(() => `Remove criterion ${criterion()?.code ?? ''}`, () => errors().length > 0);

  async function remove() {
    const current = loaded();
    const removing = criterion();
    if (!current || !removing) return;
    setBusy(true);
    const outcome = await runMutation(client, UpdateFrameworkDraftDocument, {
      versionId: current.draft.id,
      input: {
        ...draftInput(current.framework, current.draft),
        criteria: criteriaInput(current.draft.criteria.filter((item) => item.id !== removing.id)),
      },
    });
    setBusy(false);
    if (outcome.ok) navigate(frameworkPath(frameworkId()), { state: noticeState(`Criterion ${removing.code} removed`) });
    else setErrors(formErrorsFrom(outcome.problems, []));
  }

  return (
    <RequirePermission permission={permissions.manageFrameworks}>
      <Show when={criterion()}>
        {(removing) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors()} />
              <span class="govuk-caption-l">
                {loaded()!.framework.name}: version {loaded()!.draft.number} (draft)
              </span>
              <h1 class="govuk-heading-l">
                Are you sure you want to remove criterion {removing().code} {removing().title}?
              </h1>
              <ButtonGroup>
                <Button variant="warning" type="button" busy={busy()} onClick={() => void remove()}>
                  Remove criterion
                </Button>
                <A class="govuk-link" href={frameworkPath(frameworkId())}>
                  Cancel
                </A>
              </ButtonGroup>
            </div>
          </div>
        )}
      </Show>
    </RequirePermission>
  );
}
