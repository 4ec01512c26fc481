import { A, useNavigate, useParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { permissions } from '../../auth/permissions';
import { RequirePermission } from '../../auth/RequirePermission';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formErrorsFrom, type FormErrors } from '../../forms/form-errors';
import type { PendingInvitationFragment } from '../../gql/graphql';
import { activeMembershipOf } from '../../graphql/active-membership';
import { ApiError } from '../../graphql/errors';
import { fetchQuery, runMutation } from '../../graphql/requests';
import { noticeState } from '../../portal/notice';
import { usePageTitle } from '../../portal/page-title';
import { PendingInvitationsDocument, RevokeInvitationDocument } from './my-organisation.data';

export function RevokeInvitationPage() {
  const client = useClient();
  const navigate = useNavigate();
  const params = useParams<{ invitationId: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [invitation] = createResource(
    () => params.invitationId,
    async (invitationId) => {
      const data = await fetchQuery(client, PendingInvitationsDocument, {});
      const found = activeMembershipOf(data.me).organisation.invitations.find((item) => item.id === invitationId);
      if (!found) throw new ApiError([{ code: 'NOT_FOUND', message: 'Invitation not found.' }]);
      return found;
    },
  );
  usePageTitle(() => 'Revoke invitation', () => errors().length > 0);

  async function revoke(pending: PendingInvitationFragment) {
    setBusy(true);
    const outcome = await runMutation(client, RevokeInvitationDocument, { id: pending.id });
    setBusy(false);
    if (outcome.ok) navigate('/my-organisation', { state: noticeState(`The invitation to ${pending.email} has been revoked`) });
    else setErrors(formErrorsFrom(outcome.problems, []));
  }

  return (
    <RequirePermission permission={permissions.manageMembers}>
      <Show when={invitation()}>
        {(pending) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors()} />
              <h1 class="govuk-heading-l">Are you sure you want to revoke the invitation to {pending().email}?</h1>
              <p class="govuk-body">The link in their email will stop working. You can invite them again later.</p>
              <ButtonGroup>
                <Button variant="warning" type="button" busy={busy()} onClick={() => void revoke(pending())}>
                  Revoke invitation
                </Button>
                <A class="govuk-link" href="/my-organisation">
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
