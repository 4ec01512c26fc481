import type { ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import type { ReportCadence, ReportingCadence } from '../placements/agreement.entity.js';
import type { Destination, LegalBasis, PlacementStatus } from '../placements/placement.entity.js';
import type { QaApprovalStatus } from '../qa/approval.entity.js';
import type { EvidenceStatus } from '../qa/evidence-status.js';

/**
 * Everything the rules read about one placement, gathered in a handful of batch queries
 * (compliance.facts-loader.ts) so each rule stays a small pure function of plain data.
 */
export interface PlacementFacts {
  id: string;
  status: PlacementStatus;
  legalBasis: LegalBasis;
  /** Day the referral was sent (England), null while DRAFT. */
  proposedOn: string | null;
  laNotified: boolean;
  startedOn: string | null;
  endedOn: string | null;
  destination: Destination | null;
  parentNoticeGivenOn: string | null;
  sendCaseworkerNotifiedOn: string | null;
  homeSchoolHoursPerWeek: number;
  fullTimeMedicallyInappropriate: boolean;
  rationale: string | null;
  assessmentArrangements: string | null;
  /** From the pupil's record, or the summary shared with the provider when the reader cannot see the record. */
  pupil: PupilFacts;
  objectives: { baseline: string | null }[];
  /** The current (latest) agreement version; null before one exists. */
  agreement: AgreementFacts | null;
  /** Hours a week at the pupil's other AGREED or ACTIVE placements (their latest agreements). */
  hoursElsewhere: number;
  lastReviewOn: string | null;
  /** The next review date the last review set, if any. */
  nextReviewOn: string | null;
  lastVisitOn: string | null;
  lastReportOn: string | null;
  finalReport: { pupilViews: string } | null;
  policy: PolicyFacts;
  provider: ProviderFacts;
}

export interface PupilFacts {
  ehcPlan: boolean;
  lookedAfter: boolean;
  behaviourRiskAssessment: boolean;
}

export interface AgreementFacts {
  hoursPerWeek: number;
  sessionsPerWeek: number;
  attendanceReporting: ReportingCadence;
  reviewIntervalWeeks: number;
  visitsPerTerm: number;
  reportCadence: ReportCadence;
  startDate: string | null;
  proposedEndDate: string | null;
}

/** The home school's AP policy (stored or the national defaults). */
export interface PolicyFacts {
  schoolName: string;
  attendanceReporting: ReportingCadence;
  reviewIntervalWeeks: number;
  fullTimeHoursThreshold: number;
  fullTimeProvidersMustBeRegistered: boolean;
  requiredFramework: { id: string; name: string } | null;
  teamTeachForBehaviourRisk: boolean;
  fullTimeInTotal: boolean;
  writtenPlanRequired: boolean;
  baselineRequired: boolean;
  finalReportRequired: boolean;
}

export interface ProviderFacts {
  id: string;
  name: string;
  registrationStatus: ProviderRegistrationStatus;
  /** Current standing on each framework with a decision. */
  approvals: { frameworkId: string; status: QaApprovalStatus; effectiveFrom: string }[];
  teamTeach: EvidenceFact;
  /** Required evidence (catalogue `required`) that is expired or missing. */
  evidenceGaps: (EvidenceFact & { title: string })[];
  /** Full-time pupils across every school (national threshold), from provider_full_time_counts(). */
  fullTimePupils: number;
  fullTimeEhcpOrLookedAfter: number;
}

export interface EvidenceFact {
  status: EvidenceStatus;
  expiresOn: string | null;
}
