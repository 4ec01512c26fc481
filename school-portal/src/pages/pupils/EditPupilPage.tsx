import { useNavigate, useParams } from '@solidjs/router';
import {
  BackLink,
  fetchQuery,
  formErrorsFrom,
  noticeState,
  permissions,
  RequirePermission,
  runMutation,
  usePageTitle,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import type { PupilInput } from '../../gql/graphql';
import { pupilFormFields } from './pupil-form';
import { PupilForm } from './PupilForm';
import { PupilDetailDocument, UpdatePupilDocument } from './pupils.data';

/** Changes a pupil's record: the whole form, as it stands. */
export function EditPupilPage() {
  const client = useClient();
  const navigate = useNavigate();
  const params = useParams<{ pupilId: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [pupil] = createResource(() => params.pupilId, async (id) => (await fetchQuery(client, PupilDetailDocument, { id })).pupil);
  const pupilPath = () => `/pupils/${encodeURIComponent(params.pupilId)}`;
  usePageTitle(() => (pupil() ? `Change ${pupil()!.displayName}’s details` : 'Change a pupil’s details'), () => errors().length > 0);

  async function save(input: PupilInput) {
    setBusy(true);
    const outcome = await runMutation(client, UpdatePupilDocument, { input: { ...input, id: params.pupilId } });
    setBusy(false);
    if (!outcome.ok) setErrors(formErrorsFrom(outcome.problems, pupilFormFields));
    else navigate(pupilPath(), { state: noticeState('Pupil’s details saved') });
  }

  return (
    <RequirePermission permission={permissions.managePupils}>
      <BackLink href={pupilPath()} />
      <Show when={pupil()}>
        {(loaded) => (
          <PupilForm
            pupil={loaded()}
            heading={`Change ${loaded().displayName}’s details`}
            submitText="Save changes"
            busy={busy()}
            errors={errors()}
            onErrors={setErrors}
            onSubmit={(input) => void save(input)}
          />
        )}
      </Show>
    </RequirePermission>
  );
}
