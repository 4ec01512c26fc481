/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accepting an e-mailed invitation. */
export type AcceptInvitationInput = {
  /** Full name; required for a new account. */
  displayName?: string | null | undefined;
  /** A new password, or the existing account password. A new one must be 12 to 200 characters and hard to guess (three random words work well). */
  password: string;
  /** The token from the invitation link. */
  token: string;
};

/** An entry added to a concern's chronology by a DSL of its school or provider. */
export type AddConcernUpdateInput = {
  /** The concern. */
  concernId: string | number;
  /** What was learnt or done. */
  text: string;
};

/** A party who signs the placement agreement. */
export type AgreementParty =
  /** The parent or carer (signature usually collected on paper and recorded by the school). */
  | 'PARENT_CARER'
  /** The provider. */
  | 'PROVIDER'
  /** The commissioning school. */
  | 'SCHOOL';

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

/** Full-time or part-time at the provider, by the school policy's full-time threshold. */
export type AttendancePattern =
  /** At least the full-time threshold of hours a week (national working guide: 18). */
  | 'FULL_TIME'
  /** Fewer hours than the full-time threshold. */
  | 'PART_TIME';

/** What a chronology entry records. */
export type ChronologyEntryKind =
  /** The other organisation acknowledged a concern. */
  | 'ACKNOWLEDGED'
  /** A concern was raised. */
  | 'RAISED'
  /** An update was added to a concern's chronology. */
  | 'UPDATED';

/** What the concern is about, in the categories of Keeping children safe in education. */
export type ConcernCategory =
  /** Child-on-child abuse. */
  | 'CHILD_ON_CHILD'
  /** Child criminal exploitation (including county lines). */
  | 'CRIMINAL_EXPLOITATION'
  /** Domestic abuse. */
  | 'DOMESTIC_ABUSE'
  /** Emotional abuse. */
  | 'EMOTIONAL_ABUSE'
  /** Mental health. */
  | 'MENTAL_HEALTH'
  /** Missing from education or going missing. */
  | 'MISSING_FROM_EDUCATION'
  /** Neglect. */
  | 'NEGLECT'
  /** Online safety. */
  | 'ONLINE_SAFETY'
  /** Another concern; see what happened. */
  | 'OTHER'
  /** Physical abuse. */
  | 'PHYSICAL_ABUSE'
  /** Radicalisation (Prevent). */
  | 'RADICALISATION'
  /** Sexual abuse. */
  | 'SEXUAL_ABUSE'
  /** Child sexual exploitation. */
  | 'SEXUAL_EXPLOITATION';

/** Narrows a list of concerns. */
export type ConcernFilter = {
  /** Only concerns on this placement. */
  placementId?: string | number | null | undefined;
  /** Only concerns about this pupil (any placement you can see). */
  pupilId?: string | number | null | undefined;
  /** Only concerns the other organisation has not acknowledged yet. */
  unacknowledged?: boolean | null | undefined;
};

/** Which organisation of the placement acted: the home school or the provider. */
export type ConcernSide =
  /** The provider. */
  | 'PROVIDER'
  /** The home school. */
  | 'SCHOOL';

/** How soon the other designated safeguarding lead must act. */
export type ConcernUrgency =
  /** Act now: the child may be at immediate risk of harm. */
  | 'IMMEDIATE'
  /** For information and follow-up. */
  | 'ROUTINE'
  /** Act today. */
  | 'SAME_DAY';

/** What the agreed cost is charged per. */
export type CostBasis =
  | 'PER_DAY'
  | 'PER_SESSION'
  | 'PER_TERM'
  | 'PER_WEEK'
  | 'WHOLE_PLACEMENT';

/** The pupil's next destination when the placement ends. */
export type Destination =
  /** Another alternative-provision placement. */
  | 'ANOTHER_ALTERNATIVE_PROVISION'
  /** Apprenticeship or training. */
  | 'APPRENTICESHIP_OR_TRAINING'
  /** Employment with part-time study or training. */
  | 'EMPLOYMENT_WITH_TRAINING'
  /** Further education (post-16). */
  | 'FURTHER_EDUCATION'
  /** Moved to another mainstream school. */
  | 'MOVED_TO_ANOTHER_SCHOOL'
  /** Not in education, employment or training. */
  | 'NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING'
  /** Other; see the detail. */
  | 'OTHER'
  /** Reintegrated into the home school. */
  | 'RETURNED_TO_HOME_SCHOOL'
  /** Moved to a special school or specialist provision. */
  | 'SPECIALIST_PROVISION';

/** The heading a kind of evidence is listed under. */
export type EvidenceCategory =
  /** Behaviour and physical intervention. */
  | 'BEHAVIOUR'
  /** Curriculum offer and staff qualifications. */
  | 'CURRICULUM'
  /** Health and safety, risk assessments, fire and first aid. */
  | 'HEALTH_AND_SAFETY'
  /** Insurance certificates. */
  | 'INSURANCE'
  /** Legal entity and financial standing. */
  | 'ORGANISATION'
  /** Other policies and procedures. */
  | 'POLICIES'
  /** Safeguarding policy, staff checks and training (KCSIE). */
  | 'SAFEGUARDING';

