/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows the organisation directory. */
export type OrganisationFilter = {
  /** Only this kind. */
  kind?: OrganisationKind | null | undefined;
  /** Schools in, or providers with a site in, this local authority. */
  localAuthorityId?: string | number | null | undefined;
  /** Part of the name, or an exact URN, UKPRN or LA code. */
  search?: string | null | undefined;
};

/** What kind of organisation this is. */
export type OrganisationKind =
  | 'LOCAL_AUTHORITY'
  | 'PLATFORM'
  | 'PROVIDER'
  | 'SCHOOL';

/** A role a member holds in one organisation. Which roles exist depends on the organisation kind. */
export type Role =
  /** School: alternative-provision lead (off-site coordinator). */
  | 'AP_LEAD'
  /** School: attendance lead. */
  | 'ATTENDANCE_LEAD'
  /** LA: AP commissioner. */
  | 'COMMISSIONER'
  /** LA: designated officer (safeguarding). */
  | 'DESIGNATED_OFFICER'
  /** School or provider: designated safeguarding lead. */
  | 'DSL'
  /** School: headteacher. */
  | 'HEADTEACHER'
  /** Platform operations: creates organisations. */
  | 'PLATFORM_ADMIN'
  /** Provider: manager, keeps the QA record and the team. */
  | 'PROVIDER_MANAGER'
  /** LA: quality-assurance officer. */
  | 'QA_OFFICER'
  /** School: special educational needs co-ordinator. */
  | 'SENCO'
  /** School or provider: member of staff. */
  | 'STAFF';

export type SchoolPortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolPortalHomeQuery = { me: { activeMembership: { id: string, roles: Array<Role>, organisation:
        | { __typename: 'LocalAuthority', laCode: string, id: string, name: string, kind: OrganisationKind }
        | { __typename: 'PlatformOrganisation', id: string, name: string, kind: OrganisationKind }
        | { __typename: 'Provider', id: string, name: string, kind: OrganisationKind }
        | { __typename: 'School', urn: string, laestab: string, id: string, name: string, kind: OrganisationKind, localAuthority: { id: string, name: string, laCode: string } }
       } | null } | null };

export type OrganisationDirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrganisationFilter | null | undefined;
}>;


export type OrganisationDirectoryQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { __typename: 'LocalAuthority', laCode: string, id: string, name: string, kind: OrganisationKind }
        | { __typename: 'PlatformOrganisation', id: string, name: string, kind: OrganisationKind }
        | { __typename: 'Provider', ukprn: string | null, id: string, name: string, kind: OrganisationKind, providerUrn: string | null }
        | { __typename: 'School', urn: string, laestab: string, id: string, name: string, kind: OrganisationKind }
       }> } };


export const SchoolPortalHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"laestab"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolPortalHomeQuery, SchoolPortalHomeQueryVariables>;
export const OrganisationDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"laestab"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"providerUrn"},"name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"ukprn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationDirectoryQuery, OrganisationDirectoryQueryVariables>;