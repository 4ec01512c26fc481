import { useNavigate } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import { permissions } from '../../auth/permissions';
import { RequirePermission } from '../../auth/RequirePermission';
import { useSession } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { Checkboxes } from '../../components/Checkboxes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { textField, ticked } from '../../forms/form-data';
import {
  errorMessageFor,
  failedChecks,
  formErrorsFrom,
  isBlank,
  looksLikeEmailAddress,
  type FormErrors,
} from '../../forms/form-errors';
import { runMutation } from '../../graphql/requests';
import { roleLabels, rolesByOrganisationKind, rolesForKind } from '../../labels/labels';
import { noticeState } from '../../portal/notice';
import { usePageTitle } from '../../portal/page-title';
import { InviteMemberDocument } from './my-organisation.data';

export function InviteMemberPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Invite a member', () => errors().length > 0);

  const organisation = () => session.me()?.activeMembership?.organisation;
  const roleChoices = () => {
    const kind = organisation()?.kind;
    return (kind ? rolesByOrganisationKind[kind] : []).map((role) => ({ value: role, label: roleLabels[role] }));
  };

  async function invite(form: HTMLFormElement) {
    const kind = organisation()?.kind;
    if (!kind) return;
    const data = new FormData(form);
    const email = textField(data, 'email').trim();
    const roles = rolesForKind(kind, ticked(data, 'roles'));
    const invalid = failedChecks([
      { field: 'email', failed: isBlank(email), message: 'Enter the email address of the person you want to invite' },
      {
        field: 'email',
        failed: !looksLikeEmailAddress(email),
        message: 'Enter an email address in the correct format, like name@example.com',
      },
      { field: 'roles', failed: roles.length === 0, message: 'Select at least one role' },
    ]);
    setErrors(invalid);
    if (invalid.length > 0) return;
    setBusy(true);
    const outcome = await runMutation(client, InviteMemberDocument, { input: { email, roles } });
    setBusy(false);
    if (outcome.ok) navigate('/my-organisation', { state: noticeState(`Invitation sent to ${outcome.data.inviteMember.email}`) });
    else setErrors(formErrorsFrom(outcome.problems, ['email', 'roles']));
  }

  return (
    <RequirePermission permission={permissions.inviteMembers}>
      <BackLink href="/my-organisation" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors()} />
          <span class="govuk-caption-l">{organisation()?.name}</span>
          <h1 class="govuk-heading-l">Invite a member</h1>
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy()) void invite(event.currentTarget);
            }}
          >
            <TextInput
              id="email"
              label="Email address"
              hint="We will email them a link to join. They can use it once."
              type="email"
              autocomplete="off"
              spellcheck={false}
              error={errorMessageFor(errors(), 'email')}
            />
            <Checkboxes
              name="roles"
              legend="Roles"
              hint="Select all that apply."
              items={roleChoices()}
              error={errorMessageFor(errors(), 'roles')}
            />
            <Button busy={busy()}>Send invitation</Button>
          </form>
        </div>
      </div>
    </RequirePermission>
  );
}
