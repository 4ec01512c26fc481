/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why the pupil was absent (national attendance codes, domain.md §3.2). */
export type AbsenceReason =
  /** Suspended or excluded (code E). */
  | 'EXCLUDED'
  /** Illness (code I). */
  | 'ILLNESS'
  /** Medical or dental appointment (code M). */
  | 'MEDICAL_APPOINTMENT'
  /** Other exceptional leave authorised by the school (code C). */
  | 'OTHER_AUTHORISED'
  /** Reason not yet provided: the school must resolve it (code N). */
  | 'REASON_NOT_YET_KNOWN'
  /** Religious observance (code R). */
  | 'RELIGIOUS_OBSERVANCE'
  /** Usual transport not available (code Y1). */
  | 'TRANSPORT_NOT_AVAILABLE'
  /** Other unauthorised absence (code O). */
  | 'UNAUTHORISED';

/** A new version of one kind of evidence for your provider: the uploaded document (POST /files), its dates, and the details its type needs (EvidenceType.details). */
export type AddEvidenceVersionInput = {
  /** The course or its equivalent (types with COURSE_NAME). */
  courseName?: string | null | undefined;
  /** Insurance cover in whole pounds (types with COVER_AMOUNT). */
  coverAmount?: number | null | undefined;
  /** The document, uploaded by your organisation with POST /files. */
  documentId: string | number;
  /** The expiry or review-due date, after validFrom. Left out: the day before validFrom plus the type’s renewalMonths. */
  expiresOn?: string | null | undefined;
  /** Who issued it; required when the type has an issuerLabel. */
  issuer?: string | null | undefined;
  /** The KCSIE edition the checks follow, e.g. 2025 (types with KCSIE_YEAR). */
  kcsieYear?: number | null | undefined;
  /** Must be true: you will tell commissioners about changes that may put a child at risk (types with REPORTS_CHANGES_UNDERTAKING). */
  reportsChangesUndertaking?: boolean | null | undefined;
  /** How many staff are trained (types with TRAINED_STAFF_COUNT). */
  trainedStaffCount?: number | null | undefined;
  /** Which kind of evidence. */
  type: EvidenceTypeCode;
  /** The first day it applies. */
  validFrom: string;
};

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

/** The provider's mark for one session. */
export type AttendanceMark =
  /** Did not attend (give the reason). */
  | 'ABSENT'
  /** Attended, arriving late (give the minutes). */
  | 'LATE'
  /** Not required to attend this session (timetable change agreed with the school). */
  | 'NOT_REQUIRED'
  /** Attended the session. */
  | 'PRESENT';

/** A range of days, YYYY-MM-DD, both included. */
export type DateRangeInput = {
  /** First day. */
  from: string;
  /** Last day. */
  to: string;
};

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

