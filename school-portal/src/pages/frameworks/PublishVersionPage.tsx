import { A, useNavigate } from '@solidjs/router';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  formErrorsFrom,
  noticeState,
  permissions,
  RequirePermission,
  runMutation,
  usePageTitle,
  WarningText,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { useFrameworkDraft } from './draft';
import { frameworkPath } from './framework-section';
import { PublishFrameworkVersionDocument } from './frameworks.data';

/** Confirms publishing the draft: from then on it is frozen, shared with everyone and used for assessments. */
export function PublishVersionPage() {
  const client = useClient();
  const navigate = useNavigate();
  const { loaded, frameworkId } = useFrameworkDraft();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => `Publish version ${loaded()?.draft.number ?? ''}`, () => errors().length > 0);

  async function publish() {
    const current = loaded();
    if (!current) return;
    setBusy(true);
    const outcome = await runMutation(client, PublishFrameworkVersionDocument, { versionId: current.draft.id });
    setBusy(false);
    if (outcome.ok) {
      navigate(frameworkPath(frameworkId()), {
        state: noticeState(`Version ${outcome.data.publishFrameworkVersion.number} of the ${current.framework.name} published`),
      });
    } else setErrors(formErrorsFrom(outcome.problems, []));
  }

  return (
    <RequirePermission permission={permissions.manageFrameworks}>
      <Show when={loaded()}>
        {(current) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors()} />
              <span class="govuk-caption-l">{current().framework.name}</span>
              <h1 class="govuk-heading-l">Are you sure you want to publish version {current().draft.number}?</h1>
              <p class="govuk-body">
                It has {current().draft.criteria.length} {current().draft.criteria.length === 1 ? 'criterion' : 'criteria'}.
                Every school and provider will see it, and new assessments will use it. Assessments already made keep the
                version they were made against.
              </p>
              <WarningText>You cannot change a version once it is published. Later changes need a new version.</WarningText>
              <ButtonGroup>
                <Button type="button" busy={busy()} onClick={() => void publish()}>
                  Publish version {current().draft.number}
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
