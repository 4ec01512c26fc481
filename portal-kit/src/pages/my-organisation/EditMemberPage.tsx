import { useNavigate, useParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { permissions } from '../../auth/permissions';
import { RequirePermission } from '../../auth/RequirePermission';
import { useSession } from '../../auth/session';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { Checkboxes } from '../../components/Checkboxes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ticked } from '../../forms/form-data';
import { errorMessageFor, failedChecks, formErrorsFrom, type FormErrors } from '../../forms/form-errors';
import { runMutation } from '../../graphql/requests';
import { roleLabels, rolesByOrganisationKind, rolesForKind } from '../../labels/labels';
import { noticeState } from '../../portal/notice';
import { usePageTitle } from '../../portal/page-title';
import { findMember, UpdateMemberRolesDocument, type MemberInOrganisation } from './my-organisation.data';

export function EditMemberPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const params = useParams<{ membershipId: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [found] = createResource(() => params.membershipId, (membershipId) => findMember(client, membershipId));
  usePageTitle(
    () => `Change roles for ${found()?.member.user.displayName ?? 'member'}`,
    () => errors().length > 0,
  );

  async function saveRoles(form: HTMLFormElement, { member, organisation }: MemberInOrganisation) {
    const roles = rolesForKind(organisation.kind, ticked(new FormData(form), 'roles'));
    const invalid = failedChecks([{ field: 'roles', failed: roles.length === 0, message: 'Select at least one role' }]);
    setErrors(invalid);
    if (invalid.length > 0) return;
    setBusy(true);
    const outcome = await runMutation(client, UpdateMemberRolesDocument, { membershipId: member.id, roles });
    setBusy(false);
    if (!outcome.ok) {
      setErrors(formErrorsFrom(outcome.problems, ['roles']));
      return;
    }
    // Changing your own roles changes what you may do.
    if (member.user.id === session.me()?.user.id) await session.reload();
    navigate('/my-organisation', { state: noticeState(`Roles updated for ${member.user.displayName}`) });
  }

  return (
    <RequirePermission permission={permissions.manageMembers}>
      <BackLink href="/my-organisation" />
      <Show when={found()}>
        {(loaded) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors()} />
              <span class="govuk-caption-l">{loaded().organisation.name}</span>
              <form
                novalidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!busy()) void saveRoles(event.currentTarget, loaded());
                }}
              >
                <Checkboxes
                  name="roles"
                  legend={`Which roles should ${loaded().member.user.displayName} have?`}
                  legendIsPageHeading
                  hint="Select all that apply."
                  items={rolesByOrganisationKind[loaded().organisation.kind].map((role) => ({
                    value: role,
                    label: roleLabels[role],
                  }))}
                  checked={loaded().member.roles}
                  error={errorMessageFor(errors(), 'roles')}
                />
                <Button busy={busy()}>Save roles</Button>
              </form>
              <h2 class="govuk-heading-m">Remove from {loaded().organisation.name}</h2>
              <p class="govuk-body">
                {loaded().member.user.displayName} will no longer be able to work for {loaded().organisation.name}.
              </p>
              <Button variant="warning" href={`/my-organisation/members/${encodeURIComponent(loaded().member.id)}/remove`}>
                Remove {loaded().member.user.displayName}
              </Button>
            </div>
          </div>
        )}
      </Show>
    </RequirePermission>
  );
}