/** A fact a version of this kind of evidence must record besides its document and dates. */
export type EvidenceDetail =
  /** The course, or its equivalent, the staff completed (`courseName`). */
  | 'COURSE_NAME'
  /** Insurance cover, in whole pounds (`coverAmount`). */
  | 'COVER_AMOUNT'
  /** The edition of Keeping children safe in education the checks follow (`kcsieYear`). */
  | 'KCSIE_YEAR'
  /** The provider undertakes to tell commissioners about changes that may put a child at risk, e.g. staff changes (`reportsChangesUndertaking`, must be true). */
  | 'REPORTS_CHANGES_UNDERTAKING'
  /** How many staff hold the training (`trainedStaffCount`). */
  | 'TRAINED_STAFF_COUNT';

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

/** Narrows a list of incidents. */
export type IncidentFilter = {
  /** Only incidents on this placement. */
  placementId?: string | number | null | undefined;
  /** Only incidents the school has not decided on yet. */
  undecided?: boolean | null | undefined;
};

/** How serious the provider judges a behaviour incident to be. */
export type IncidentSeverity =
  /** High: harm or serious risk of harm; the school must decide a course of action. */
  | 'HIGH'
  /** Low: dealt with at the provider; the school should know. */
  | 'LOW'
  /** Medium: the school should consider its response. */
  | 'MEDIUM';

/** Where an invitation stands. */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** Who to invite to the active organisation, and as what. */
export type InviteMemberInput = {
  /** Their work e-mail address. */
  email: string;
  /** One or more roles valid for this kind of organisation. */
  roles: Array<Role>;
};

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

/** The legal basis on which the placement is arranged (domain.md §1.1). */
export type LegalBasis =
  /** Other placement arranged by the school. */
  | 'OTHER_SCHOOL_ARRANGED'
  /** Section 19 Education Act 1996: the LA's duty to arrange suitable full-time education. */
  | 'S19_LA_DUTY'
  /** Section 29A Education Act 2002: off-site direction to improve behaviour. */
  | 'S29A_OFF_SITE_DIRECTION'
  /** Section 100 Education and Inspections Act 2006: provision from the sixth day of a suspension. */
  | 'S100_SUSPENSION';

/** E-mail and password. */
export type LoginInput = {
  /** Sign-in e-mail address. */
  email: string;
  /** Password. */
  password: string;
};

/** How far an objective was met when the placement ended. */
export type ObjectiveOutcome =
  /** Achieved. */
  | 'ACHIEVED'
  /** Not achieved. */
  | 'NOT_ACHIEVED'
  /** Partly achieved. */
  | 'PARTLY_ACHIEVED';

/** Overall effectiveness at the last Ofsted inspection (registered schools and colleges). */
export type OfstedGrade =
  /** Good. */
  | 'GOOD'
  /** Inadequate. */
  | 'INADEQUATE'
  /** Not yet inspected. */
  | 'NOT_YET_INSPECTED'
  /** Outstanding. */
  | 'OUTSTANDING'
  /** Requires improvement. */
  | 'REQUIRES_IMPROVEMENT';

/** What kind of organisation this is. */
export type OrganisationKind =
  | 'LOCAL_AUTHORITY'
  | 'PLATFORM'
  | 'PROVIDER'
  | 'SCHOOL';

/** Narrows the placements list; every filter given must match. */
export type PlacementFilter = {
  /** Only placements at this provider. */
  providerId?: string | number | null | undefined;
  /** Only placements of this pupil. */
  pupilId?: string | number | null | undefined;
  /** Part of the pupil's name (as shared with the provider). */
  search?: string | null | undefined;
  /** Only placements at one of these statuses. */
  statuses?: Array<PlacementStatus> | null | undefined;
};

/** Where a placement is in its life, from referral to final report. */
export type PlacementStatus =
  /** The pupil attends the provider. */
  | 'ACTIVE'
  /** Agreement signed by school, provider and parent or carer; not started yet. */
  | 'AGREED'
  /** Withdrawn before it started. */
  | 'CANCELLED'
  /** Referral being written by the school; the provider cannot see it yet. */
  | 'DRAFT'
  /** Ended, with destination and outcomes recorded. */
  | 'ENDED'
  /** Referral sent: the provider sees it and the agreement is being signed. */
  | 'PROPOSED';

/** Which portal e-mailed links open: the school portal (schools, LAs, platform) or the provider portal. */
export type Portal =
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

/** In progress (the assessing LA is still rating) or completed (read-only, outcome shared with everyone). */
export type QaAssessmentStatus =
  /** Finished with an outcome; read-only. */
  | 'COMPLETED'
  /** Being assessed; seen only by the assessing LA and the provider. */
  | 'IN_PROGRESS';

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

/** A safeguarding concern about the pupil of a placement (not a draft), raised by a DSL of its school or provider. */
export type RaiseConcernInput = {
  /** What has been done so far. */
  actionsTaken?: string | null | undefined;
  /** What the concern is about. */
  category: ConcernCategory;
  /** Date it happened (or was disclosed), YYYY-MM-DD: today or earlier. */
  happenedOn: string;
  /** Time it happened in England, 24-hour HH:MM, e.g. "13:45": not in the future. */
  happenedTime: string;
  /** The placement whose pupil the concern is about. */
  placementId: string | number;
  /** Share with the home local authority's designated officers. */
  sharedWithLa?: boolean;
  /** How soon the other DSL must act. */
  urgency: ConcernUrgency;
  /** What happened, was seen, heard or disclosed, in the words used where possible. */
  whatHappened: string;
};

