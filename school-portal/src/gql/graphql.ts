/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Record that someone at the school has followed up an absence. */
export type AcknowledgeAbsenceAlertInput = {
  /** The alert. */
  id: string | number;
  /** What was done, e.g. "Spoke to mum: pupil unwell". */
  note?: string | null | undefined;
  /** The pupil’s social worker or youth offending team worker has been told. Only for pupils who have one. */
  workerInformed?: boolean;
};

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

/** Withdraws a placement before it starts. */
export type CancelPlacementInput = {
  /** The placement. */
  placementId: string | number;
  /** Why it is cancelled. */
  reason: string;
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

/** What the agreed cost is charged per. */
export type CostBasis =
  | 'PER_DAY'
  | 'PER_SESSION'
  | 'PER_TERM'
  | 'PER_WEEK'
  | 'WHOLE_PLACEMENT';

/** A range of days, YYYY-MM-DD, both included. */
export type DateRangeInput = {
  /** First day. */
  from: string;
  /** Last day. */
  to: string;
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

/** Ends an active placement: the last day, why, where the pupil goes next, and an outcome for every objective of the plan. */
export type EndPlacementInput = {
  /** The pupil's next destination: required. */
  destination?: Destination | null | undefined;
  /** Detail of the destination (school, college, course or employer): required for OTHER. */
  destinationDetail?: string | null | undefined;
  /** Why the placement ended. */
  endReason: string;
  /** The last day of the placement, YYYY-MM-DD: on or after the day it started, not in the future. */
  endedOn: string;
  /** An outcome for every objective of the plan. */
  objectiveOutcomes: Array<ObjectiveOutcomeInput>;
  /** The placement (your school’s), active. */
  placementId: string | number;
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

/** How serious a compliance finding is. */
export type FindingSeverity =
  /** Breaks the school's own policy: the agreement cannot be signed until it clears. */
  | 'BLOCKING'
  /** Worth knowing, e.g. a proposed national rule. */
  | 'INFO'
  /** Needs action: a duty or the policy is not being met. */
  | 'WARNING';

/** A CSV export of the school MIS: a header row, then one pupil a line. */
export type ImportPupilsInput = {
  /** The file’s text. Columns (any order, case ignored): UPN; Legal Surname (or Surname); Legal Forename (or Forename, First name); DOB (or Date of Birth; DD/MM/YYYY or YYYY-MM-DD); Sex (or Gender; F, M, U, Female, Male); Year (or Year Group, NC Year: 9, Year 9, R, Reception). Optional: Preferred Surname; Preferred Forename; SEN status (E = EHC plan, K = SEN support, N = none); Looked After (Y/N). */
  csv: string;
  /** Save the valid rows even when others are rejected. Otherwise any rejected row stops the whole import. */
  skipInvalidRows?: boolean;
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

/** How far an objective was met when the placement ended. */
export type ObjectiveOutcome =
  /** Achieved. */
  | 'ACHIEVED'
  /** Not achieved. */
  | 'NOT_ACHIEVED'
  /** Partly achieved. */
  | 'PARTLY_ACHIEVED';

/** How far one objective of the plan was met. */
export type ObjectiveOutcomeInput = {
  /** Evidence for the outcome. */
  note?: string | null | undefined;
  /** An objective of this placement’s plan. */
  objectiveId: string | number;
  /** Achieved, partly achieved or not achieved: required. */
  outcome?: ObjectiveOutcome | null | undefined;
};

/** Progress against one objective of the plan, found at a review. */
export type ObjectiveProgressInput = {
  /** An objective of this placement’s plan. */
  objectiveId: string | number;
  /** Progress made against it. */
  progress: string;
};

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

/** A requirement a school's AP policy makes of providers. */
export type PolicyRequirement =
  /** Approved (or approved on conditions) on the QA framework the policy names. */
  | 'APPROVED_ON_REQUIRED_FRAMEWORK'
  /** Full-time placements only at registered schools. */
  | 'REGISTERED_FOR_FULL_TIME'
  /** Current Team Teach training evidence, for pupils with a behaviour risk assessment. */
  | 'TEAM_TEACH_TRAINED_STAFF';

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

/** Narrows a list of pupils. Flags left out (or null) do not filter; true keeps pupils with the flag, false those without. */
export type PupilFilter = {
  /** Has a behaviour risk assessment. */
  behaviourRiskAssessment?: boolean | null | undefined;
  /** Has an EHC plan. */
  ehcPlan?: boolean | null | undefined;
  /** Has an allocated social worker. */
  hasSocialWorker?: boolean | null | undefined;
  /** Has a youth offending team worker. */
  hasYouthOffendingWorker?: boolean | null | undefined;
  /** Looked after by a local authority. */
  lookedAfter?: boolean | null | undefined;
  /** Has medical needs recorded. */
  medicalNeeds?: boolean | null | undefined;
  /** Local authority officers: only pupils on the roll of this school, one of the LA’s schools. */
  schoolId?: string | number | null | undefined;
  /** Part of a legal or preferred name, or of the UPN; case does not matter. Several words must all match. */
  search?: string | null | undefined;
  /** Receives SEN support. */
  senSupport?: boolean | null | undefined;
  /** Only this national curriculum year group (0 is Reception). */
  yearGroup?: number | null | undefined;
};

/** A pupil’s record on your school’s roll. Every field is set as given: an optional field left out is cleared. */
export type PupilInput = {
  /** Has a behaviour risk assessment. */
  behaviourRiskAssessment?: boolean;
  /** Date of birth, YYYY-MM-DD: a real date, for a pupil aged 2 to 19. */
  dateOfBirth: string;
  /** Has an EHC plan. */
  ehcPlan?: boolean;
  /** Parent or carer to contact in an emergency; required with a phone number. */
  emergencyContactName?: string | null | undefined;
  /** Emergency contact’s UK phone number; required with a name. */
  emergencyContactPhone?: string | null | undefined;
  /** Legal forename, up to 100 characters. */
  legalForename: string;
  /** Legal surname, up to 100 characters. */
  legalSurname: string;
  /** Looked after by a local authority. */
  lookedAfter?: boolean;
  /** Medical needs a provider must know about, up to 2,000 characters. */
  medicalNeeds?: string | null | undefined;
  /** Preferred forename, if different. */
  preferredForename?: string | null | undefined;
  /** Preferred surname, if different. */
  preferredSurname?: string | null | undefined;
  /** Receives SEN support; not together with an EHC plan. */
  senSupport?: boolean;
  /** Sex as the census records it. */
  sex: PupilSex;
  /** Social worker’s phone or e-mail. */
  socialWorkerContact?: string | null | undefined;
  /** Allocated social worker’s name; required when a social worker contact is given. */
  socialWorkerName?: string | null | undefined;
  /** Unique pupil number: 13 characters with its check letter; spaces and case do not matter. */
  upn: string;
  /** National curriculum year group: 0 (Reception) to 13. */
  yearGroup: number;
  /** Youth offending team worker’s phone or e-mail. */
  youthOffendingWorkerContact?: string | null | undefined;
  /** Youth offending team worker’s name; required when their contact is given. */
  youthOffendingWorkerName?: string | null | undefined;
};

/** Sex as recorded in the school census. */
export type PupilSex =
  /** Female. */
  | 'F'
  /** Male. */
  | 'M'
  /** Unknown. */
  | 'U';

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

/** A review meeting of an agreed or active placement, held on or after the day it started (or was agreed) and not in the future. */
export type RecordReviewInput = {
  /** Who attended, one entry each, e.g. "Sam Patel (AP lead, school)". At least one. */
  attendees: Array<string>;
  /** Date of the meeting, YYYY-MM-DD: today or earlier. */
  heldOn: string;
  /** Date of the next review, YYYY-MM-DD: after the meeting. */
  nextReviewOn?: string | null | undefined;
  /** Progress against objectives of the plan, at most one entry each. */
  objectiveProgress?: Array<ObjectiveProgressInput>;
  /** Continue, adjust or end. */
  outcome: ReviewOutcome;
  /** The parent or carer's views. */
  parentViews?: string | null | undefined;
  /** The placement (your school’s). */
  placementId: string | number;
  /** The pupil's own views. */
  pupilViews?: string | null | undefined;
  /** Summary of the discussion and any changes agreed. */
  summary?: string | null | undefined;
};

/** A school staff visit to the pupil at the provider: the seeds' AP visit proforma. The placement must be active. */
export type RecordVisitInput = {
  /** Actions for the provision. */
  actionsForProvision?: string | null | undefined;
  /** Actions for the school. */
  actionsForSchool?: string | null | undefined;
  /** Attainment. */
  attainment?: string | null | undefined;
  /** Attendance notes. */
  attendanceNotes?: string | null | undefined;
  /** Attendance % at the time of the visit, 0 to 100. */
  attendancePercent?: number | null | undefined;
  /** Behaviour and welfare notes. */
  behaviourWelfareNotes?: string | null | undefined;
  /** Curriculum and learning notes. */
  curriculumNotes?: string | null | undefined;
  /** Why the parent or carer was not contacted: required when parentContact is false. */
  noParentContactReason?: string | null | undefined;
  /** Other agencies involved. */
  otherAgencies?: string | null | undefined;
  /** The parent or carer was contacted. */
  parentContact: boolean;
  /** The placement (your school’s). */
  placementId: string | number;
  /** Progress. */
  progress?: string | null | undefined;
  /** The pupil's class or tutor group. */
  pupilClass?: string | null | undefined;
  /** The pupil's own views on the placement. */
  pupilViews?: string | null | undefined;
  /** Date of the next review meeting, YYYY-MM-DD: on or after the visit. */
  reviewMeetingOn?: string | null | undefined;
  /** Safeguarding concerns raised. The concerns themselves are recorded separately, DSL to DSL. */
  safeguardingConcerns: boolean;
  /** Member of staff who visited. */
  staffMember: string;
  /** Time of the visit in England, 24-hour HH:MM, e.g. "13:45". */
  visitTime: string;
  /** Date of the visit, YYYY-MM-DD: on or after the day the placement started, not in the future. */
  visitedOn: string;
};

/** How often the provider writes a progress report. */
export type ReportCadence =
  /** Once a half term. */
  | 'HALF_TERMLY'
  /** Once a term. */
  | 'TERMLY';

/** How often the provider reports attendance to the school. */
export type ReportingCadence =
  /** Every day. */
  | 'DAILY'
  /** Once a week. */
  | 'WEEKLY';

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

/** An objective of the personalised plan: new (no objectiveId) or changed. */
export type SaveObjectiveInput = {
  /** Where the pupil is now (required by some schools' policies before signing). */
  baseline?: string | null | undefined;
  /** What should improve. */
  description: string;
  /** How progress is measured. */
  measure: string;
  /** The objective to change; left out to add one at the end. */
  objectiveId?: string | number | null | undefined;
  /** The placement. */
  placementId: string | number;
  /** The target. */
  target: string;
  /** By when, e.g. "By February half term". */
  timeframe: string;
};

/** Sends the draft referral to the provider (PROPOSED) and notifies the home school's local authority. Shares a summary of the pupil, never the record. */
export type SendReferralInput = {
  /** Needs and risks the provider must know, in your words. */
  needsSummary?: string | null | undefined;
  /** The placement. */
  placementId: string | number;
  /** Share the pupil's emergency contact. */
  shareEmergencyContact?: boolean;
  /** Share the pupil's medical needs. */
  shareMedicalNeeds?: boolean;
};

/** A register session (domain.md §3.1). */
export type SessionOfDay =
  /** Morning session. */
  | 'AM'
  /** Afternoon session. */
  | 'PM';

/** Start assessing a provider against a published version of your LA’s framework. */
export type StartAssessmentInput = {
  /** The published framework version to assess against. */
  frameworkVersionId: string | number;
  /** The provider to assess. */
  providerId: string | number;
};

/** The pupil has started at the provider (AGREED to ACTIVE). */
export type StartPlacementInput = {
  /** The placement. */
  placementId: string | number;
  /** The first day the pupil attended, YYYY-MM-DD. */
  startedOn: string;
};

/** A new referral (DRAFT) of one of your school's pupils; the agreement starts from your AP policy. */
export type StartReferralInput = {
  /** The pupil is dual-registered at the provider. */
  dualRegistered?: boolean;
  /** Full-time education is medically inappropriate for the pupil. */
  fullTimeMedicallyInappropriate?: boolean;
  /** The graduated response already tried. */
  graduatedResponse?: string | null | undefined;
  /** Hours a week still taught at the home school alongside the placement. */
  homeSchoolHoursPerWeek?: number;
  /** The legal basis of the placement. */
  legalBasis: LegalBasis;
  /** How the parent or carer was involved in the decision. */
  parentInvolvement?: string | null | undefined;
  /** Off-site direction: date written notice was given to the parent, YYYY-MM-DD. */
  parentNoticeGivenOn?: string | null | undefined;
  /** The provider. Can change only while the referral is a draft. */
  providerId: string | number;
  /** The pupil, on your roll. */
  pupilId: string | number;
  /** The pupil's own views. */
  pupilViews?: string | null | undefined;
  /** The reason for the placement (placementReasons). */
  reasonId: string | number;
  /** EHC plan: date the SEND caseworker was told, YYYY-MM-DD. */
  sendCaseworkerNotifiedOn?: string | null | undefined;
  /** Every site of the provider the pupil may attend: at least one. */
  siteIds: Array<string | number>;
};

/** A session the pupil attends the provider each week. */
export type TimetableSessionInput = {
  /** End time, HH:MM (24-hour), after the start. */
  endTime: string;
  /** Morning (starts before 12:00) or afternoon (ends after 12:00). */
  session: SessionOfDay;
  /** Start time, HH:MM (24-hour). */
  startTime: string;
  /** Day of the week. */
  weekday: Weekday;
};

/** The whole content of an unsigned agreement version. Once anyone has signed it, start a new version to change it. */
export type UpdateAgreementInput = {
  /** The agreement version. */
  agreementId: string | number;
  /** How often the provider reports attendance. */
  attendanceReporting: ReportingCadence;
  /** What the cost is charged per (required with a cost). */
  costBasis?: CostBasis | null | undefined;
  /** Agreed cost in pence. */
  costPence?: number | null | undefined;
  /** Anything else agreed (transport, meals, exam entries). */
  otherTerms?: string | null | undefined;
  /** Proposed maximum end date, YYYY-MM-DD, after the start (required for an off-site direction). */
  proposedEndDate?: string | null | undefined;
  /** What the provider commits to, one commitment each. */
  providerCommitments: Array<string>;
  /** How often the provider writes a progress report. */
  reportCadence: ReportCadence;
  /** Longest gap between reviews, in weeks (1 to 16; half-termly is 6). */
  reviewIntervalWeeks: number;
  /** What the school commits to, one commitment each. */
  schoolCommitments: Array<string>;
  /** Start date, YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** The weekly timetable; at least one session before the referral is sent. */
  timetable: Array<TimetableSessionInput>;
  /** School visits to the pupil each term (0 to 13). */
  visitsPerTerm: number;
};

/** The personalised plan: rationale, monitoring, route back and linked plans. */
export type UpdatePlanInput = {
  /** How progress will be assessed and monitored. */
  assessmentArrangements?: string | null | undefined;
  /** Notes on the linked plans. */
  linkedPlanNotes?: string | null | undefined;
  /** Linked to the pupil's EHC plan. */
  linksToEhcPlan?: boolean;
  /** Linked to an individual health care plan. */
  linksToHealthPlan?: boolean;
  /** Linked to the personal education plan (PEP). */
  linksToPep?: boolean;
  /** The placement. */
  placementId: string | number;
  /** Why this placement, for this pupil, now. */
  rationale?: string | null | undefined;
  /** Criteria for judging readiness to reintegrate. */
  readinessCriteria?: string | null | undefined;
  /** Reintegration route or next step. */
  reintegrationRoute?: string | null | undefined;
};

/** A pupil’s record replaced as a whole (as the edit form sends it). */
export type UpdatePupilInput = {
  /** Has a behaviour risk assessment. */
  behaviourRiskAssessment?: boolean;
  /** Date of birth, YYYY-MM-DD: a real date, for a pupil aged 2 to 19. */
  dateOfBirth: string;
  /** Has an EHC plan. */
  ehcPlan?: boolean;
  /** Parent or carer to contact in an emergency; required with a phone number. */
  emergencyContactName?: string | null | undefined;
  /** Emergency contact’s UK phone number; required with a name. */
  emergencyContactPhone?: string | null | undefined;
  /** The pupil. */
  id: string | number;
  /** Legal forename, up to 100 characters. */
  legalForename: string;
  /** Legal surname, up to 100 characters. */
  legalSurname: string;
  /** Looked after by a local authority. */
  lookedAfter?: boolean;
  /** Medical needs a provider must know about, up to 2,000 characters. */
  medicalNeeds?: string | null | undefined;
  /** Preferred forename, if different. */
  preferredForename?: string | null | undefined;
  /** Preferred surname, if different. */
  preferredSurname?: string | null | undefined;
  /** Receives SEN support; not together with an EHC plan. */
  senSupport?: boolean;
  /** Sex as the census records it. */
  sex: PupilSex;
  /** Social worker’s phone or e-mail. */
  socialWorkerContact?: string | null | undefined;
  /** Allocated social worker’s name; required when a social worker contact is given. */
  socialWorkerName?: string | null | undefined;
  /** Unique pupil number: 13 characters with its check letter; spaces and case do not matter. */
  upn: string;
  /** National curriculum year group: 0 (Reception) to 13. */
  yearGroup: number;
  /** Youth offending team worker’s phone or e-mail. */
  youthOffendingWorkerContact?: string | null | undefined;
  /** Youth offending team worker’s name; required when their contact is given. */
  youthOffendingWorkerName?: string | null | undefined;
};

/** Changes to the referral: while it is a draft, or sent but with nobody signed yet (the provider is told of nothing new until it signs). */
export type UpdateReferralInput = {
  /** The pupil is dual-registered at the provider. */
  dualRegistered?: boolean;
  /** Full-time education is medically inappropriate for the pupil. */
  fullTimeMedicallyInappropriate?: boolean;
  /** The graduated response already tried. */
  graduatedResponse?: string | null | undefined;
  /** Hours a week still taught at the home school alongside the placement. */
  homeSchoolHoursPerWeek?: number;
  /** The legal basis of the placement. */
  legalBasis: LegalBasis;
  /** How the parent or carer was involved in the decision. */
  parentInvolvement?: string | null | undefined;
  /** Off-site direction: date written notice was given to the parent, YYYY-MM-DD. */
  parentNoticeGivenOn?: string | null | undefined;
  /** The placement. */
  placementId: string | number;
  /** The provider. Can change only while the referral is a draft. */
  providerId: string | number;
  /** The pupil's own views. */
  pupilViews?: string | null | undefined;
  /** The reason for the placement (placementReasons). */
  reasonId: string | number;
  /** EHC plan: date the SEND caseworker was told, YYYY-MM-DD. */
  sendCaseworkerNotifiedOn?: string | null | undefined;
  /** Every site of the provider the pupil may attend: at least one. */
  siteIds: Array<string | number>;
};

/** Your school's AP policy, every setting at once. */
export type UpdateSchoolApPolicyInput = {
  /** How often providers must report attendance. */
  attendanceReporting: ReportingCadence;
  /** The school's attendance target, 50 to 100 %. */
  attendanceTargetPercent: number;
  /** Every objective has a baseline before the agreement is signed. */
  baselineRequired: boolean;
  /** A final report with the pupil's view, and the destination, when a placement ends. */
  finalReportRequired: boolean;
  /** Hours a week from which a timetable counts as full-time, 10 to 32.5. */
  fullTimeHoursThreshold: number;
  /** Full-time education in total across settings unless medically inappropriate. */
  fullTimeInTotal: boolean;
  /** Full-time placements only at registered schools. */
  fullTimeProvidersMustBeRegistered: boolean;
  /** What providers commit to, one line each (blank lines are dropped). */
  providerCommitments: Array<string>;
  /** How often providers write a progress report. */
  reportCadence: ReportCadence;
  /** Providers must be approved (or approved on conditions) on this QA framework; null for none. */
  requiredFrameworkId?: string | number | null | undefined;
  /** Longest gap between reviews, 1 to 16 weeks. */
  reviewIntervalWeeks: number;
  /** What the school commits to, one line each (blank lines are dropped). */
  schoolCommitments: Array<string>;
  /** Pupils with a behaviour risk assessment only at providers with current Team Teach training evidence. */
  teamTeachForBehaviourRisk: boolean;
  /** School visits to each pupil per term, 0 to 12. */
  visitsPerTerm: number;
  /** A complete written plan before the agreement is signed. */
  writtenPlanRequired: boolean;
};

/** A school day. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type SchoolPortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolPortalHomeQuery = { me: { activeMembership: { id: string, roles: Array<Role>, organisation:
        | { __typename: 'LocalAuthority', laCode: string, id: string, name: string, kind: OrganisationKind }
        | { __typename: 'PlatformOrganisation', id: string, name: string, kind: OrganisationKind }
        | { __typename: 'Provider', id: string, name: string, kind: OrganisationKind }
        | { __typename: 'School', urn: string, laestab: string, id: string, name: string, kind: OrganisationKind, localAuthority: { id: string, name: string, laCode: string } }
       } | null } | null };

export type HomeFindingsQueryVariables = Exact<{
  first: number;
}>;


export type HomeFindingsQuery = { complianceFindings: { totalCount: number, edges: Array<{ node: { rule: string, severity: FindingSeverity, title: string, explanation: string, source: string, since: string | null, placementId: string | null, placement: { id: string, pupilSummary: { name: string }, provider: { id: string, name: string } } | null } }> } };

export type HomeFindingCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeFindingCountsQuery = { complianceSummary: { blocking: number, warning: number, info: number } };

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

export type AbsenceAlertFieldsFragment = { id: string, pupilName: string, date: string, session: SessionOfDay, reason: string, createdAt: string, hasSocialWorker: boolean, socialWorkerName: string | null, socialWorkerContact: string | null, hasYouthOffendingWorker: boolean, youthOffendingWorkerName: string | null, youthOffendingWorkerContact: string | null, acknowledgedAt: string | null, acknowledgedByName: string | null, workerInformedAt: string | null, workerInformedByName: string | null, note: string | null, placement: { id: string, provider: { id: string, name: string } } };

export type AbsenceAlertsQueryVariables = Exact<{
  first: number;
  unacknowledged?: boolean | null | undefined;
}>;


export type AbsenceAlertsQuery = { absenceAlerts: { totalCount: number, edges: Array<{ node: { id: string, pupilName: string, date: string, session: SessionOfDay, reason: string, createdAt: string, hasSocialWorker: boolean, socialWorkerName: string | null, socialWorkerContact: string | null, hasYouthOffendingWorker: boolean, youthOffendingWorkerName: string | null, youthOffendingWorkerContact: string | null, acknowledgedAt: string | null, acknowledgedByName: string | null, workerInformedAt: string | null, workerInformedByName: string | null, note: string | null, placement: { id: string, provider: { id: string, name: string } } } }> } };

export type AbsenceAlertQueryVariables = Exact<{
  id: string | number;
}>;


export type AbsenceAlertQuery = { absenceAlert: { id: string, pupilName: string, date: string, session: SessionOfDay, reason: string, createdAt: string, hasSocialWorker: boolean, socialWorkerName: string | null, socialWorkerContact: string | null, hasYouthOffendingWorker: boolean, youthOffendingWorkerName: string | null, youthOffendingWorkerContact: string | null, acknowledgedAt: string | null, acknowledgedByName: string | null, workerInformedAt: string | null, workerInformedByName: string | null, note: string | null, placement: { id: string, provider: { id: string, name: string } } } };

export type AcknowledgeAbsenceAlertMutationVariables = Exact<{
  input: AcknowledgeAbsenceAlertInput;
}>;


export type AcknowledgeAbsenceAlertMutation = { acknowledgeAbsenceAlert: { id: string, acknowledgedAt: string | null } };

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

export type SchoolAttendanceQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolAttendanceQuery = { placements: { totalCount: number, edges: Array<{ node: { id: string, pupilSummary: { name: string }, provider: { name: string }, attendanceSummary: { possibleSessions: number, attendedSessions: number, authorisedAbsences: number, unauthorisedAbsences: number, percent: number | null, targetPercent: number, belowTarget: boolean, unauthorisedInLastTenWeeks: number, penaltyThresholdReached: boolean, notYetReported: number } } }> } };

export type AttendanceExportQueryVariables = Exact<{
  input: DateRangeInput;
}>;


export type AttendanceExportQuery = { attendanceExport: { filename: string, csv: string, rowCount: number } };

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

export type RecordReviewMutationVariables = Exact<{
  input: RecordReviewInput;
}>;


export type RecordReviewMutation = { recordReview: { id: string } };

export type RecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;


export type RecordVisitMutation = { recordVisit: { id: string, safeguardingConcerns: boolean } };

export type EndPlacementMutationVariables = Exact<{
  input: EndPlacementInput;
}>;


export type EndPlacementMutation = { endPlacement: { id: string, status: PlacementStatus } };

export type VisitRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type VisitRecordQuery = { placementVisit: { id: string, visitedAt: string, staffMember: string, pupilClass: string | null, attendancePercent: number | null, safeguardingConcerns: boolean, attendanceNotes: string | null, behaviourWelfareNotes: string | null, progress: string | null, attainment: string | null, curriculumNotes: string | null, otherAgencies: string | null, actionsForSchool: string | null, actionsForProvision: string | null, parentContact: boolean, noParentContactReason: string | null, pupilViews: string | null, reviewMeetingOn: string | null, placement: { id: string, pupilSummary: { name: string }, provider: { id: string, name: string } } } };

export type PlacementReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacementReasonsQuery = { placementReasons: Array<{ id: string, label: string }> };

export type ReferralPupilQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralPupilQuery = { pupil: { id: string, displayName: string, yearGroup: number } };

export type PlacementOversightQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementOversightQuery = { placement: { id: string, pupil: { id: string, displayName: string, upn: string } | null, findings: Array<{ rule: string, severity: FindingSeverity, placementId: string | null, title: string, explanation: string, source: string, since: string | null }> } };

export type StartReferralMutationVariables = Exact<{
  input: StartReferralInput;
}>;


export type StartReferralMutation = { startReferral: { id: string } };

export type UpdateReferralMutationVariables = Exact<{
  input: UpdateReferralInput;
}>;


export type UpdateReferralMutation = { updateReferral: { id: string } };

export type UpdatePlanMutationVariables = Exact<{
  input: UpdatePlanInput;
}>;


export type UpdatePlanMutation = { updatePlan: { id: string } };

export type SaveObjectiveMutationVariables = Exact<{
  input: SaveObjectiveInput;
}>;


export type SaveObjectiveMutation = { saveObjective: { id: string, position: number } };

export type RemoveObjectiveMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveObjectiveMutation = { removeObjective: { id: string } };

export type UpdateAgreementMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type UpdateAgreementMutation = { updateAgreement: { id: string } };

export type NewAgreementVersionMutationVariables = Exact<{
  placementId: string | number;
}>;


export type NewAgreementVersionMutation = { newAgreementVersion: { id: string, version: number } };

export type SendReferralMutationVariables = Exact<{
  input: SendReferralInput;
}>;


export type SendReferralMutation = { sendReferral: { id: string, status: PlacementStatus } };

export type StartPlacementMutationVariables = Exact<{
  input: StartPlacementInput;
}>;


export type StartPlacementMutation = { startPlacement: { id: string, status: PlacementStatus } };

export type CancelPlacementMutationVariables = Exact<{
  input: CancelPlacementInput;
}>;


export type CancelPlacementMutation = { cancelPlacement: { id: string, status: PlacementStatus } };

export type PupilPlacementsQueryVariables = Exact<{
  id: string | number;
}>;


export type PupilPlacementsQuery = { pupil: { id: string, placements: Array<{ id: string, status: PlacementStatus, createdAt: string, startedOn: string | null, endedOn: string | null, hoursPerWeek: number, provider: { id: string, name: string }, currentAgreement: { id: string, startDate: string | null, proposedEndDate: string | null } }> } };

export type SchoolApPolicyQueryVariables = Exact<{
  schoolId: string | number;
}>;


export type SchoolApPolicyQuery = { myApPolicy: { id: string, saved: boolean, updatedAt: string, attendanceReporting: ReportingCadence, reviewIntervalWeeks: number, visitsPerTerm: number, reportCadence: ReportCadence, attendanceTargetPercent: number, fullTimeHoursThreshold: number, fullTimeProvidersMustBeRegistered: boolean, teamTeachForBehaviourRisk: boolean, fullTimeInTotal: boolean, writtenPlanRequired: boolean, baselineRequired: boolean, finalReportRequired: boolean, providerCommitments: Array<string>, schoolCommitments: Array<string>, requiredFramework: { id: string, name: string, localAuthority: { id: string, name: string } } | null }, organisation:
    | { __typename: 'LocalAuthority', id: string }
    | { __typename: 'PlatformOrganisation', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'School', id: string, localAuthority: { id: string, name: string, frameworks: Array<{ id: string, name: string }> } }
   | null };

export type UpdateSchoolApPolicyMutationVariables = Exact<{
  input: UpdateSchoolApPolicyInput;
}>;


export type UpdateSchoolApPolicyMutation = { updateSchoolApPolicy: { id: string } };

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

export type ProviderPolicyChecksQueryVariables = Exact<{
  id: string | number;
}>;


export type ProviderPolicyChecksQuery = { organisation:
    | { id: string }
    | { id: string }
    | { id: string, policyChecks: Array<{ requirement: PolicyRequirement, title: string, met: boolean, detail: string }> }
    | { id: string }
   | null };

export type PupilRecordFieldsFragment = { id: string, upn: string, legalSurname: string, legalForename: string, preferredSurname: string | null, preferredForename: string | null, displayName: string, dateOfBirth: string, sex: PupilSex, yearGroup: number, ehcPlan: boolean, senSupport: boolean, lookedAfter: boolean, behaviourRiskAssessment: boolean, hasSocialWorker: boolean, hasYouthOffendingWorker: boolean, socialWorkerName: string | null, socialWorkerContact: string | null, youthOffendingWorkerName: string | null, youthOffendingWorkerContact: string | null, medicalNeeds: string | null, emergencyContactName: string | null, emergencyContactPhone: string | null, school: { id: string, name: string } };

export type PupilListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PupilFilter | null | undefined;
}>;


export type PupilListQuery = { pupils: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, upn: string, legalSurname: string, legalForename: string, displayName: string, yearGroup: number, ehcPlan: boolean, senSupport: boolean, lookedAfter: boolean, behaviourRiskAssessment: boolean, hasSocialWorker: boolean, hasYouthOffendingWorker: boolean, medicalNeeds: string | null } }> } };

export type PupilDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PupilDetailQuery = { pupil: { id: string, upn: string, legalSurname: string, legalForename: string, preferredSurname: string | null, preferredForename: string | null, displayName: string, dateOfBirth: string, sex: PupilSex, yearGroup: number, ehcPlan: boolean, senSupport: boolean, lookedAfter: boolean, behaviourRiskAssessment: boolean, hasSocialWorker: boolean, hasYouthOffendingWorker: boolean, socialWorkerName: string | null, socialWorkerContact: string | null, youthOffendingWorkerName: string | null, youthOffendingWorkerContact: string | null, medicalNeeds: string | null, emergencyContactName: string | null, emergencyContactPhone: string | null, school: { id: string, name: string } } };

export type CreatePupilMutationVariables = Exact<{
  input: PupilInput;
}>;


export type CreatePupilMutation = { createPupil: { id: string, upn: string, legalSurname: string, legalForename: string, preferredSurname: string | null, preferredForename: string | null, displayName: string, dateOfBirth: string, sex: PupilSex, yearGroup: number, ehcPlan: boolean, senSupport: boolean, lookedAfter: boolean, behaviourRiskAssessment: boolean, hasSocialWorker: boolean, hasYouthOffendingWorker: boolean, socialWorkerName: string | null, socialWorkerContact: string | null, youthOffendingWorkerName: string | null, youthOffendingWorkerContact: string | null, medicalNeeds: string | null, emergencyContactName: string | null, emergencyContactPhone: string | null, school: { id: string, name: string } } };

export type UpdatePupilMutationVariables = Exact<{
  input: UpdatePupilInput;
}>;


export type UpdatePupilMutation = { updatePupil: { id: string, upn: string, legalSurname: string, legalForename: string, preferredSurname: string | null, preferredForename: string | null, displayName: string, dateOfBirth: string, sex: PupilSex, yearGroup: number, ehcPlan: boolean, senSupport: boolean, lookedAfter: boolean, behaviourRiskAssessment: boolean, hasSocialWorker: boolean, hasYouthOffendingWorker: boolean, socialWorkerName: string | null, socialWorkerContact: string | null, youthOffendingWorkerName: string | null, youthOffendingWorkerContact: string | null, medicalNeeds: string | null, emergencyContactName: string | null, emergencyContactPhone: string | null, school: { id: string, name: string } } };

export type ImportPupilsMutationVariables = Exact<{
  input: ImportPupilsInput;
}>;


export type ImportPupilsMutation = { importPupils: { applied: boolean, created: number, updated: number, rows: number, rejected: Array<{ line: number, upn: string | null, problems: Array<{ field: string, message: string }> }> } };

export const AbsenceAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AbsenceAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AbsenceAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthOffendingWorker"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}},{"kind":"Field","name":{"kind":"Name","value":"workerInformedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workerInformedByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AbsenceAlertFieldsFragment, unknown>;
export const PupilRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PupilRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pupil"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"legalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"legalForename"}},{"kind":"Field","name":{"kind":"Name","value":"preferredSurname"}},{"kind":"Field","name":{"kind":"Name","value":"preferredForename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlan"}},{"kind":"Field","name":{"kind":"Name","value":"senSupport"}},{"kind":"Field","name":{"kind":"Name","value":"lookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRiskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"hasSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthOffendingWorker"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"medicalNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PupilRecordFieldsFragment, unknown>;
export const SchoolPortalHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"laestab"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolPortalHomeQuery, SchoolPortalHomeQueryVariables>;
export const HomeFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"placementId"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeFindingsQuery, HomeFindingsQueryVariables>;
export const HomeFindingCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeFindingCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"info"}}]}}]}}]} as unknown as DocumentNode<HomeFindingCountsQuery, HomeFindingCountsQueryVariables>;
export const OrganisationDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"laestab"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"providerUrn"},"name":{"kind":"Name","value":"urn"}},{"kind":"Field","name":{"kind":"Name","value":"ukprn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationDirectoryQuery, OrganisationDirectoryQueryVariables>;
export const AbsenceAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AbsenceAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unacknowledged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absenceAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unacknowledged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unacknowledged"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AbsenceAlertFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AbsenceAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AbsenceAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthOffendingWorker"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}},{"kind":"Field","name":{"kind":"Name","value":"workerInformedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workerInformedByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AbsenceAlertsQuery, AbsenceAlertsQueryVariables>;
export const AbsenceAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AbsenceAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absenceAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AbsenceAlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AbsenceAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AbsenceAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthOffendingWorker"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByName"}},{"kind":"Field","name":{"kind":"Name","value":"workerInformedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workerInformedByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AbsenceAlertQuery, AbsenceAlertQueryVariables>;
export const AcknowledgeAbsenceAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAbsenceAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeAbsenceAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAbsenceAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAbsenceAlertMutation, AcknowledgeAbsenceAlertMutationVariables>;
export const StartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const RateCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateCriterionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}}]}}]} as unknown as DocumentNode<RateCriterionMutation, RateCriterionMutationVariables>;
export const RecordQaVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordQaVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordQaVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordQaVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordQaVisitMutation, RecordQaVisitMutationVariables>;
export const AddActionPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionPlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddActionPlanItemMutation, AddActionPlanItemMutationVariables>;
export const UpdateActionPlanItemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionPlanItemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QaActionItemStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionPlanItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]} as unknown as DocumentNode<UpdateActionPlanItemStatusMutation, UpdateActionPlanItemStatusMutationVariables>;
export const CompleteAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<CompleteAssessmentMutation, CompleteAssessmentMutationVariables>;
export const ProviderChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROVIDER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderChoicesQuery, ProviderChoicesQueryVariables>;
export const SchoolAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possibleSessions"}},{"kind":"Field","name":{"kind":"Name","value":"attendedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"unauthorisedAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"targetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"unauthorisedInLastTenWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyThresholdReached"}},{"kind":"Field","name":{"kind":"Name","value":"notYetReported"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolAttendanceQuery, SchoolAttendanceQueryVariables>;
export const AttendanceExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendanceExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendanceExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<AttendanceExportQuery, AttendanceExportQueryVariables>;
export const FrameworkListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"localAuthorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"latestPublishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBetweenVisits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkListQuery, FrameworkListQueryVariables>;
export const FrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Framework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBetweenVisits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestPublishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBetweenVisits"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceTypes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkQuery, FrameworkQueryVariables>;
export const FrameworkVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"monthsBetweenVisits"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceTypes"}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkVersionQuery, FrameworkVersionQueryVariables>;
export const FrameworkActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrameworkActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"framework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestPublishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inProgress"},"name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"completed"},"name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrameworkActivityQuery, FrameworkActivityQueryVariables>;
export const CreateFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QaFrameworkDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFramework"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateFrameworkMutation, CreateFrameworkMutationVariables>;
export const UpdateFrameworkDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFrameworkDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QaFrameworkDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFrameworkDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<UpdateFrameworkDraftMutation, UpdateFrameworkDraftMutationVariables>;
export const PublishFrameworkVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFrameworkVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFrameworkVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishFrameworkVersionMutation, PublishFrameworkVersionMutationVariables>;
export const CreateFrameworkDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFrameworkDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFrameworkDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"frameworkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frameworkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CreateFrameworkDraftMutation, CreateFrameworkDraftMutationVariables>;
export const RecordReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordReviewMutation, RecordReviewMutationVariables>;
export const RecordVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"}}]}}]}}]} as unknown as DocumentNode<RecordVisitMutation, RecordVisitMutationVariables>;
export const EndPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EndPlacementMutation, EndPlacementMutationVariables>;
export const VisitRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"}},{"kind":"Field","name":{"kind":"Name","value":"pupilClass"}},{"kind":"Field","name":{"kind":"Name","value":"attendancePercent"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingConcerns"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceNotes"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourWelfareNotes"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"curriculumNotes"}},{"kind":"Field","name":{"kind":"Name","value":"otherAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"actionsForSchool"}},{"kind":"Field","name":{"kind":"Name","value":"actionsForProvision"}},{"kind":"Field","name":{"kind":"Name","value":"parentContact"}},{"kind":"Field","name":{"kind":"Name","value":"noParentContactReason"}},{"kind":"Field","name":{"kind":"Name","value":"pupilViews"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMeetingOn"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupilSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VisitRecordQuery, VisitRecordQueryVariables>;
export const PlacementReasonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placementReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<PlacementReasonsQuery, PlacementReasonsQueryVariables>;
export const ReferralPupilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralPupil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pupil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}}]}}]}}]} as unknown as DocumentNode<ReferralPupilQuery, ReferralPupilQueryVariables>;
export const PlacementOversightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementOversight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pupil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"placementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementOversightQuery, PlacementOversightQueryVariables>;
export const StartReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartReferralMutation, StartReferralMutationVariables>;
export const UpdateReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateReferralMutation, UpdateReferralMutationVariables>;
export const UpdatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const SaveObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveObjectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SaveObjectiveMutation, SaveObjectiveMutationVariables>;
export const RemoveObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveObjectiveMutation, RemoveObjectiveMutationVariables>;
export const UpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const NewAgreementVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewAgreementVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newAgreementVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NewAgreementVersionMutation, NewAgreementVersionMutationVariables>;
export const SendReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SendReferralMutation, SendReferralMutationVariables>;
export const StartPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartPlacementMutation, StartPlacementMutationVariables>;
export const CancelPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelPlacementMutation, CancelPlacementMutationVariables>;
export const PupilPlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PupilPlacements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pupil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"proposedEndDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PupilPlacementsQuery, PupilPlacementsQueryVariables>;
export const SchoolApPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolApPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceReporting"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerTerm"}},{"kind":"Field","name":{"kind":"Name","value":"reportCadence"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceTargetPercent"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeHoursThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeProvidersMustBeRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"teamTeachForBehaviourRisk"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeInTotal"}},{"kind":"Field","name":{"kind":"Name","value":"writtenPlanRequired"}},{"kind":"Field","name":{"kind":"Name","value":"baselineRequired"}},{"kind":"Field","name":{"kind":"Name","value":"finalReportRequired"}},{"kind":"Field","name":{"kind":"Name","value":"providerCommitments"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCommitments"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFramework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"School"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolApPolicyQuery, SchoolApPolicyQueryVariables>;
export const UpdateSchoolApPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSchoolApPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchoolApPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchoolApPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateSchoolApPolicyMutation, UpdateSchoolApPolicyMutationVariables>;
export const ProviderDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderDirectoryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyStages"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"placesAvailable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"framework"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderDirectoryQuery, ProviderDirectoryQueryVariables>;
export const DirectoryChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"localAuthorities"},"name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LOCAL_AUTHORITY"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryChoicesQuery, DirectoryChoicesQueryVariables>;
export const VerifyEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEvidenceMutation, VerifyEvidenceMutationVariables>;
export const DecideApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideApprovalMutation, DecideApprovalMutationVariables>;
export const OwnFrameworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnFrameworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"localAuthorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"localAuthorityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latestPublishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScale"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OwnFrameworksQuery, OwnFrameworksQueryVariables>;
export const ProviderPolicyChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderPolicyChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderPolicyChecksQuery, ProviderPolicyChecksQueryVariables>;
export const PupilListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PupilList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PupilFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pupils"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"legalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"legalForename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlan"}},{"kind":"Field","name":{"kind":"Name","value":"senSupport"}},{"kind":"Field","name":{"kind":"Name","value":"lookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRiskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"hasSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthOffendingWorker"}},{"kind":"Field","name":{"kind":"Name","value":"medicalNeeds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PupilListQuery, PupilListQueryVariables>;
export const PupilDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PupilDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pupil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PupilRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PupilRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pupil"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"legalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"legalForename"}},{"kind":"Field","name":{"kind":"Name","value":"preferredSurname"}},{"kind":"Field","name":{"kind":"Name","value":"preferredForename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlan"}},{"kind":"Field","name":{"kind":"Name","value":"senSupport"}},{"kind":"Field","name":{"kind":"Name","value":"lookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRiskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"hasSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthOffendingWorker"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"medicalNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PupilDetailQuery, PupilDetailQueryVariables>;
export const CreatePupilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePupil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PupilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPupil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PupilRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PupilRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pupil"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"legalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"legalForename"}},{"kind":"Field","name":{"kind":"Name","value":"preferredSurname"}},{"kind":"Field","name":{"kind":"Name","value":"preferredForename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlan"}},{"kind":"Field","name":{"kind":"Name","value":"senSupport"}},{"kind":"Field","name":{"kind":"Name","value":"lookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRiskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"hasSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthOffendingWorker"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"medicalNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePupilMutation, CreatePupilMutationVariables>;
export const UpdatePupilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePupil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePupilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePupil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PupilRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PupilRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pupil"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"legalSurname"}},{"kind":"Field","name":{"kind":"Name","value":"legalForename"}},{"kind":"Field","name":{"kind":"Name","value":"preferredSurname"}},{"kind":"Field","name":{"kind":"Name","value":"preferredForename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"yearGroup"}},{"kind":"Field","name":{"kind":"Name","value":"ehcPlan"}},{"kind":"Field","name":{"kind":"Name","value":"senSupport"}},{"kind":"Field","name":{"kind":"Name","value":"lookedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourRiskAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"hasSocialWorker"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthOffendingWorker"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerName"}},{"kind":"Field","name":{"kind":"Name","value":"youthOffendingWorkerContact"}},{"kind":"Field","name":{"kind":"Name","value":"medicalNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePupilMutation, UpdatePupilMutationVariables>;
export const ImportPupilsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPupils"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPupilsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPupils"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"upn"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportPupilsMutation, ImportPupilsMutationVariables>;