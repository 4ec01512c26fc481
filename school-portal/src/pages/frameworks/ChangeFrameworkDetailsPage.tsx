import { useNavigate } from '@solidjs/router';
import {
  BackLink,
  Button,
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
import { frameworkDetailFields, FrameworkDetailsFields, readFrameworkDetails } from './framework-details';
import { frameworkPath } from './framework-section';
import { draftInput, UpdateFrameworkDraftDocument, type DraftVersion, type Framework } from './frameworks.data';

/** Changes the draft's name, description, rating scale and visit frequency; its criteria stay as they are. */
export function ChangeFrameworkDetailsPage() {
  const client = useClient();
  const navigate = useNavigate();
  const { loaded, frameworkId } = useFrameworkDraft();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Framework details', () => errors().length > 0);

  async function save(form: HTMLFormElement, framework: Framework, draft: DraftVersion) {
    const { errors: invalid, details } = readFrameworkDetails(new FormData(form));
    setErrors(invalid);
    if (!details) return;
    setBusy(true);
    const outcome = await runMutation(client, UpdateFrameworkDraftDocument, {
      versionId: draft.id,
      input: { ...draftInput(framework, draft), ...details },
    });
    setBusy(false);
    if (outcome.ok) navigate(frameworkPath(frameworkId()), { state: noticeState('Framework details updated') });
    else setErrors(formErrorsFrom(outcome.problems, frameworkDetailFields));
  }

  return (
    <RequirePermission permission={permissions.manageFrameworks}>
      <BackLink href={frameworkPath(frameworkId())} />
      <Show when={loaded()}>
        {(current) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors()} />
              <span class="govuk-caption-l">
                {current().framework.name}: version {current().draft.number} (draft)
              </span>
              <h1 class="govuk-heading-l">Framework details</h1>
              <form
                novalidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!busy()) void save(event.currentTarget, current().framework, current().draft);
                }}
              >
                <FrameworkDetailsFields
                  errors={errors()}
                  details={{
                    name: current().framework.name,
                    description: current().framework.description,
                    ratingScale: current().draft.ratingScale,
                    visitsPerYear: current().draft.visitsPerYear,
                    monthsBetweenVisits: current().draft.monthsBetweenVisits,
                  }}
                />
                <Button busy={busy()}>Save changes</Button>
              </form>
            </div>
          </div>
        )}
      </Show>
    </RequirePermission>
  );
}