/** The school's decided course of action on a reported incident. */
export type RecordIncidentDecisionInput = {
  /** The course of action decided. */
  decision: string;
  /** The incident. */
  id: string | number;
};

/** How often the provider writes a progress report. */
export type ReportCadence =
  /** Once a half term. */
  | 'HALF_TERMLY'
  /** Once a term. */
  | 'TERMLY';

/** A serious behaviour incident during an active placement, reported by the provider. */
export type ReportIncidentInput = {
  /** What the provider did. */
  actionTaken: string;
  /** What happened. */
  description: string;
  /** Date it happened, YYYY-MM-DD: on or after the day the placement started, not in the future. */
  occurredOn: string;
  /** Time it happened in England, 24-hour HH:MM, e.g. "13:45". */
  occurredTime: string;
  /** The placement (your provider’s). */
  placementId: string | number;
  /** How serious it was. */
  severity: IncidentSeverity;
};

/** How often the provider reports attendance to the school. */
export type ReportingCadence =
  /** Every day. */
  | 'DAILY'
  /** Once a week. */
  | 'WEEKLY';

/** A new password, with the token from the e-mailed link. */
export type ResetPasswordInput = {
  /** The new password: 12 to 200 characters and hard to guess (three random words work well). */
  password: string;
  /** The token from the reset link. */
  token: string;
};

/** What a review decided. */
export type ReviewOutcome =
  /** Continue with changes to the plan or agreement. */
  | 'ADJUST'
  /** Continue as agreed. */
  | 'CONTINUE'
  /** End the placement. */
  | 'END';

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

/** A register session (domain.md §3.1). */
export type SessionOfDay =
  /** Morning session. */
  | 'AM'
  /** Afternoon session. */
  | 'PM';

/** A party's signature on the current agreement version, once the referral is sent: the school and the provider each sign for themselves (agreement:sign); the school records the parent's or carer's. */
export type SignAgreementInput = {
  /** The agreement version: the latest one. */
  agreementId: string | number;
  /** Signed here, or on paper and recorded here. */
  method: SignatureMethod;
  /** The party signing. */
  party: AgreementParty;
  /** Date of the signature, YYYY-MM-DD, not in the future. */
  signedOn: string;
  /** Name of the person who signed. */
  signerName: string;
  /** Their role, e.g. "Headteacher", "Mother". */
  signerRole?: string | null | undefined;
};

/** How a signature was given. */
export type SignatureMethod =
  /** Signed here by the signed-in user. */
  | 'IN_PORTAL'
  /** Signed on the printed agreement; recorded here. */
  | 'ON_PAPER';

