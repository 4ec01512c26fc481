import { useLocation } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { permissions } from '../../auth/permissions';
import { useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { NotificationBanner } from '../../components/NotificationBanner';
import type { OrganisationMemberFragment } from '../../gql/graphql';
import { activeMembershipOf } from '../../graphql/active-membership';
import { fetchQuery } from '../../graphql/requests';
import { usePageTitle } from '../../portal/page-title';
import { noticeFrom } from '../../portal/notice';
import { InvitationsTable } from './InvitationsTable';
import { MembersTable } from './MembersTable';
import { fetchMembersPage, MyOrganisationDocument, type MemberPage } from './my-organisation.data';
import { OrganisationDetails } from './OrganisationDetails';

export function MyOrganisationPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  usePageTitle(() => 'My organisation');
  const canInvite = () => session.can(permissions.inviteMembers);
  const canManage = () => session.can(permissions.manageMembers);

  const [organisation] = createResource(async () => {
    // Invitations are only for member admins; asking without the permission would fail the whole query.
    const data = await fetchQuery(client, MyOrganisationDocument, { withInvitations: canInvite() });
    return activeMembershipOf(data.me).organisation;
  });

  const [laterMembers, setLaterMembers] = createSignal<OrganisationMemberFragment[]>([]);
  const [laterPageInfo, setLaterPageInfo] = createSignal<MemberPage['pageInfo']>();
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [loadMoreFailed, setLoadMoreFailed] = createSignal(false);

  const members = () => [...(organisation()?.members.edges.map((edge) => edge.node) ?? []), ...laterMembers()];
  const pageInfo = () => laterPageInfo() ?? organisation()?.members.pageInfo;

  async function showMoreMembers() {
    setLoadingMore(true);
    try {
      const page = await fetchMembersPage(client, pageInfo()?.endCursor ?? null);
      setLaterMembers([...laterMembers(), ...page.organisation.members.edges.map((edge) => edge.node)]);
      setLaterPageInfo(page.organisation.members.pageInfo);
      setLoadMoreFailed(false);
    } catch {
      setLoadMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <Show when={organisation()}>
      {(loaded) => (
        <>
          <Show when={noticeFrom(location.state)}>
            {(notice) => <NotificationBanner type="success" heading={notice()} />}
          </Show>
          <span class="govuk-caption-l">My organisation</span>
          <h1 class="govuk-heading-l">{loaded().name}</h1>
          <OrganisationDetails organisation={loaded()} />
          <Show when={canInvite()}>
            <Button href="/my-organisation/invite">Invite a member</Button>
          </Show>
          <MembersTable
            members={members()}
            totalCount={loaded().members.totalCount}
            currentUserId={session.me()?.user.id}
            canManage={canManage()}
          />
          <Show when={loadMoreFailed()}>
            <NotificationBanner heading="Sorry, we could not load more members. Try again." />
          </Show>
          <Show when={pageInfo()?.hasNextPage}>
            <Button variant="secondary" type="button" busy={loadingMore()} onClick={() => void showMoreMembers()}>
              Show more members
            </Button>
          </Show>
          <Show when={loaded().invitations}>
            {(invitations) => <InvitationsTable invitations={invitations()} canRevoke={canManage()} />}
          </Show>
        </>
      )}
    </Show>
  );
}
