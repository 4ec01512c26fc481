/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** AP census setting type, recorded only when the provider has neither URN nor UKPRN. */
export type ApSettingType =
  /** Non-maintained further education. */
  | 'NFE'
  /** One-on-one tuition. */
  | 'OOT'
  /** Other unregistered provider. */
  | 'OTH'
  /** Work-based placement. */
  | 'WBP';

/** What kind of organisation this is. */
export type OrganisationKind =
  | 'LOCAL_AUTHORITY'
  | 'PLATFORM'
  | 'PROVIDER'
  | 'SCHOOL';

/** Whether the provider is a registered school, an FE provider, or non-school (unregistered) AP. */
export type ProviderRegistrationStatus =
  /** Further-education provider. */
  | 'FURTHER_EDUCATION'
  /** Non-school (unregistered) alternative provision. */
  | 'NON_SCHOOL'
  /** Registered school (state-funded or independent), has a URN. */
  | 'REGISTERED_SCHOOL';

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

export type ProviderPortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderPortalHomeQuery = { me: { activeMembership: { id: string, roles: Array<Role>, organisation:
        | { __typename: 'LocalAuthority', id: string, name: string, kind: OrganisationKind }
        | { __typename: 'PlatformOrganisation', id: string, name: string, kind: OrganisationKind }
        | { __typename: 'Provider', urn: string | null, ukprn: string | null, registrationStatus: ProviderRegistrationStatus, settingType: ApSettingType | null, id: string, name: string, kind: OrganisationKind, sites: Array<{ id: string }> }
        | { __typename: 'School', id: string, name: string, kind: OrganisationKind }
       } | null } | null };


export const ProviderPortalHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderPortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"ukprn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"settingType"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderPortalHomeQuery, ProviderPortalHomeQueryVariables>;