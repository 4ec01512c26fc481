/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An action the provider must take. Every amber, red or fail criterion needs one before the assessment can be completed. */
export type AddActionPlanItemInput = {
  /** The assessment, in progress. */
  assessmentId: string | number;
  /** The criterion the action addresses (a criterion of the version being assessed). */
  criterionId?: string | number | null | undefined;
  /** What must be done. */
  description: string;
  /** Date it is due, YYYY-MM-DD: after today. */
  dueDate: string;
  /** Who owns it, e.g. "Provider manager". */
  owner: string;
};

/** Complete an assessment: every criterion rated, an action for every amber, red or fail criterion. It is read-only afterwards. */
export type CompleteAssessmentInput = {
  /** The assessment, in progress. */
  assessmentId: string | number;
  /** Overall outcome on the version's scale: GREEN, AMBER or RED, or PASS or FAIL. */
  outcome: QaRating;
  /** Overall summary for commissioners and the provider. */
  summary?: string | null | undefined;
};

/** A decision on a provider’s standing on your LA’s framework. Approving (or approving on conditions) needs a completed assessment whose outcome is not red or fail. */
export type DecideApprovalInput = {
  /** Date it takes effect, YYYY-MM-DD. */
  effectiveFrom: string;
  /** Your LA’s framework. */
  frameworkId: string | number;
  /** The provider. */
  providerId: string | number;
  /** Why: required for every status but APPROVED. */
  reason?: string | null | undefined;
  /** Date to review it or when it expires, YYYY-MM-DD: after it takes effect. */
  reviewDate?: string | null | undefined;
  /** Approved, conditional, suspended or removed. */
  status: QaApprovalStatus;
};

/** How a provider's required evidence stands today, over every required catalogue type. */
export type EvidenceStanding =
  /** Every required item is in date and not within the expiring window. */
  | 'ALL_CURRENT'
  /** At least one required item has expired or was never provided. */
  | 'SOME_EXPIRED_OR_MISSING'
  /** None expired or missing, but at least one expires within the window. */
  | 'SOME_EXPIRING';

/** Where a piece of evidence stands today, worked out from its dates whenever it is read (never stored). */
export type EvidenceStatus =
  /** In date, and not due to expire within the expiring window. */
  | 'CURRENT'
  /** The expiry or review date has passed. */
  | 'EXPIRED'
  /** Still in date, but expires or is due for review within the expiring window (EVIDENCE_EXPIRING_DAYS). */
  | 'EXPIRING'
  /** Nothing has been provided yet. */
  | 'MISSING';

/** A kind of evidence in the shared provider QA record; `evidenceCatalogue` describes each. */
export type EvidenceTypeCode =
  | 'ADMISSIONS_POLICY'
  | 'ATTENDANCE_PROCEDURE'
  | 'BEHAVIOUR_POLICY'
  | 'COMPLAINTS_PROCEDURE'
  | 'CURRICULUM_AND_STAFF_QUALIFICATIONS'
  | 'DATA_PROTECTION_POLICY'
  | 'DSL_TRAINING'
  | 'EDUCATIONAL_VISITS_POLICY'
  | 'EMPLOYERS_LIABILITY_INSURANCE'
  | 'EQUALITY_STATEMENT'
  | 'FINANCIAL_STANDING'
  | 'FIRE_RISK_ASSESSMENT'
  | 'FIRST_AID'
  | 'HEALTH_AND_SAFETY_POLICY'
  | 'LEGAL_ENTITY'
  | 'PROFESSIONAL_INDEMNITY_INSURANCE'
  | 'PUBLIC_LIABILITY_INSURANCE'
  | 'RISK_ASSESSMENTS'
  | 'RSHE_POLICY'
  | 'SAFEGUARDING_POLICY'
  | 'STAFF_CHECKS_CONFIRMATION'
  | 'STAFF_SAFEGUARDING_TRAINING'
  | 'TEAM_TEACH_TRAINING';

