import type { PlacementFacts } from './facts.js';
import type { ComplianceFinding, FindingSeverity } from './finding.type.js';
import { proposedEndDatePassed, progressReportOverdue, reviewOverdue, visitDue } from './monitoring-rules.js';
import {
  ehcpCaseworkerNotNotified,
  expiredProviderEvidence,
  laNotNotified,
  nonSchoolTimeLimit,
  offSiteDirectionNoticeShort,
  registrationThreshold,
} from './national-rules.js';
import {
  attendanceReportingLessOftenThanPolicy,
  finalReportMissing,
  fullTimeProviderNotRegistered,
  noTeamTeachTrainedStaff,
  notFullTimeInTotal,
  objectiveWithoutBaseline,
  providerNotApprovedOnRequiredFramework,
  writtenPlanIncomplete,
} from './policy-rules.js';
import type { Rule } from './rule.js';

/** Every rule, in the order findings are listed when equally serious. */
export const RULES: readonly Rule[] = [
  fullTimeProviderNotRegistered,
  providerNotApprovedOnRequiredFramework,
  noTeamTeachTrainedStaff,
  notFullTimeInTotal,
  writtenPlanIncomplete,
  objectiveWithoutBaseline,
  attendanceReportingLessOftenThanPolicy,
  reviewOverdue,
  visitDue,
  progressReportOverdue,
  finalReportMissing,
  laNotNotified,
  offSiteDirectionNoticeShort,
  ehcpCaseworkerNotNotified,
  registrationThreshold,
  nonSchoolTimeLimit,
  expiredProviderEvidence,
  proposedEndDatePassed,
];

const SEVERITY_ORDER: Record<FindingSeverity, number> = { BLOCKING: 0, WARNING: 1, INFO: 2 };

/** A placement's findings, most urgent first (no rule fires on a CANCELLED placement). */
export function evaluate(facts: PlacementFacts, today: string): ComplianceFinding[] {
  return RULES.map((rule) => rule(facts, today))
    .filter((found): found is ComplianceFinding => found !== null)
    .sort(byUrgency);
}

/** Most serious first, then the longest-standing (findings without a date last). */
export function byUrgency(a: ComplianceFinding, b: ComplianceFinding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.since ?? '9999').localeCompare(b.since ?? '9999') ||
    a.rule.localeCompare(b.rule) ||
    (a.placementId ?? '').localeCompare(b.placementId ?? '')
  );
}
