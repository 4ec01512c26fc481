import { useNavigate } from '@solidjs/router';
import { BackLink, formErrorsFrom, noticeState, permissions, RequirePermission, runMutation, usePageTitle, type FormErrors } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import type { PupilInput } from '../../gql/graphql';
import { pupilFormFields } from './pupil-form';
import { PupilForm } from './PupilForm';
import { CreatePupilDocument } from './pupils.data';

/** Adds one pupil to the school's roll (many at once: the MIS import). */
export function NewPupilPage() {
  const client = useClient();
  const navigate = useNavigate();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Add a pupil', () => errors().length > 0);

  async function save(input: PupilInput) {
    setBusy(true);
    const outcome = await runMutation(client, CreatePupilDocument, { input });
    setBusy(false);
    if (!outcome.ok) setErrors(formErrorsFrom(outcome.problems, pupilFormFields));
    else navigate(`/pupils/${encodeURIComponent(outcome.data.createPupil.id)}`, { state: noticeState(`${outcome.data.createPupil.displayName} added`) });
  }

  return (
    <RequirePermission permission={permissions.managePupils}>
      <BackLink href="/pupils" />
      <PupilForm heading="Add a pupil" submitText="Add pupil" busy={busy()} errors={errors()} onErrors={setErrors} onSubmit={(input) => void save(input)} />
    </RequirePermission>
  );
}
