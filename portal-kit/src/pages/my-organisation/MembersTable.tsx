import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { RoleTags } from '../../components/RoleTags';
import { Table, type TableColumn } from '../../components/Table';
import type { OrganisationMemberFragment } from '../../gql/graphql';
import { formatDate } from '../../labels/dates';

export interface MembersTableProps {
  members: readonly OrganisationMemberFragment[];
  totalCount: number;
  /** Marks the signed-in user's own row. */
  currentUserId: string | undefined;
  canManage: boolean;
}

export function MembersTable(props: MembersTableProps) {
  const columns = (): TableColumn<OrganisationMemberFragment>[] => [
    {
      header: 'Name',
      cell: (member) => (
        <>
          {member.user.displayName}
          <Show when={member.user.id === props.currentUserId}> (you)</Show>
          <br />
          <span class="app-secondary-text">{member.user.email}</span>
        </>
      ),
    },
    { header: 'Roles', cell: (member) => <RoleTags roles={member.roles} /> },
    { header: 'Member since', cell: (member) => formatDate(member.createdAt) },
    ...(props.canManage
      ? [
          {
            header: <span class="govuk-visually-hidden">Actions</span>,
            cell: (member: OrganisationMemberFragment) => (
              <A class="govuk-link" href={`/my-organisation/members/${encodeURIComponent(member.id)}`}>
                Change<span class="govuk-visually-hidden"> roles of {member.user.displayName}</span>
              </A>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table
      caption={`Members (${props.totalCount})`}
      columns={columns()}
      rows={props.members}
    />
  );
}
