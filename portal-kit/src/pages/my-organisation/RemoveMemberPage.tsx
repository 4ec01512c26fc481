import { A, useNavigate, useParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { permissions } from '../../auth/permissions';
import { RequirePermission } from '../../auth/RequirePermission';
import { useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formErrorsFrom, type FormErrors } from '../../forms/form-errors';
import { runMutation } from '../../graphql/requests';
import { noticeState } from '../../portal/notice';
import { usePageTitle } from '../../portal/page-title';
import { findMember, RemoveMemberDocument, type MemberInOrganisation } from './my-organisation.data';

export function RemoveMemberPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const params = useParams<{ membershipId: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [found] = createResource(() => params.membershipId, (membershipId) => findMember(client, membershipId));
  usePageTitle(
    () => `Remove ${found()?.member.user.displayName ?? 'member'}`,
    () => errors().length > 0,
  );

  async function remove({ member, organisation }: MemberInOrganisation) {
    setBusy(true);
    const outcome = await runMutation(client, RemoveMemberDocument, { membershipId: member.id });
    setBusy(false);
    if (!outcome.ok) {
      setErrors(formErrorsFrom(outcome.problems, []));
      return;
    }
    if (member.user.id === session.me()?.user.id) await session.reload();
    navigate('/my-organisation', {
      state: noticeState(`${member.user.displayName} has been removed from ${organisation.name}`),
    });
  }

  return (
    <RequirePermission permission={permissions.manageMembers}>
      <Show when={found()}>
        {(loaded) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors()} />
              <span class="govuk-caption-l">{loaded().organisation.name}</span>
              <h1 class="govuk-heading-l">
                Are you sure you want to remove {loaded().member.user.displayName} from {loaded().organisation.name}?
              </h1>
              <p class="govuk-body">
                They will lose access straight away. You can invite them again later.
              </p>
              <ButtonGroup>
                <Button variant="warning" type="button" busy={busy()} onClick={() => void remove(loaded())}>
                  Remove member
                </Button>
                <A class="govuk-link" href={`/my-organisation/members/${encodeURIComponent(loaded().member.id)}`}>
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