/** A key stage of the national curriculum. */
export type KeyStage =
  /** Key stage 1 (years 1 and 2). */
  | 'KS1'
  /** Key stage 2 (years 3 to 6). */
  | 'KS2'
  /** Key stage 3 (years 7 to 9). */
  | 'KS3'
  /** Key stage 4 (years 10 and 11). */
  | 'KS4'
  /** Key stage 5 (years 12 and 13, post-16). */
  | 'KS5';

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

/** What a school or LA is looking for in a provider. Every filter given must hold. */
export type ProviderDirectoryFilter = {
  /** Currently approved (or conditionally approved) on this framework. */
  approvedOnFrameworkId?: string | number | null | undefined;
  /** How their required evidence stands today. */
  evidence?: EvidenceStanding | null | undefined;
  /** Providers with any of these focuses. */
  focus?: Array<ProvisionFocus> | null | undefined;
  /** Providers teaching any of these key stages. */
  keyStages?: Array<KeyStage> | null | undefined;
  /** Providers with a site in this local authority. */
  localAuthorityId?: string | number | null | undefined;
  /** A subject or qualification the offer mentions (part of the text). */
  offer?: string | null | undefined;
  /** Any of these registration statuses. */
  registrationStatuses?: Array<ProviderRegistrationStatus> | null | undefined;
  /** Part of the name, or an exact URN or UKPRN. */
  search?: string | null | undefined;
};

/** Whether the provider is a registered school, an FE provider, or non-school (unregistered) AP. */
export type ProviderRegistrationStatus =
  /** Further-education provider. */
  | 'FURTHER_EDUCATION'
  /** Non-school (unregistered) alternative provision. */
  | 'NON_SCHOOL'
  /** Registered school (state-funded or independent), has a URN. */
  | 'REGISTERED_SCHOOL';

/** What the provision concentrates on. */
export type ProvisionFocus =
  /** Academic: curriculum subjects and qualifications. */
  | 'ACADEMIC'
  /** Outdoor learning: farm, forest, land-based or adventure activities. */
  | 'OUTDOOR'
  /** Therapeutic: emotional wellbeing, mental health, engagement. */
  | 'THERAPEUTIC'
  /** Vocational: work skills and vocational qualifications. */
  | 'VOCATIONAL';

/** Whether an action in the plan is still open or done. */
export type QaActionItemStatus =
  /** Done. */
  | 'DONE'
  /** Still to do. */
  | 'OPEN';

/** A provider's standing on an LA framework. */
export type QaApprovalStatus =
  /** Approved: commissioners may use the provider. */
  | 'APPROVED'
  /** Approved on conditions, usually an action plan to complete by a review date. */
  | 'CONDITIONAL'
  /** No longer on the framework. */
  | 'REMOVED'
  /** Temporarily not to be used, e.g. while a concern is looked into. */
  | 'SUSPENDED';

/** A criterion of a draft framework version. */
export type QaCriterionInput = {
  /** Short code, unique within the version, e.g. "SG1" (letters, numbers, dots, dashes; stored in capitals). */
  code: string;
  /** Evidence type codes from the provider evidence catalogue (`EvidenceTypeCode` values) that satisfy it. */
  evidenceTypes?: Array<string>;
  /** Guidance for assessors. */
  guidance?: string | null | undefined;
  /** Title, e.g. "Safeguarding and child protection". */
  title: string;
};

/** Everything a framework draft holds: the framework’s name and description, and the version’s scale, visit frequency and criteria (replacing the draft’s, in this order). Give visitsPerYear or monthsBetweenVisits, not both. */
export type QaFrameworkDraftInput = {
  /** The criteria, in order. */
  criteria?: Array<QaCriterionInput>;
  /** What the framework is for and who it applies to. */
  description?: string | null | undefined;
  /** Months between QA visits, 1 to 60. */
  monthsBetweenVisits?: number | null | undefined;
  /** Framework name, unique within the LA, e.g. "DMBC QA Framework". */
  name: string;
  /** Pass/fail or red/amber/green. */
  ratingScale: QaRatingScale;
  /** QA visits per provider per year, 1 to 12. */
  visitsPerYear?: number | null | undefined;
};

