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
    "\n  query ProviderPortalHome {\n    me {\n      activeMembership {\n        id\n        roles\n        organisation {\n          __typename\n          id\n          name\n          kind\n          ... on Provider {\n            urn\n            ukprn\n            registrationStatus\n            settingType\n            sites {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProviderPortalHomeDocument,
    "\n  query AttendanceGrid($input: DateRangeInput!) {\n    attendanceGrid(input: $input) {\n      from\n      to\n      rows {\n        placement {\n          id\n          pupilSummary {\n            name\n            yearGroup\n          }\n        }\n        cells {\n          date\n          session\n          timetabled\n          mark {\n            id\n            mark\n            minutesLate\n            absenceReason\n            version\n            recordedByName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AttendanceGridDocument,
    "\n  mutation RecordSessionMarks($input: RecordSessionMarksInput!) {\n    recordSessionMarks(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordSessionMarksDocument,
    "\n  mutation SubmitProgressReport($input: SubmitProgressReportInput!) {\n    submitProgressReport(input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.SubmitProgressReportDocument,
    "\n  mutation SubmitFinalReport($input: SubmitFinalReportInput!) {\n    submitFinalReport(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitFinalReportDocument,
    "\n  mutation UpdateProviderProfile($input: ProviderProfileInput!) {\n    updateProviderProfile(input: $input) {\n      updatedAt\n    }\n  }\n": typeof types.UpdateProviderProfileDocument,
    "\n  mutation AddEvidenceVersion($input: AddEvidenceVersionInput!) {\n    addEvidenceVersion(input: $input) {\n      status\n      currentVersion {\n        id\n        number\n      }\n    }\n  }\n": typeof types.AddEvidenceVersionDocument,
    "\n  query ActivePlacementsToReportOn {\n    placements(first: 100, filter: { statuses: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          pupilSummary {\n            name\n          }\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivePlacementsToReportOnDocument,
};
const documents: Documents = {
    "\n  query ProviderPortalHome {\n    me {\n      activeMembership {\n        id\n        roles\n        organisation {\n          __typename\n          id\n          name\n          kind\n          ... on Provider {\n            urn\n            ukprn\n            registrationStatus\n            settingType\n            sites {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProviderPortalHomeDocument,
    "\n  query AttendanceGrid($input: DateRangeInput!) {\n    attendanceGrid(input: $input) {\n      from\n      to\n      rows {\n        placement {\n          id\n          pupilSummary {\n            name\n            yearGroup\n          }\n        }\n        cells {\n          date\n          session\n          timetabled\n          mark {\n            id\n            mark\n            minutesLate\n            absenceReason\n            version\n            recordedByName\n          }\n        }\n      }\n    }\n  }\n": types.AttendanceGridDocument,
    "\n  mutation RecordSessionMarks($input: RecordSessionMarksInput!) {\n    recordSessionMarks(input: $input) {\n      id\n    }\n  }\n": types.RecordSessionMarksDocument,
    "\n  mutation SubmitProgressReport($input: SubmitProgressReportInput!) {\n    submitProgressReport(input: $input) {\n      id\n      kind\n    }\n  }\n": types.SubmitProgressReportDocument,
    "\n  mutation SubmitFinalReport($input: SubmitFinalReportInput!) {\n    submitFinalReport(input: $input) {\n      id\n    }\n  }\n": types.SubmitFinalReportDocument,
    "\n  mutation UpdateProviderProfile($input: ProviderProfileInput!) {\n    updateProviderProfile(input: $input) {\n      updatedAt\n    }\n  }\n": types.UpdateProviderProfileDocument,
    "\n  mutation AddEvidenceVersion($input: AddEvidenceVersionInput!) {\n    addEvidenceVersion(input: $input) {\n      status\n      currentVersion {\n        id\n        number\n      }\n    }\n  }\n": types.AddEvidenceVersionDocument,
    "\n  query ActivePlacementsToReportOn {\n    placements(first: 100, filter: { statuses: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          pupilSummary {\n            name\n          }\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ActivePlacementsToReportOnDocument,
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
export function graphql(source: "\n  query ProviderPortalHome {\n    me {\n      activeMembership {\n        id\n        roles\n        organisation {\n          __typename\n          id\n          name\n          kind\n          ... on Provider {\n            urn\n            ukprn\n            registrationStatus\n            settingType\n            sites {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProviderPortalHome {\n    me {\n      activeMembership {\n        id\n        roles\n        organisation {\n          __typename\n          id\n          name\n          kind\n          ... on Provider {\n            urn\n            ukprn\n            registrationStatus\n            settingType\n            sites {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceGrid($input: DateRangeInput!) {\n    attendanceGrid(input: $input) {\n      from\n      to\n      rows {\n        placement {\n          id\n          pupilSummary {\n            name\n            yearGroup\n          }\n        }\n        cells {\n          date\n          session\n          timetabled\n          mark {\n            id\n            mark\n            minutesLate\n            absenceReason\n            version\n            recordedByName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceGrid($input: DateRangeInput!) {\n    attendanceGrid(input: $input) {\n      from\n      to\n      rows {\n        placement {\n          id\n          pupilSummary {\n            name\n            yearGroup\n          }\n        }\n        cells {\n          date\n          session\n          timetabled\n          mark {\n            id\n            mark\n            minutesLate\n            absenceReason\n            version\n            recordedByName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSessionMarks($input: RecordSessionMarksInput!) {\n    recordSessionMarks(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSessionMarks($input: RecordSessionMarksInput!) {\n    recordSessionMarks(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProgressReport($input: SubmitProgressReportInput!) {\n    submitProgressReport(input: $input) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProgressReport($input: SubmitProgressReportInput!) {\n    submitProgressReport(input: $input) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFinalReport($input: SubmitFinalReportInput!) {\n    submitFinalReport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFinalReport($input: SubmitFinalReportInput!) {\n    submitFinalReport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProviderProfile($input: ProviderProfileInput!) {\n    updateProviderProfile(input: $input) {\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProviderProfile($input: ProviderProfileInput!) {\n    updateProviderProfile(input: $input) {\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvidenceVersion($input: AddEvidenceVersionInput!) {\n    addEvidenceVersion(input: $input) {\n      status\n      currentVersion {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvidenceVersion($input: AddEvidenceVersionInput!) {\n    addEvidenceVersion(input: $input) {\n      status\n      currentVersion {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivePlacementsToReportOn {\n    placements(first: 100, filter: { statuses: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          pupilSummary {\n            name\n          }\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivePlacementsToReportOn {\n    placements(first: 100, filter: { statuses: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          pupilSummary {\n            name\n          }\n          school {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;