/** A school day. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type SessionMeFragment = { permissions: Array<string>, unreadNotifications: number, user: { id: string, email: string, displayName: string }, activeMembership: { id: string, roles: Array<Role>, organisation:
      | { id: string, name: string, kind: OrganisationKind }
      | { id: string, name: string, kind: OrganisationKind }
      | { id: string, name: string, kind: OrganisationKind }
      | { id: string, name: string, kind: OrganisationKind }
     } | null, memberships: Array<{ id: string, roles: Array<Role>, organisation:
      | { id: string, name: string, kind: OrganisationKind }
      | { id: string, name: string, kind: OrganisationKind }
      | { id: string, name: string, kind: OrganisationKind }
      | { id: string, name: string, kind: OrganisationKind }
     }> };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { me: { permissions: Array<string>, unreadNotifications: number, user: { id: string, email: string, displayName: string }, activeMembership: { id: string, roles: Array<Role>, organisation:
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
       } | null, memberships: Array<{ id: string, roles: Array<Role>, organisation:
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
       }> } | null };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { permissions: Array<string>, unreadNotifications: number, user: { id: string, email: string, displayName: string }, activeMembership: { id: string, roles: Array<Role>, organisation:
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
       } | null, memberships: Array<{ id: string, roles: Array<Role>, organisation:
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
       }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export type SwitchOrganisationMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type SwitchOrganisationMutation = { switchOrganisation: { permissions: Array<string>, unreadNotifications: number, user: { id: string, email: string, displayName: string }, activeMembership: { id: string, roles: Array<Role>, organisation:
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
       } | null, memberships: Array<{ id: string, roles: Array<Role>, organisation:
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
       }> } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { me: { unreadNotifications: number } | null };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { organisationName: string, organisationKind: OrganisationKind, email: string, roles: Array<Role>, expiresAt: string, existingAccount: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { permissions: Array<string>, unreadNotifications: number, user: { id: string, email: string, displayName: string }, activeMembership: { id: string, roles: Array<Role>, organisation:
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
       } | null, memberships: Array<{ id: string, roles: Array<Role>, organisation:
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
        | { id: string, name: string, kind: OrganisationKind }
       }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
  portal: Portal;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type OrganisationMemberFragment = { id: string, roles: Array<Role>, createdAt: string, user: { id: string, displayName: string, email: string } };

export type MyOrganisationQueryVariables = Exact<{
  withInvitations: boolean;
}>;


export type MyOrganisationQuery = { me: { activeMembership: { id: string, organisation:
        | { __typename: 'LocalAuthority', laCode: string, id: string, name: string, kind: OrganisationKind, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roles: Array<Role>, createdAt: string, user: { id: string, displayName: string, email: string } } }> }, invitations?: Array<{ id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string } | null }> }
        | { __typename: 'PlatformOrganisation', id: string, name: string, kind: OrganisationKind, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roles: Array<Role>, createdAt: string, user: { id: string, displayName: string, email: string } } }> }, invitations?: Array<{ id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string } | null }> }
        | { __typename: 'Provider', ukprn: string | null, registrationStatus: ProviderRegistrationStatus, settingType: ApSettingType | null, id: string, name: string, kind: OrganisationKind, providerUrn: string | null, sites: Array<{ id: string, name: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, localAuthority: { id: string, name: string } }>, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roles: Array<Role>, createdAt: string, user: { id: string, displayName: string, email: string } } }> }, invitations?: Array<{ id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string } | null }> }
        | { __typename: 'School', urn: string, laestab: string, id: string, name: string, kind: OrganisationKind, localAuthority: { id: string, name: string, laCode: string }, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roles: Array<Role>, createdAt: string, user: { id: string, displayName: string, email: string } } }> }, invitations?: Array<{ id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string } | null }> }
       } | null } | null };

export type PendingInvitationFragment = { id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string } | null };

export type OrganisationMembersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OrganisationMembersQuery = { me: { activeMembership: { id: string, organisation:
        | { id: string, name: string, kind: OrganisationKind, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roles: Array<Role>, createdAt: string, user: { id: string, displayName: string, email: string } } }> } }
        | { id: string, name: string, kind: OrganisationKind, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roles: Array<Role>, createdAt: string, user: { id: string, displayName: string, email: string } } }> } }
        | { id: string, name: string, kind: OrganisationKind, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roles: Array<Role>, createdAt: string, user: { id: string, displayName: string, email: string } } }> } }
        | { id: string, name: string, kind: OrganisationKind, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, roles: Array<Role>, createdAt: string, user: { id: string, displayName: string, email: string } } }> } }
       } | null } | null };

export type PendingInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingInvitationsQuery = { me: { activeMembership: { id: string, organisation:
        | { id: string, name: string, invitations: Array<{ id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string } | null }> }
        | { id: string, name: string, invitations: Array<{ id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string } | null }> }
        | { id: string, name: string, invitations: Array<{ id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string } | null }> }
        | { id: string, name: string, invitations: Array<{ id: string, email: string, roles: Array<Role>, status: InvitationStatus, expiresAt: string, invitedBy: { id: string, displayName: string } | null }> }
       } | null } | null };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, email: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, status: InvitationStatus } };

export type UpdateMemberRolesMutationVariables = Exact<{
  membershipId: string | number;
  roles: Array<Role> | Role;
}>;


export type UpdateMemberRolesMutation = { updateMemberRoles: { id: string, roles: Array<Role> } };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unreadOnly: boolean;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: string, title: string, body: string, link: string | null, createdAt: string, readAt: string | null } }> } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type MonitoringContextQueryVariables = Exact<{
  id: string | number;
}>;


export type MonitoringContextQuery = { placement: { id: string, status: PlacementStatus, startedOn: string | null, endedOn: string | null, pupilSummary: { name: string, yearGroup: number }, school: { id: string, name: string }, provider: { id: string, name: string }, objectives: Array<{ id: string, position: number, description: string, target: string }>, currentAgreement: { id: string, reportCadence: ReportCadence }, finalReport: { id: string } | null } };

export type PlacementMonitoringQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementMonitoringQuery = { placement: { id: string, status: PlacementStatus, startedOn: string | null, endedOn: string | null, endReason: string | null, destination: Destination | null, destinationDetail: string | null, lastReviewOn: string | null, nextReviewDue: string | null, lastVisitOn: string | null, currentAgreement: { id: string, reportCadence: ReportCadence }, objectives: Array<{ id: string, position: number, description: string, outcome: ObjectiveOutcome | null, outcomeNote: string | null }>, reviews: Array<{ id: string, heldOn: string, attendees: Array<string>, outcome: ReviewOutcome, summary: string | null, pupilViews: string | null, parentViews: string | null, nextReviewOn: string | null, recordedBy: string, objectiveProgress: Array<{ objectiveId: string, objective: string, progress: string }> }>, visits: Array<{ id: string, visitedAt: string, staffMember: string, attendancePercent: number | null, safeguardingConcerns: boolean, actionsForProvision: string | null }>, progressReports: Array<{ id: string, kind: ReportCadence, periodStart: string, periodEnd: string, staffName: string, attendancePercent: number, createdAt: string }>, finalReport: { id: string, attainmentAndProgress: string, attendancePercent: number | null, attendanceRecord: string, behaviourChange: string, pupilViews: string, nextSteps: string | null, staffName: string, createdAt: string } | null } };

export type ProgressReportRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgressReportRecordQuery = { progressReport: { id: string, kind: ReportCadence, periodStart: string, periodEnd: string, staffName: string, attendancePercent: number, attendanceCommentary: string | null, punctuality: string, attitudeToLearning: string, skillsCovered: string, targetsNextTerm: string, pupilViews: string | null, otherComments: string | null, createdAt: string, placement: { id: string, startedOn: string | null, endedOn: string | null, pupilSummary: { name: string }, provider: { id: string, name: string } } } };

export type PlacementRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementRecordQuery = { placement: { id: string, status: PlacementStatus, legalBasis: LegalBasis, viewerParty: AgreementParty | null, hoursPerWeek: number, attendancePattern: AttendancePattern, graduatedResponse: string | null, parentInvolvement: string | null, pupilViews: string | null, parentNoticeGivenOn: string | null, sendCaseworkerNotifiedOn: string | null, dualRegistered: boolean, homeSchoolHoursPerWeek: number, fullTimeMedicallyInappropriate: boolean, proposedAt: string | null, laNotifiedAt: string | null, agreedAt: string | null, startedOn: string | null, endedOn: string | null, endReason: string | null, destination: Destination | null, destinationDetail: string | null, reason: { id: string, label: string }, school: { id: string, name: string }, localAuthority: { id: string, name: string }, provider: { id: string, name: string }, sites: Array<{ id: string, name: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string }>, pupilSummary: { name: string, yearGroup: number, dateOfBirth: string, needsSummary: string | null, medicalNeeds: string | null, behaviourRiskAssessment: boolean, ehcPlan: boolean, lookedAfter: boolean, emergencyContactName: string | null, emergencyContactPhone: string | null }, plan: { rationale: string | null, assessmentArrangements: string | null, reintegrationRoute: string | null, readinessCriteria: string | null, linksToEhcPlan: boolean, linksToPep: boolean, linksToHealthPlan: boolean, linkedPlanNotes: string | null }, objectives: Array<{ id: string, position: number, description: string, baseline: string | null, target: string, measure: string, timeframe: string }>, currentAgreement: { id: string, version: number, providerCommitments: Array<string>, schoolCommitments: Array<string>, attendanceReporting: ReportingCadence, reviewIntervalWeeks: number, visitsPerTerm: number, reportCadence: ReportCadence, hoursPerWeek: number, startDate: string | null, proposedEndDate: string | null, costPence: number | null, costBasis: CostBasis | null, otherTerms: string | null, createdAt: string, isSigned: boolean, isFullySigned: boolean, missingParties: Array<AgreementParty>, timetable: Array<{ weekday: Weekday, session: SessionOfDay, startTime: string, endTime: string }>, signatures: Array<{ id: string, party: AgreementParty, signerName: string, signerRole: string | null, method: SignatureMethod, signedOn: string, recordedBy: string }> }, agreements: Array<{ id: string, version: number, createdAt: string, isFullySigned: boolean, signatures: Array<{ id: string, party: AgreementParty, signedOn: string }> }> } };

export type PlacementListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PlacementFilter | null | undefined;
}>;


export type PlacementListQuery = { placements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: PlacementStatus, hoursPerWeek: number, attendancePattern: AttendancePattern, startedOn: string | null, pupilSummary: { name: string }, school: { id: string, name: string }, provider: { id: string, name: string }, currentAgreement: { id: string, startDate: string | null } } }> } };

export type SignAgreementMutationVariables = Exact<{
  input: SignAgreementInput;
}>;


export type SignAgreementMutation = { signAgreement: { id: string, isFullySigned: boolean, placement: { id: string, status: PlacementStatus } } };

export type EvidenceCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceCatalogueQuery = { evidenceCatalogue: Array<{ code: EvidenceTypeCode, title: string, guidance: string, category: EvidenceCategory, required: boolean, renewalMonths: number, issuerLabel: string | null, details: Array<EvidenceDetail>, minimumCoverAmount: number | null, requiredBy: Array<string> }> };

export type ProviderOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ProviderOverviewQuery = { organisation:
    | { __typename: 'LocalAuthority', id: string, name: string }
    | { __typename: 'PlatformOrganisation', id: string, name: string }
    | { __typename: 'Provider', urn: string | null, ukprn: string | null, registrationStatus: ProviderRegistrationStatus, settingType: ApSettingType | null, id: string, name: string, profile: { legalName: string | null, ofstedGrade: OfstedGrade | null, ofstedInspectionDate: string | null, keyStages: Array<KeyStage>, subjects: Array<string>, qualifications: Array<string>, focus: Array<ProvisionFocus>, places: number | null, placesAvailable: number | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, dslName: string | null, dslEmail: string | null, dslPhone: string | null, dslTrainingDate: string | null, updatedAt: string | null }, sites: Array<{ id: string, name: string, addressLine1: string, addressLine2: string | null, town: string, postcode: string, localAuthority: { id: string, name: string } }> }
    | { __typename: 'School', id: string, name: string }
   | null };

export type EvidenceVersionFieldsFragment = { id: string, number: number, issuer: string | null, validFrom: string, expiresOn: string, coverAmount: number | null, kcsieYear: number | null, reportsChangesUndertaking: boolean | null, trainedStaffCount: number | null, courseName: string | null, uploadedAt: string, uploadedBy: { displayName: string }, document: { id: string, filename: string, contentType: string, size: number, downloadPath: string }, verifications: Array<{ id: string, verifiedAt: string, verifiedBy: { displayName: string }, localAuthority: { id: string, name: string } }> };

export type ProviderEvidenceQueryVariables = Exact<{
  id: string | number;
  withHistory: boolean;
}>;


export type ProviderEvidenceQuery = { organisation:
    | { __typename: 'LocalAuthority', id: string, name: string }
    | { __typename: 'PlatformOrganisation', id: string, name: string }
    | { __typename: 'Provider', id: string, name: string, evidence: Array<{ status: EvidenceStatus, type: { code: EvidenceTypeCode, title: string, guidance: string, category: EvidenceCategory, required: boolean, renewalMonths: number, issuerLabel: string | null, details: Array<EvidenceDetail>, minimumCoverAmount: number | null, requiredBy: Array<string> }, currentVersion: { id: string, number: number, issuer: string | null, validFrom: string, expiresOn: string, coverAmount: number | null, kcsieYear: number | null, reportsChangesUndertaking: boolean | null, trainedStaffCount: number | null, courseName: string | null, uploadedAt: string, uploadedBy: { displayName: string }, document: { id: string, filename: string, contentType: string, size: number, downloadPath: string }, verifications: Array<{ id: string, verifiedAt: string, verifiedBy: { displayName: string }, localAuthority: { id: string, name: string } }> } | null, history?: Array<{ id: string, number: number, issuer: string | null, validFrom: string, expiresOn: string, coverAmount: number | null, kcsieYear: number | null, reportsChangesUndertaking: boolean | null, trainedStaffCount: number | null, courseName: string | null, uploadedAt: string, uploadedBy: { displayName: string }, document: { id: string, filename: string, contentType: string, size: number, downloadPath: string }, verifications: Array<{ id: string, verifiedAt: string, verifiedBy: { displayName: string }, localAuthority: { id: string, name: string } }> }> }> }
    | { __typename: 'School', id: string, name: string }
   | null };

export type ApprovalFieldsFragment = { id: string, status: QaApprovalStatus, effectiveFrom: string, reviewDate: string | null, reason: string | null, decidedAt: string, decidedBy: string, framework: { id: string, name: string }, localAuthority: { id: string, name: string }, assessment: { id: string, outcome: QaRating | null, completedAt: string | null } | null };

export type AssessmentOutcomeFieldsFragment = { id: string, status: QaAssessmentStatus, outcome: QaRating | null, startedAt: string, completedAt: string | null, completedBy: string | null, detailsVisible: boolean, framework: { id: string, name: string }, localAuthority: { id: string, name: string }, version: { id: string, number: number, ratingScale: QaRatingScale } };

export type ProviderQualityQueryVariables = Exact<{
  id: string | number;
  withDetails: boolean;
}>;


export type ProviderQualityQuery = { organisation:
    | { __typename: 'LocalAuthority', id: string, name: string }
    | { __typename: 'PlatformOrganisation', id: string, name: string }
    | { __typename: 'Provider', id: string, name: string, approvals: Array<{ id: string, status: QaApprovalStatus, effectiveFrom: string, reviewDate: string | null, reason: string | null, decidedAt: string, decidedBy: string, framework: { id: string, name: string }, localAuthority: { id: string, name: string }, assessment: { id: string, outcome: QaRating | null, completedAt: string | null } | null }>, approvalHistory: { totalCount: number, edges: Array<{ node: { id: string, status: QaApprovalStatus, effectiveFrom: string, reviewDate: string | null, reason: string | null, decidedAt: string, decidedBy: string, framework: { id: string, name: string }, localAuthority: { id: string, name: string }, assessment: { id: string, outcome: QaRating | null, completedAt: string | null } | null } }> }, assessments: Array<{ id: string, status: QaAssessmentStatus, outcome: QaRating | null, startedAt: string, completedAt: string | null, completedBy: string | null, detailsVisible: boolean, actionPlan?: Array<{ id: string, description: string, dueDate: string, owner: string, status: QaActionItemStatus, doneAt: string | null, criterion: { id: string, code: string, title: string } | null }>, framework: { id: string, name: string }, localAuthority: { id: string, name: string }, version: { id: string, number: number, ratingScale: QaRatingScale } }>, assessmentHistory: { totalCount: number, edges: Array<{ node: { id: string, status: QaAssessmentStatus, outcome: QaRating | null, startedAt: string, completedAt: string | null, completedBy: string | null, detailsVisible: boolean, framework: { id: string, name: string }, localAuthority: { id: string, name: string }, version: { id: string, number: number, ratingScale: QaRatingScale } } }> } }
    | { __typename: 'School', id: string, name: string }
   | null };

export type AssessmentDetailQueryVariables = Exact<{
  id: string | number;
  withDetails: boolean;
}>;


export type AssessmentDetailQuery = { assessment: { id: string, status: QaAssessmentStatus, outcome: QaRating | null, startedAt: string, completedAt: string | null, completedBy: string | null, detailsVisible: boolean, summary?: string | null, framework: { id: string, name: string }, localAuthority: { id: string, name: string }, provider: { id: string, name: string }, version: { id: string, number: number, status: QaFrameworkVersionStatus, ratingScale: QaRatingScale, visitsPerYear: number | null, monthsBetweenVisits: number | null, criteria: Array<{ id: string, position: number, code: string, title: string, guidance: string, evidenceTypes: Array<string> }> }, ratings?: Array<{ id: string, rating: QaRating, comment: string, evidenceChecked: Array<string>, ratedAt: string, ratedBy: string, criterion: { id: string } }>, visits?: Array<{ id: string, visitDate: string, visitor: string, notes: string, recordedAt: string }>, actionPlan?: Array<{ id: string, description: string, dueDate: string, owner: string, status: QaActionItemStatus, createdAt: string, doneAt: string | null, criterion: { id: string, code: string, title: string } | null }> } | null };

export type ConcernListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ConcernFilter | null | undefined;
}>;


export type ConcernListQuery = { concerns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, pupilName: string, category: ConcernCategory, urgency: ConcernUrgency, raisedBySide: ConcernSide, createdAt: string, awaitingYourAcknowledgement: boolean, school: { id: string, name: string }, provider: { id: string, name: string }, acknowledgements: Array<{ side: ConcernSide }> } }> } };

export type ConcernDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ConcernDetailQuery = { concern: { id: string, pupilName: string, category: ConcernCategory, urgency: ConcernUrgency, whatHappened: string, happenedAt: string, actionsTaken: string | null, sharedWithLa: boolean, raisedBySide: ConcernSide, raisedByName: string, createdAt: string, awaitingYourAcknowledgement: boolean, school: { id: string, name: string }, provider: { id: string, name: string }, placement: { id: string } } };

export type ConcernChronologyOfPlacementQueryVariables = Exact<{
  placementId: string | number;
}>;


export type ConcernChronologyOfPlacementQuery = { concernChronology: Array<{ at: string, kind: ChronologyEntryKind, side: ConcernSide, by: string, text: string | null, concern: { id: string, category: ConcernCategory } }> };

export type ConcernPlacementsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConcernPlacementsQuery = { concernPlacements: { edges: Array<{ node: { id: string, status: PlacementStatus, pupilSummary: { name: string }, school: { id: string, name: string }, provider: { id: string, name: string } } }> } };

export type RaiseConcernMutationVariables = Exact<{
  input: RaiseConcernInput;
}>;


export type RaiseConcernMutation = { raiseConcern: { id: string } };

export type AddConcernUpdateMutationVariables = Exact<{
  input: AddConcernUpdateInput;
}>;


export type AddConcernUpdateMutation = { addConcernUpdate: { id: string } };

export type AcknowledgeConcernMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeConcernMutation = { acknowledgeConcern: { id: string, awaitingYourAcknowledgement: boolean } };

export type IncidentListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: IncidentFilter | null | undefined;
}>;


export type IncidentListQuery = { behaviourIncidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, severity: IncidentSeverity, description: string, actionTaken: string, reportedByName: string, decision: string | null, decisionByName: string | null, decidedAt: string | null, placement: { id: string, pupilSummary: { name: string }, provider: { id: string, name: string } } } }> } };

export type IncidentFieldsFragment = { id: string, occurredAt: string, severity: IncidentSeverity, description: string, actionTaken: string, reportedByName: string, decision: string | null, decisionByName: string | null, decidedAt: string | null, placement: { id: string, pupilSummary: { name: string }, provider: { id: string, name: string } } };

export type IncidentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentDetailQuery = { behaviourIncident: { id: string, occurredAt: string, severity: IncidentSeverity, description: string, actionTaken: string, reportedByName: string, decision: string | null, decisionByName: string | null, decidedAt: string | null, placement: { id: string, pupilSummary: { name: string }, provider: { id: string, name: string } } } };

export type RecordIncidentDecisionMutationVariables = Exact<{
  input: RecordIncidentDecisionInput;
}>;


export type RecordIncidentDecisionMutation = { recordIncidentDecision: { id: string } };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentMutation = { reportIncident: { id: string } };

export const SessionMeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionMe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}}]}}]} as unknown as DocumentNode<SessionMeFragment, unknown>;
export const OrganisationMemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<OrganisationMemberFragment, unknown>;
export const PendingInvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PendingInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PendingInvitationFragment, unknown>;
export const EvidenceVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"coverAmount"}},{"kind":"Field","name":{"kind":"Name","value":"kcsieYear"}},{"kind":"Field","name":{"kind":"Name","value":"reportsChangesUndertaking"}},{"kind":"Field","name":{"kind":"Name","value":"trainedStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceVersionFieldsFragment, unknown>;
export const ApprovalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QaApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<ApprovalFieldsFragment, unknown>;
export const AssessmentOutcomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QaAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}}]}}]}}]} as unknown as DocumentNode<AssessmentOutcomeFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BehaviourIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentFieldsFragment, unknown>;
export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionMe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionMe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionMe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionMe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SwitchOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionMe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionMe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}}]}}]} as unknown as DocumentNode<SwitchOrganisationMutation, SwitchOrganisationMutationVariables>;
export const UnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"existingAccount"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionMe"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionMe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Me"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotifications"}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Portal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"portal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portal"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MyOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withInvitations"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"laestab"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"providerUrn"},"name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"ukprn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"settingType"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationMember"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withInvitations"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PendingInvitation"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PendingInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const OrganisationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationMember"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<OrganisationMembersQuery, OrganisationMembersQueryVariables>;
export const PendingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PendingInvitation"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PendingInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const UpdateMemberRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberRolesMutation, UpdateMemberRolesMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MonitoringContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportCadence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringContextQuery, MonitoringContextQueryVariables>;
export const PlacementMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"destinationDetail"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDue"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportCadence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"pupilViews"}},{"kind":"Field","name":{"kind":"Name","value":"parentViews"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"actionsForProvision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attainmentAndProgress"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRecord"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourChange"}},{"kind":"Field","name":{"kind":"Name","value":"pupilViews"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementMonitoringQuery, PlacementMonitoringQueryVariables>;
export const ProgressReportRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressReportRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceCommentary"}},{"kind":"Field","name":{"kind":"Name","value":"punctuality"}},{"kind":"Field","name":{"kind":"Name","value":"attitudeToLearning"}},{"kind":"Field","name":{"kind":"Name","value":"skillsCovered"}},{"kind":"Field","name":{"kind":"Name","value":"targetsNextTerm"}},{"kind":"Field","name":{"kind":"Name","value":"pupilViews"}},{"kind":"Field","name":{"kind":"Name","value":"otherComments"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressReportRecordQuery, ProgressReportRecordQueryVariables>;
export const PlacementRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"viewerParty"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePattern"}},{"kind":"Field","name":{"kind":"Name","value":"graduatedResponse"}},{"kind":"Field","name":{"kind":"Name","value":"parentInvolvement"}},{"kind":"Field","name":{"kind":"Name","value":"pupilViews"}},{"kind":"Field","name":{"kind":"Name","value":"parentNoticeGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"sendCaseworkerNotifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dualRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"homeSchoolHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeMedicallyInappropriate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"laNotifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"destinationDetail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"needsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"medicalNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRiskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlan"}},{"kind":"Field","name":{"kind":"Name","value":"lookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentArrangements"}},{"kind":"Field","name":{"kind":"Name","value":"reintegrationRoute"}},{"kind":"Field","name":{"kind":"Name","value":"readinessCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"linksToEhcPlan"}},{"kind":"Field","name":{"kind":"Name","value":"linksToPep"}},{"kind":"Field","name":{"kind":"Name","value":"linksToHealthPlan"}},{"kind":"Field","name":{"kind":"Name","value":"linkedPlanNotes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"providerCommitments"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCommitments"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceReporting"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerTerm"}},{"kind":"Field","name":{"kind":"Name","value":"reportCadence"}},{"kind":"Field","name":{"kind":"Name","value":"timetable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"costPence"}},{"kind":"Field","name":{"kind":"Name","value":"costBasis"}},{"kind":"Field","name":{"kind":"Name","value":"otherTerms"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isSigned"}},{"kind":"Field","name":{"kind":"Name","value":"isFullySigned"}},{"kind":"Field","name":{"kind":"Name","value":"missingParties"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signerRole"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isFullySigned"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementRecordQuery, PlacementRecordQueryVariables>;
export const PlacementListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePattern"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementListQuery, PlacementListQueryVariables>;
export const SignAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isFullySigned"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SignAgreementMutation, SignAgreementMutationVariables>;
export const EvidenceCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"renewalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"issuerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"minimumCoverAmount"}},{"kind":"Field","name":{"kind":"Name","value":"requiredBy"}}]}}]}}]} as unknown as DocumentNode<EvidenceCatalogueQuery, EvidenceCatalogueQueryVariables>;
export const ProviderOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"ukprn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"settingType"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"ofstedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"ofstedInspectionDate"}},{"kind":"Field","name":{"kind":"Name","value":"keyStages"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"dslName"}},{"kind":"Field","name":{"kind":"Name","value":"dslEmail"}},{"kind":"Field","name":{"kind":"Name","value":"dslPhone"}},{"kind":"Field","name":{"kind":"Name","value":"dslTrainingDate"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderOverviewQuery, ProviderOverviewQueryVariables>;
export const ProviderEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withHistory"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"renewalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"issuerLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"minimumCoverAmount"}},{"kind":"Field","name":{"kind":"Name","value":"requiredBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withHistory"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceVersionFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"coverAmount"}},{"kind":"Field","name":{"kind":"Name","value":"kcsieYear"}},{"kind":"Field","name":{"kind":"Name","value":"reportsChangesUndertaking"}},{"kind":"Field","name":{"kind":"Name","value":"trainedStaffCount"}},{"kind":"Field","name":{"kind":"Name","value":"courseName"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderEvidenceQuery, ProviderEvidenceQueryVariables>;
export const ProviderQualityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderQuality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withDetails"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentOutcomeFields"}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDetails"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentOutcomeFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QaApproval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QaAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}}]}}]}}]} as unknown as DocumentNode<ProviderQualityQuery, ProviderQualityQueryVariables>;
export const AssessmentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withDetails"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDetails"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBetweenVisits"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceTypes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDetails"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceChecked"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratedBy"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDetails"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitDate"}},{"kind":"Field","name":{"kind":"Name","value":"visitor"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDetails"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentDetailQuery, AssessmentDetailQueryVariables>;
export const ConcernListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcernFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concerns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingYourAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConcernListQuery, ConcernListQueryVariables>;
export const ConcernDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilName"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"whatHappened"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actionsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithLa"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBySide"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingYourAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConcernDetailQuery, ConcernDetailQueryVariables>;
export const ConcernChronologyOfPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernChronologyOfPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concernChronology"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"concern"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<ConcernChronologyOfPlacementQuery, ConcernChronologyOfPlacementQueryVariables>;
export const ConcernPlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConcernPlacements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concernPlacements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConcernPlacementsQuery, ConcernPlacementsQueryVariables>;
export const RaiseConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaiseConcernMutation, RaiseConcernMutationVariables>;
export const AddConcernUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConcernUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddConcernUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConcernUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddConcernUpdateMutation, AddConcernUpdateMutationVariables>;
export const AcknowledgeConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingYourAcknowledgement"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeConcernMutation, AcknowledgeConcernMutationVariables>;
export const IncidentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"behaviourIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BehaviourIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentListQuery, IncidentListQueryVariables>;
export const IncidentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"behaviourIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BehaviourIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentDetailQuery, IncidentDetailQueryVariables>;
export const RecordIncidentDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIncidentDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIncidentDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIncidentDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordIncidentDecisionMutation, RecordIncidentDecisionMutationVariables>;
export const ReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportIncidentMutation, ReportIncidentMutationVariables>;