/** A draft can change; a published version is frozen and used for assessments. */
export type QaFrameworkVersionStatus =
  /** Being prepared; only the owning LA sees and changes it. */
  | 'DRAFT'
  /** Frozen and shared with everyone; assessments use it. */
  | 'PUBLISHED';

/** A rating of a criterion, or an assessment's overall outcome. Only the values of the version's scale are accepted. */
export type QaRating =
  /** RAG: partly meets it; needs an action plan. */
  | 'AMBER'
  /** Pass/fail: does not meet it; needs an action plan. */
  | 'FAIL'
  /** RAG: meets the criterion. */
  | 'GREEN'
  /** Pass/fail: meets the criterion. */
  | 'PASS'
  /** RAG: does not meet it; needs an action plan. */
  | 'RED';

/** How criteria and assessments are rated on a framework. */
export type QaRatingScale =
  /** Pass or fail (e.g. a directory listing). */
  | 'PASS_FAIL'
  /** Red, amber or green; amber and red need an action plan. */
  | 'RAG';

/** A rating of one criterion; rating it again replaces the earlier rating. */
export type RateCriterionInput = {
  /** The assessment, in progress. */
  assessmentId: string | number;
  /** Why: required for amber, red and fail. */
  comment?: string | null | undefined;
  /** A criterion of the version being assessed. */
  criterionId: string | number;
  /** Evidence type codes (`EvidenceTypeCode` values) the officer checked for this criterion. */
  evidenceChecked?: Array<string>;
  /** The rating: one of the values of the version's scale. */
  rating: QaRating;
};

/** A QA visit made for an assessment. */
export type RecordQaVisitInput = {
  /** The assessment, in progress. */
  assessmentId: string | number;
  /** What was seen and discussed. */
  notes?: string | null | undefined;
  /** Date of the visit, YYYY-MM-DD: today or earlier. */
  visitDate: string;
  /** Who visited, e.g. "Priya Shaw, QA officer". */
  visitor: string;
};

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

/** Start assessing a provider against a published version of your LA’s framework. */
export type StartAssessmentInput = {
  /** The published framework version to assess against. */
  frameworkVersionId: string | number;
  /** The provider to assess. */
  providerId: string | number;
};

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

export type StartAssessmentMutationVariables = Exact<{
  input: StartAssessmentInput;
}>;


export type StartAssessmentMutation = { startAssessment: { id: string } };

export type RateCriterionMutationVariables = Exact<{
  input: RateCriterionInput;
}>;


export type RateCriterionMutation = { rateCriterion: { id: string, rating: QaRating } };

export type RecordQaVisitMutationVariables = Exact<{
  input: RecordQaVisitInput;
}>;


export type RecordQaVisitMutation = { recordQaVisit: { id: string } };

export type AddActionPlanItemMutationVariables = Exact<{
  input: AddActionPlanItemInput;
}>;


export type AddActionPlanItemMutation = { addActionPlanItem: { id: string } };

export type UpdateActionPlanItemStatusMutationVariables = Exact<{
  id: string | number;
  status: QaActionItemStatus;
}>;


export type UpdateActionPlanItemStatusMutation = { updateActionPlanItemStatus: { id: string, status: QaActionItemStatus, doneAt: string | null } };

export type CompleteAssessmentMutationVariables = Exact<{
  input: CompleteAssessmentInput;
}>;


export type CompleteAssessmentMutation = { completeAssessment: { id: string, outcome: QaRating | null } };

