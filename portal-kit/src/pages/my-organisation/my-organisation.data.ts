import type { Client } from '@urql/core';
import { graphql } from '../../gql';

// Fragments here never nest: the API's cost limit counts nested fragment spreads many times over.
import type { MyOrganisationQuery, OrganisationKind, OrganisationMemberFragment } from '../../gql/graphql';
import { ApiError } from '../../graphql/errors';
import { activeMembershipOf } from '../../graphql/active-membership';
import { fetchQuery } from '../../graphql/requests';

graphql(`
  fragment OrganisationMember on Membership {
    id
    roles
    createdAt
    user {
      id
      displayName
      email
    }
  }
`);

export const MyOrganisationDocument = graphql(`
  query MyOrganisation($withInvitations: Boolean!) {
    me {
      activeMembership {
        id
        organisation {
          __typename
          id
          name
          kind
          ... on LocalAuthority {
            laCode
          }
          ... on School {
            urn
            laestab
            localAuthority {
              id
              name
              laCode
            }
          }
          ... on Provider {
            providerUrn: urn
            ukprn
            registrationStatus
            settingType
            sites {
              id
              name
              addressLine1
              addressLine2
              town
              postcode
              localAuthority {
                id
                name
              }
            }
          }
          members(first: 100) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                ...OrganisationMember
              }
            }
          }
          invitations @include(if: $withInvitations) {
            ...PendingInvitation
          }
        }
      }
    }
  }
`);

graphql(`
  fragment PendingInvitation on Invitation {
    id
    email
    roles
    status
    expiresAt
    invitedBy {
      id
      displayName
    }
  }
`);

export const OrganisationMembersDocument = graphql(`
  query OrganisationMembers($first: Int!, $after: String) {
    me {
      activeMembership {
        id
        organisation {
          id
          name
          kind
          members(first: $first, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                ...OrganisationMember
              }
            }
          }
        }
      }
    }
  }
`);

export const PendingInvitationsDocument = graphql(`
  query PendingInvitations {
    me {
      activeMembership {
        id
        organisation {
          id
          name
          invitations {
            ...PendingInvitation
          }
        }
      }
    }
  }
`);

export const InviteMemberDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

export const UpdateMemberRolesDocument = graphql(`
  mutation UpdateMemberRoles($membershipId: ID!, $roles: [Role!]!) {
    updateMemberRoles(membershipId: $membershipId, roles: $roles) {
      id
      roles
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

export type MyOrganisation = NonNullable<NonNullable<MyOrganisationQuery['me']>['activeMembership']>['organisation'];
export type MemberPage = MyOrganisation['members'];

const membersPerPage = 100;

export interface MemberInOrganisation {
  member: OrganisationMemberFragment;
  organisation: { name: string; kind: OrganisationKind };
}

/** One page of the active organisation's members, after the given cursor. */
export async function fetchMembersPage(client: Client, after: string | null) {
  const data = await fetchQuery(client, OrganisationMembersDocument, { first: membersPerPage, after });
  return activeMembershipOf(data.me);
}

/** Finds one member of the active organisation, reading the members list page by page. */
export async function findMember(client: Client, membershipId: string): Promise<MemberInOrganisation> {
  let after: string | null = null;
  for (;;) {
    const { organisation } = await fetchMembersPage(client, after);
    const found = organisation.members.edges.find((edge) => edge.node.id === membershipId);
    if (found) return { member: found.node, organisation: { name: organisation.name, kind: organisation.kind } };
    if (!organisation.members.pageInfo.hasNextPage) break;
    after = organisation.members.pageInfo.endCursor ?? null;
  }
  throw new ApiError([{ code: 'NOT_FOUND', message: 'Member not found.' }]);
}
