import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { RoleTags } from '../../components/RoleTags';
import { Table, type TableColumn } from '../../components/Table';
import { Tag, type TagColour } from '../../components/Tag';
import type { InvitationStatus, PendingInvitationFragment } from '../../gql/graphql';
import { formatDate } from '../../labels/dates';
import { invitationStatusLabels } from '../../labels/labels';

const statusColours: Record<InvitationStatus, TagColour> = {
  PENDING: 'blue',
  ACCEPTED: 'green',
  REVOKED: 'grey',
  EXPIRED: 'orange',
};

export interface InvitationsTableProps {
  invitations: readonly PendingInvitationFragment[];
  canRevoke: boolean;
}

export function InvitationsTable(props: InvitationsTableProps) {
  const columns = (): TableColumn<PendingInvitationFragment>[] => [
    { header: 'Email address', cell: (invitation) => invitation.email },
    { header: 'Roles', cell: (invitation) => <RoleTags roles={invitation.roles} /> },
    { header: 'Invited by', cell: (invitation) => invitation.invitedBy?.displayName ?? 'Unknown' },
    { header: 'Expires', cell: (invitation) => formatDate(invitation.expiresAt) },
    {
      header: 'Status',
      cell: (invitation) => <Tag colour={statusColours[invitation.status]}>{invitationStatusLabels[invitation.status]}</Tag>,
    },
    ...(props.canRevoke
      ? [
          {
            header: <span class="govuk-visually-hidden">Actions</span>,
            cell: (invitation: PendingInvitationFragment) => (
              <Show when={invitation.status === 'PENDING'}>
                <A class="govuk-link" href={`/my-organisation/invitations/${encodeURIComponent(invitation.id)}/revoke`}>
                  Revoke<span class="govuk-visually-hidden"> the invitation to {invitation.email}</span>
                </A>
              </Show>
            ),
          },
        ]
      : []),
  ];
  return (
    <Show
      when={props.invitations.length > 0}
      fallback={
        <>
          <h2 class="govuk-heading-m">Invitations</h2>
          <p class="govuk-body">There are no invitations waiting to be accepted.</p>
        </>
      }
    >
      <Table caption="Invitations" columns={columns()} rows={props.invitations} />
    </Show>
  );
}