export type ProviderChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderChoicesQuery = { organisations: { totalCount: number, edges: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type FrameworkListQueryVariables = Exact<{
  localAuthorityId: string | number;
}>;


export type FrameworkListQuery = { frameworks: { totalCount: number, edges: Array<{ node: { id: string, name: string, description: string, latestPublishedVersion: { id: string, number: number, publishedAt: string | null, ratingScale: QaRatingScale, visitsPerYear: number | null, monthsBetweenVisits: number | null } | null, draftVersion: { id: string, number: number } | null } }> } };

export type FrameworkQueryVariables = Exact<{
  id: string | number;
}>;


export type FrameworkQuery = { framework: { id: string, name: string, description: string, localAuthority: { id: string, name: string }, versions: Array<{ id: string, number: number, status: QaFrameworkVersionStatus, createdAt: string, publishedAt: string | null, ratingScale: QaRatingScale, visitsPerYear: number | null, monthsBetweenVisits: number | null }>, latestPublishedVersion: { id: string, number: number } | null, draftVersion: { id: string, number: number, ratingScale: QaRatingScale, visitsPerYear: number | null, monthsBetweenVisits: number | null, criteria: Array<{ id: string, position: number, code: string, title: string, guidance: string, evidenceTypes: Array<string> }> } | null } | null };

export type FrameworkVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type FrameworkVersionQuery = { frameworkVersion: { id: string, number: number, status: QaFrameworkVersionStatus, createdAt: string, publishedAt: string | null, ratingScale: QaRatingScale, visitsPerYear: number | null, monthsBetweenVisits: number | null, framework: { id: string, name: string, localAuthority: { id: string, name: string } }, criteria: Array<{ id: string, position: number, code: string, title: string, guidance: string, evidenceTypes: Array<string> }> } | null };

export type FrameworkActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type FrameworkActivityQuery = { framework: { id: string, name: string, localAuthority: { id: string, name: string }, latestPublishedVersion: { id: string, number: number, publishedAt: string | null } | null, inProgress: { totalCount: number, edges: Array<{ node: { id: string, startedAt: string, provider: { id: string, name: string }, version: { id: string, number: number } } }> }, completed: { totalCount: number, edges: Array<{ node: { id: string, outcome: QaRating | null, completedAt: string | null, completedBy: string | null, provider: { id: string, name: string }, version: { id: string, number: number } } }> }, currentApprovals: { totalCount: number, edges: Array<{ node: { id: string, status: QaApprovalStatus, effectiveFrom: string, reviewDate: string | null, provider: { id: string, name: string } } }> } } | null };

export type CreateFrameworkMutationVariables = Exact<{
  input: QaFrameworkDraftInput;
}>;


export type CreateFrameworkMutation = { createFramework: { id: string, name: string } };

export type UpdateFrameworkDraftMutationVariables = Exact<{
  versionId: string | number;
  input: QaFrameworkDraftInput;
}>;


export type UpdateFrameworkDraftMutation = { updateFrameworkDraft: { id: string, number: number } };

export type PublishFrameworkVersionMutationVariables = Exact<{
  versionId: string | number;
}>;


export type PublishFrameworkVersionMutation = { publishFrameworkVersion: { id: string, number: number, status: QaFrameworkVersionStatus } };

export type CreateFrameworkDraftMutationVariables = Exact<{
  frameworkId: string | number;
}>;


export type CreateFrameworkDraftMutation = { createFrameworkDraft: { id: string, number: number } };

export type ProviderDirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProviderDirectoryFilter | null | undefined;
}>;


export type ProviderDirectoryQuery = { providerDirectory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, registrationStatus: ProviderRegistrationStatus, profile: { keyStages: Array<KeyStage>, focus: Array<ProvisionFocus>, placesAvailable: number | null }, sites: Array<{ id: string, localAuthority: { id: string, name: string } }>, approvals: Array<{ id: string, status: QaApprovalStatus, framework: { id: string, name: string }, localAuthority: { id: string, name: string } }>, evidence: Array<{ status: EvidenceStatus, type: { code: EvidenceTypeCode, required: boolean } }> } }> } };