/** Changes to your provider’s profile. Leave a field out to keep it as it is; send null (or an empty list) to clear it. */
export type ProviderProfileInput = {
  /** Main contact: e-mail address. */
  contactEmail?: string | null | undefined;
  /** Main contact: name. */
  contactName?: string | null | undefined;
  /** Main contact: UK telephone number. */
  contactPhone?: string | null | undefined;
  /** Designated safeguarding lead: e-mail address. */
  dslEmail?: string | null | undefined;
  /** Designated safeguarding lead: name. */
  dslName?: string | null | undefined;
  /** Designated safeguarding lead: UK telephone number. */
  dslPhone?: string | null | undefined;
  /** When the DSL last completed DSL training; not in the future. */
  dslTrainingDate?: string | null | undefined;
  /** What the provision concentrates on. */
  focus?: Array<ProvisionFocus> | null | undefined;
  /** Key stages taught. */
  keyStages?: Array<KeyStage> | null | undefined;
  /** Legal name of the organisation. */
  legalName?: string | null | undefined;
  /** Grade at the last Ofsted inspection (registered schools and colleges only). */
  ofstedGrade?: OfstedGrade | null | undefined;
  /** Date of the last inspection; required with a grade, not in the future. */
  ofstedInspectionDate?: string | null | undefined;
  /** Places in all; 0 or more. */
  places?: number | null | undefined;
  /** Places available now; 0 or more and no more than `places`. */
  placesAvailable?: number | null | undefined;
  /** Qualifications and accreditation offered. */
  qualifications?: Array<string> | null | undefined;
  /** Subjects offered. */
  subjects?: Array<string> | null | undefined;
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

/** Marks to record together: all are saved or none. */
export type RecordSessionMarksInput = {
  /** The marks, at most 1,000; each placement, date and session once. */
  marks: Array<SessionMarkInput>;
};

/** How often the provider writes a progress report. */
export type ReportCadence =
  /** Once a half term. */
  | 'HALF_TERMLY'
  /** Once a term. */
  | 'TERMLY';

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

/** One session mark to record. */
export type SessionMarkInput = {
  /** Why the pupil was absent: required for an absent mark, and only for one. */
  absenceReason?: AbsenceReason | null | undefined;
  /** Why a mark of an earlier day is being changed: required for such a correction. */
  correctionReason?: string | null | undefined;
  /** The day of the session, YYYY-MM-DD: today or earlier, within the placement. */
  date: string;
  /** The mark. */
  mark: AttendanceMark;
  /** Minutes late, 1 to 300: required for a late mark, and only for one. */
  minutesLate?: number | null | undefined;
  /** A note for the school (up to 500 characters). Left out, an existing mark keeps its note; null clears it. */
  note?: string | null | undefined;
  /** The placement. */
  placementId: string | number;
  /** Morning or afternoon. */
  session: SessionOfDay;
};

/** A register session (domain.md §3.1). */
export type SessionOfDay =
  /** Morning session. */
  | 'AM'
  /** Afternoon session. */
  | 'PM';

/** The provider's final report on an active or ended placement (seed 003): one per placement. */
export type SubmitFinalReportInput = {
  /** Academic attainment and progress during the placement. */
  attainmentAndProgress: string;
  /** Attendance over the placement, %, 0 to 100. */
  attendancePercent?: number | null | undefined;
  /** Attendance record. */
  attendanceRecord: string;
  /** Evidence of change in behaviour. */
  behaviourChange: string;
  /** Recommended next steps. */
  nextSteps?: string | null | undefined;
  /** The placement (with your provider). */
  placementId: string | number;
  /** The pupil's view of the placement. */
  pupilViews: string;
  /** Name of the staff member writing it. */
  staffName: string;
};

/** The provider's termly or half-termly report (the seeds' AP termly review), on an active placement or, once ended, for its last period. The period lies within the placement's dates. */
export type SubmitProgressReportInput = {
  /** Commentary on attendance: required below 100%. */
  attendanceCommentary?: string | null | undefined;
  /** Attendance over the period, %, 0 to 100. */
  attendancePercent: number;
  /** Attitude to learning. */
  attitudeToLearning: string;
  /** Termly or half-termly. */
  kind: ReportCadence;
  /** Any other comments. */
  otherComments?: string | null | undefined;
  /** Last day the report covers, YYYY-MM-DD: after the first, not in the future, and not after the placement ended. */
  periodEnd: string;
  /** First day the report covers, YYYY-MM-DD: on or after the day the placement started. */
  periodStart: string;
  /** The placement (with your provider). */
  placementId: string | number;
  /** Punctuality. */
  punctuality: string;
  /** The pupil's own views. */
  pupilViews?: string | null | undefined;
  /** Brief summary of skills covered. */
  skillsCovered: string;
  /** Name of the staff member completing the report. */
  staffName: string;
  /** Targets for next term. */
  targetsNextTerm: string;
};

export type ProviderPortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderPortalHomeQuery = { me: { activeMembership: { id: string, roles: Array<Role>, organisation:
        | { __typename: 'LocalAuthority', id: string, name: string, kind: OrganisationKind }
        | { __typename: 'PlatformOrganisation', id: string, name: string, kind: OrganisationKind }
        | { __typename: 'Provider', urn: string | null, ukprn: string | null, registrationStatus: ProviderRegistrationStatus, settingType: ApSettingType | null, id: string, name: string, kind: OrganisationKind, sites: Array<{ id: string }> }
        | { __typename: 'School', id: string, name: string, kind: OrganisationKind }
       } | null } | null };

export type AttendanceGridQueryVariables = Exact<{
  input: DateRangeInput;
}>;


export type AttendanceGridQuery = { attendanceGrid: { from: string, to: string, rows: Array<{ placement: { id: string, pupilSummary: { name: string, yearGroup: number } }, cells: Array<{ date: string, session: SessionOfDay, timetabled: boolean, mark: { id: string, mark: AttendanceMark, minutesLate: number | null, absenceReason: AbsenceReason | null, version: number, recordedByName: string } | null }> }> } };

export type RecordSessionMarksMutationVariables = Exact<{
  input: RecordSessionMarksInput;
}>;


export type RecordSessionMarksMutation = { recordSessionMarks: Array<{ id: string }> };

export type SubmitProgressReportMutationVariables = Exact<{
  input: SubmitProgressReportInput;
}>;


export type SubmitProgressReportMutation = { submitProgressReport: { id: string, kind: ReportCadence } };

export type SubmitFinalReportMutationVariables = Exact<{
  input: SubmitFinalReportInput;
}>;


export type SubmitFinalReportMutation = { submitFinalReport: { id: string } };

export type UpdateProviderProfileMutationVariables = Exact<{
  input: ProviderProfileInput;
}>;


export type UpdateProviderProfileMutation = { updateProviderProfile: { updatedAt: string | null } };

export type AddEvidenceVersionMutationVariables = Exact<{
  input: AddEvidenceVersionInput;
}>;


export type AddEvidenceVersionMutation = { addEvidenceVersion: { status: EvidenceStatus, currentVersion: { id: string, number: number } | null } };

export type ActivePlacementsToReportOnQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivePlacementsToReportOnQuery = { placements: { edges: Array<{ node: { id: string, pupilSummary: { name: string }, school: { id: string, name: string } } }> } };


export const ProviderPortalHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderPortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"ukprn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"settingType"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderPortalHomeQuery, ProviderPortalHomeQueryVariables>;
export const AttendanceGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendanceGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"timetabled"}},{"kind":"Field","name":{"kind":"Name","value":"mark"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLate"}},{"kind":"Field","name":{"kind":"Name","value":"absenceReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttendanceGridQuery, AttendanceGridQueryVariables>;
export const RecordSessionMarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSessionMarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionMarksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSessionMarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordSessionMarksMutation, RecordSessionMarksMutationVariables>;
export const SubmitProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SubmitProgressReportMutation, SubmitProgressReportMutationVariables>;
export const SubmitFinalReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFinalReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFinalReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFinalReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubmitFinalReportMutation, SubmitFinalReportMutationVariables>;
export const UpdateProviderProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProviderProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProviderProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateProviderProfileMutation, UpdateProviderProfileMutationVariables>;
export const AddEvidenceVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEvidenceVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEvidenceVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEvidenceVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<AddEvidenceVersionMutation, AddEvidenceVersionMutationVariables>;
export const ActivePlacementsToReportOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivePlacementsToReportOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivePlacementsToReportOnQuery, ActivePlacementsToReportOnQueryVariables>;