/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionMe on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    activeMembership {\n      id\n      roles\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    memberships {\n      id\n      roles\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    permissions\n  }\n": typeof types.SessionMeFragmentDoc,
    "\n  query Session {\n    me {\n      ...SessionMe\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionMe\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SwitchOrganisation($membershipId: ID!) {\n    switchOrganisation(membershipId: $membershipId) {\n      ...SessionMe\n    }\n  }\n": typeof types.SwitchOrganisationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      organisationKind\n      email\n      roles\n      expiresAt\n      existingAccount\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionMe\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!, $portal: Portal!) {\n    requestPasswordReset(email: $email, portal: $portal)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment OrganisationMember on Membership {\n    id\n    roles\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.OrganisationMemberFragmentDoc,
    "\n  query MyOrganisation($withInvitations: Boolean!) {\n    me {\n      activeMembership {\n        id\n        organisation {\n          __typename\n          id\n          name\n          kind\n          ... on LocalAuthority {\n            laCode\n          }\n          ... on School {\n            urn\n            laestab\n            localAuthority {\n              id\n              name\n              laCode\n            }\n          }\n          ... on Provider {\n            providerUrn: urn\n            ukprn\n            registrationStatus\n            settingType\n            sites {\n              id\n              name\n              addressLine1\n              addressLine2\n              town\n              postcode\n              localAuthority {\n                id\n                name\n              }\n            }\n          }\n          members(first: 100) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                ...OrganisationMember\n              }\n            }\n          }\n          invitations @include(if: $withInvitations) {\n            ...PendingInvitation\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyOrganisationDocument,
    "\n  fragment PendingInvitation on Invitation {\n    id\n    email\n    roles\n    status\n    expiresAt\n    invitedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.PendingInvitationFragmentDoc,
    "\n  query OrganisationMembers($first: Int!, $after: String) {\n    me {\n      activeMembership {\n        id\n        organisation {\n          id\n          name\n          kind\n          members(first: $first, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                ...OrganisationMember\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganisationMembersDocument,
    "\n  query PendingInvitations {\n    me {\n      activeMembership {\n        id\n        organisation {\n          id\n          name\n          invitations {\n            ...PendingInvitation\n          }\n        }\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateMemberRoles($membershipId: ID!, $roles: [Role!]!) {\n    updateMemberRoles(membershipId: $membershipId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.UpdateMemberRolesDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
};
const documents: Documents = {
    "\n  fragment SessionMe on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    activeMembership {\n      id\n      roles\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    memberships {\n      id\n      roles\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    permissions\n  }\n": types.SessionMeFragmentDoc,
    "\n  query Session {\n    me {\n      ...SessionMe\n    }\n  }\n": types.SessionDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionMe\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  mutation SwitchOrganisation($membershipId: ID!) {\n    switchOrganisation(membershipId: $membershipId) {\n      ...SessionMe\n    }\n  }\n": types.SwitchOrganisationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      organisationKind\n      email\n      roles\n      expiresAt\n      existingAccount\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionMe\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!, $portal: Portal!) {\n    requestPasswordReset(email: $email, portal: $portal)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment OrganisationMember on Membership {\n    id\n    roles\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n": types.OrganisationMemberFragmentDoc,
    "\n  query MyOrganisation($withInvitations: Boolean!) {\n    me {\n      activeMembership {\n        id\n        organisation {\n          __typename\n          id\n          name\n          kind\n          ... on LocalAuthority {\n            laCode\n          }\n          ... on School {\n            urn\n            laestab\n            localAuthority {\n              id\n              name\n              laCode\n            }\n          }\n          ... on Provider {\n            providerUrn: urn\n            ukprn\n            registrationStatus\n            settingType\n            sites {\n              id\n              name\n              addressLine1\n              addressLine2\n              town\n              postcode\n              localAuthority {\n                id\n                name\n              }\n            }\n          }\n          members(first: 100) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                ...OrganisationMember\n              }\n            }\n          }\n          invitations @include(if: $withInvitations) {\n            ...PendingInvitation\n          }\n        }\n      }\n    }\n  }\n": types.MyOrganisationDocument,
    "\n  fragment PendingInvitation on Invitation {\n    id\n    email\n    roles\n    status\n    expiresAt\n    invitedBy {\n      id\n      displayName\n    }\n  }\n": types.PendingInvitationFragmentDoc,
    "\n  query OrganisationMembers($first: Int!, $after: String) {\n    me {\n      activeMembership {\n        id\n        organisation {\n          id\n          name\n          kind\n          members(first: $first, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                ...OrganisationMember\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrganisationMembersDocument,
    "\n  query PendingInvitations {\n    me {\n      activeMembership {\n        id\n        organisation {\n          id\n          name\n          invitations {\n            ...PendingInvitation\n          }\n        }\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateMemberRoles($membershipId: ID!, $roles: [Role!]!) {\n    updateMemberRoles(membershipId: $membershipId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.UpdateMemberRolesDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionMe on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    activeMembership {\n      id\n      roles\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    memberships {\n      id\n      roles\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    permissions\n  }\n"): (typeof documents)["\n  fragment SessionMe on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    activeMembership {\n      id\n      roles\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    memberships {\n      id\n      roles\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    permissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session {\n    me {\n      ...SessionMe\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      ...SessionMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionMe\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganisation($membershipId: ID!) {\n    switchOrganisation(membershipId: $membershipId) {\n      ...SessionMe\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganisation($membershipId: ID!) {\n    switchOrganisation(membershipId: $membershipId) {\n      ...SessionMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      organisationKind\n      email\n      roles\n      expiresAt\n      existingAccount\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organisationName\n      organisationKind\n      email\n      roles\n      expiresAt\n      existingAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionMe\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!, $portal: Portal!) {\n    requestPasswordReset(email: $email, portal: $portal)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!, $portal: Portal!) {\n    requestPasswordReset(email: $email, portal: $portal)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationMember on Membership {\n    id\n    roles\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationMember on Membership {\n    id\n    roles\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisation($withInvitations: Boolean!) {\n    me {\n      activeMembership {\n        id\n        organisation {\n          __typename\n          id\n          name\n          kind\n          ... on LocalAuthority {\n            laCode\n          }\n          ... on School {\n            urn\n            laestab\n            localAuthority {\n              id\n              name\n              laCode\n            }\n          }\n          ... on Provider {\n            providerUrn: urn\n            ukprn\n            registrationStatus\n            settingType\n            sites {\n              id\n              name\n              addressLine1\n              addressLine2\n              town\n              postcode\n              localAuthority {\n                id\n                name\n              }\n            }\n          }\n          members(first: 100) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                ...OrganisationMember\n              }\n            }\n          }\n          invitations @include(if: $withInvitations) {\n            ...PendingInvitation\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisation($withInvitations: Boolean!) {\n    me {\n      activeMembership {\n        id\n        organisation {\n          __typename\n          id\n          name\n          kind\n          ... on LocalAuthority {\n            laCode\n          }\n          ... on School {\n            urn\n            laestab\n            localAuthority {\n              id\n              name\n              laCode\n            }\n          }\n          ... on Provider {\n            providerUrn: urn\n            ukprn\n            registrationStatus\n            settingType\n            sites {\n              id\n              name\n              addressLine1\n              addressLine2\n              town\n              postcode\n              localAuthority {\n                id\n                name\n              }\n            }\n          }\n          members(first: 100) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                ...OrganisationMember\n              }\n            }\n          }\n          invitations @include(if: $withInvitations) {\n            ...PendingInvitation\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingInvitation on Invitation {\n    id\n    email\n    roles\n    status\n    expiresAt\n    invitedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PendingInvitation on Invitation {\n    id\n    email\n    roles\n    status\n    expiresAt\n    invitedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationMembers($first: Int!, $after: String) {\n    me {\n      activeMembership {\n        id\n        organisation {\n          id\n          name\n          kind\n          members(first: $first, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                ...OrganisationMember\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationMembers($first: Int!, $after: String) {\n    me {\n      activeMembership {\n        id\n        organisation {\n          id\n          name\n          kind\n          members(first: $first, after: $after) {\n            totalCount\n            pageInfo {\n              hasNextPage\n              endCursor\n            }\n            edges {\n              node {\n                ...OrganisationMember\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations {\n    me {\n      activeMembership {\n        id\n        organisation {\n          id\n          name\n          invitations {\n            ...PendingInvitation\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations {\n    me {\n      activeMembership {\n        id\n        organisation {\n          id\n          name\n          invitations {\n            ...PendingInvitation\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRoles($membershipId: ID!, $roles: [Role!]!) {\n    updateMemberRoles(membershipId: $membershipId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberRoles($membershipId: ID!, $roles: [Role!]!) {\n    updateMemberRoles(membershipId: $membershipId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;