export type DirectoryChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryChoicesQuery = { localAuthorities: { edges: Array<{ node:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> }, frameworks: { edges: Array<{ node: { id: string, name: string, localAuthority: { id: string, name: string } } }> } };

export type VerifyEvidenceMutationVariables = Exact<{
  versionId: string | number;
}>;


export type VerifyEvidenceMutation = { verifyEvidence: { id: string, verifications: Array<{ id: string, verifiedAt: string }> } };

export type DecideApprovalMutationVariables = Exact<{
  input: DecideApprovalInput;
}>;


export type DecideApprovalMutation = { decideApproval: { id: string, status: QaApprovalStatus } };

export type OwnFrameworksQueryVariables = Exact<{
  localAuthorityId: string | number;
}>;


export type OwnFrameworksQuery = { frameworks: { edges: Array<{ node: { id: string, name: string, latestPublishedVersion: { id: string, number: number, ratingScale: QaRatingScale } | null } }> } };


export const SchoolPortalHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"laestab"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolPortalHomeQuery, SchoolPortalHomeQueryVariables>;
export const OrganisationDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"laestab"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"providerUrn"},"name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"ukprn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationDirectoryQuery, OrganisationDirectoryQueryVariables>;
export const StartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const RateCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<RateCriterionMutation, RateCriterionMutationVariables>;
export const RecordQaVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordQaVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordQaVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordQaVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordQaVisitMutation, RecordQaVisitMutationVariables>;
export const AddActionPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionPlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddActionPlanItemMutation, AddActionPlanItemMutationVariables>;
export const UpdateActionPlanItemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionPlanItemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QaActionItemStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionPlanItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]} as unknown as DocumentNode<UpdateActionPlanItemStatusMutation, UpdateActionPlanItemStatusMutationVariables>;
export const CompleteAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<CompleteAssessmentMutation, CompleteAssessmentMutationVariables>;
export const ProviderChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROVIDER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderChoicesQuery, ProviderChoicesQueryVariables>;
export const FrameworkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"localAuthorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"latestPublishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBetweenVisits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkListQuery, FrameworkListQueryVariables>;
export const FrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Framework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBetweenVisits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestPublishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBetweenVisits"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceTypes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkQuery, FrameworkQueryVariables>;
export const FrameworkVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBetweenVisits"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceTypes"}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkVersionQuery, FrameworkVersionQueryVariables>;
export const FrameworkActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestPublishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inProgress"},"name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"completed"},"name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkActivityQuery, FrameworkActivityQueryVariables>;
export const CreateFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QaFrameworkDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateFrameworkMutation, CreateFrameworkMutationVariables>;
export const UpdateFrameworkDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFrameworkDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QaFrameworkDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFrameworkDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<UpdateFrameworkDraftMutation, UpdateFrameworkDraftMutationVariables>;
export const PublishFrameworkVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFrameworkVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFrameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishFrameworkVersionMutation, PublishFrameworkVersionMutationVariables>;
export const CreateFrameworkDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFrameworkDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFrameworkDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"frameworkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CreateFrameworkDraftMutation, CreateFrameworkDraftMutationVariables>;
export const ProviderDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderDirectoryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyStages"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"placesAvailable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderDirectoryQuery, ProviderDirectoryQueryVariables>;
export const DirectoryChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"localAuthorities"},"name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LOCAL_AUTHORITY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryChoicesQuery, DirectoryChoicesQueryVariables>;
export const VerifyEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEvidenceMutation, VerifyEvidenceMutationVariables>;
export const DecideApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideApprovalMutation, DecideApprovalMutationVariables>;
export const OwnFrameworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnFrameworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"localAuthorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latestPublishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnFrameworksQuery, OwnFrameworksQueryVariables>;