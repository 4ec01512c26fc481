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
import { createSignal } from 'solid-js';
import { useViewer } from '../viewer';
import { frameworkDetailFields, FrameworkDetailsFields, readFrameworkDetails } from './framework-details';
import { frameworkPath } from './framework-section';
import { CreateFrameworkDocument } from './frameworks.data';

/** Creates a framework as draft version 1, with no criteria yet: they are added one at a time. */
export function NewFrameworkPage() {
  const client = useClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Create a framework', () => errors().length > 0);

  async function create(form: HTMLFormElement) {
    const { errors: invalid, details } = readFrameworkDetails(new FormData(form));
    setErrors(invalid);
    if (!details) return;
    setBusy(true);
    const outcome = await runMutation(client, CreateFrameworkDocument, { input: { ...details, criteria: [] } });
    setBusy(false);
    if (outcome.ok) {
      navigate(frameworkPath(outcome.data.createFramework.id), {
        state: noticeState(`${outcome.data.createFramework.name} created as a draft. Add its criteria, then publish it.`),
      });
    } else setErrors(formErrorsFrom(outcome.problems, frameworkDetailFields));
  }

  return (
    <RequirePermission permission={permissions.manageFrameworks}>
      <BackLink href="/frameworks" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors()} />
          <span class="govuk-caption-l">{viewer.organisationName()}</span>
          <h1 class="govuk-heading-l">Create a framework</h1>
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy()) void create(event.currentTarget);
            }}
          >
            <FrameworkDetailsFields errors={errors()} />
            <Button busy={busy()}>Create framework</Button>
          </form>
        </div>
      </div>
    </RequirePermission>
  );
}
