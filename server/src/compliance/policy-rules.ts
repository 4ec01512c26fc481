import { ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import { ReportingCadence } from '../placements/agreement.entity.js';
import { PlacementStatus } from '../placements/placement.entity.js';
import { APPROVING, QaApprovalStatus } from '../qa/approval.entity.js';
import { addDays } from '../qa/evidence-dates.js';
import { EvidenceStatus } from '../qa/evidence-status.js';
import type { ProviderFacts } from './facts.js';
import { FindingSeverity } from './finding.type.js';
import { finding, hours, hoursHere, isFullTime, isLive, listed, longDate, schoolPolicy, type Rule } from './rule.js';

/** Rules a school's own AP policy sets (the seeds): BLOCKING ones stop the agreement being signed. */

export const REGISTRATION_WORDS: Record<ProviderRegistrationStatus, string> = {
  REGISTERED_SCHOOL: 'a registered school',
  FURTHER_EDUCATION: 'a further-education provider, not a registered school',
  NON_SCHOOL: 'non-school (unregistered) alternative provision',
};

export const APPROVAL_WORDS: Record<QaApprovalStatus, string> = {
  APPROVED: 'approved',
  CONDITIONAL: 'approved on conditions',
  SUSPENDED: 'suspended',
  REMOVED: 'removed',
};

/** Provider requirements, shared with Provider.policyChecks. */
export const isRegisteredSchool = (provider: ProviderFacts): boolean => provider.registrationStatus === ProviderRegistrationStatus.REGISTERED_SCHOOL;

export const standingOn = (provider: ProviderFacts, frameworkId: string) => provider.approvals.find((approval) => approval.frameworkId === frameworkId) ?? null;

export const isApprovedOn = (provider: ProviderFacts, frameworkId: string): boolean => {
  const standing = standingOn(provider, frameworkId);
  return Boolean(standing && APPROVING.includes(standing.status));
};

/** Current or expiring Team Teach evidence still counts: only expired or missing evidence fails. */
export const hasTeamTeachStaff = (provider: ProviderFacts): boolean =>
  provider.teamTeach.status !== EvidenceStatus.EXPIRED && provider.teamTeach.status !== EvidenceStatus.MISSING;

export const fullTimeProviderNotRegistered: Rule = (facts) => {
  if (!facts.policy.fullTimeProvidersMustBeRegistered || !isLive(facts) || !isFullTime(facts) || isRegisteredSchool(facts.provider)) return null;
  const threshold = hours(facts.policy.fullTimeHoursThreshold);
  return finding(facts, {
    rule: 'FULL_TIME_PROVIDER_NOT_REGISTERED',
    severity: FindingSeverity.BLOCKING,
    title: 'Full-time placement at a provider that is not a registered school',
    explanation:
      `The timetable is ${hours(hoursHere(facts))} a week, full-time under the policy (${threshold} or more), and ${facts.provider.name} is ` +
      `${REGISTRATION_WORDS[facts.provider.registrationStatus]}. The policy allows full-time placements only at registered providers. ` +
      `It clears with a registered provider, or a part-time timetable of less than ${threshold} a week.`,
    source: schoolPolicy(facts),
  });
};

export const providerNotApprovedOnRequiredFramework: Rule = (facts) => {
  const framework = facts.policy.requiredFramework;
  if (!framework || !isLive(facts) || isApprovedOn(facts.provider, framework.id)) return null;
  const standing = standingOn(facts.provider, framework.id);
  return finding(facts, {
    rule: 'PROVIDER_NOT_APPROVED_ON_REQUIRED_FRAMEWORK',
    severity: FindingSeverity.BLOCKING,
    title: `Provider not approved on the ${framework.name}`,
    explanation:
      `${facts.provider.name} ${standing ? `is ${APPROVAL_WORDS[standing.status]}` : 'has no decision'} on the ${framework.name}. ` +
      `The policy uses only providers approved (or approved on conditions) on it. It clears when the local authority approves the provider; or choose an approved provider.`,
    source: schoolPolicy(facts),
    since: standing?.effectiveFrom,
  });
};

export const noTeamTeachTrainedStaff: Rule = (facts) => {
  if (!facts.policy.teamTeachForBehaviourRisk || !facts.pupil.behaviourRiskAssessment || !isLive(facts) || hasTeamTeachStaff(facts.provider)) return null;
  const { status, expiresOn } = facts.provider.teamTeach;
  const expired = status === EvidenceStatus.EXPIRED && expiresOn;
  return finding(facts, {
    rule: 'NO_TEAM_TEACH_TRAINED_STAFF',
    severity: FindingSeverity.BLOCKING,
    title: 'No Team Teach trained staff for a pupil with a behaviour risk assessment',
    explanation:
      `The pupil has a behaviour risk assessment, and the policy places such pupils only with providers whose staff are Team Teach (or equivalent) trained. ` +
      `${facts.provider.name}’s Team Teach training evidence ${expired ? `expired on ${longDate(expiresOn)}` : 'is missing from its QA record'}. ` +
      `It clears when the provider adds current Team Teach training evidence.`,
    source: schoolPolicy(facts),
    since: expired ? addDays(expiresOn, 1) : null,
  });
};

export const notFullTimeInTotal: Rule = (facts) => {
  if (!facts.policy.fullTimeInTotal || !isLive(facts) || facts.fullTimeMedicallyInappropriate) return null;
  const total = hoursHere(facts) + facts.hoursElsewhere + facts.homeSchoolHoursPerWeek;
  if (total >= facts.policy.fullTimeHoursThreshold) return null;
  return finding(facts, {
    rule: 'NOT_FULL_TIME_IN_TOTAL',
    severity: FindingSeverity.BLOCKING,
    title: 'Not full-time in total',
    explanation:
      `The pupil has ${hours(total)} a week in total (${hours(hoursHere(facts))} here, ${hours(facts.hoursElsewhere)} at other agreed placements, ` +
      `${hours(facts.homeSchoolHoursPerWeek)} at school), less than the ${hours(facts.policy.fullTimeHoursThreshold)} the policy counts as full-time. ` +
      `The policy gives every pupil full-time education in total unless that is medically inappropriate. ` +
      `It clears with more hours here, at school or at another placement, or when full-time education is recorded as medically inappropriate.`,
    source: schoolPolicy(facts),
  });
};

export const writtenPlanIncomplete: Rule = (facts) => {
  if (!facts.policy.writtenPlanRequired || !isLive(facts)) return null;
  const missing = [
    !facts.rationale?.trim() && 'the rationale',
    facts.objectives.length === 0 && 'the intended outcomes (objectives)',
    !facts.agreement?.proposedEndDate && 'the duration (a proposed end date)',
    !facts.assessmentArrangements?.trim() && 'the review arrangements (how progress is assessed)',
  ].filter((part): part is string => Boolean(part));
  if (!missing.length) return null;
  return finding(facts, {
    rule: 'WRITTEN_PLAN_INCOMPLETE',
    severity: FindingSeverity.BLOCKING,
    title: 'Written plan incomplete',
    explanation: `The policy needs a written plan with the rationale, intended outcomes, duration and review arrangements before the placement is agreed. Missing: ${listed(missing)}. It clears when the plan has them.`,
    source: schoolPolicy(facts),
  });
};

export const objectiveWithoutBaseline: Rule = (facts) => {
  if (!facts.policy.baselineRequired || !isLive(facts)) return null;
  const without = facts.objectives.filter((objective) => !objective.baseline?.trim()).length;
  if (!without) return null;
  return finding(facts, {
    rule: 'OBJECTIVE_WITHOUT_BASELINE',
    severity: FindingSeverity.BLOCKING,
    title: 'Objective without a baseline',
    explanation:
      `${without === 1 ? 'One objective has' : `${without} objectives have`} no baseline. The policy needs a baseline of the current position ` +
      `for every objective, to measure progress against. It clears when each objective has one.`,
    source: schoolPolicy(facts),
  });
};

export const attendanceReportingLessOftenThanPolicy: Rule = (facts) => {
  const agreed = facts.agreement?.attendanceReporting;
  if (!isLive(facts) || agreed !== ReportingCadence.WEEKLY || facts.policy.attendanceReporting !== ReportingCadence.DAILY) return null;
  return finding(facts, {
    rule: 'ATTENDANCE_REPORTING_LESS_OFTEN_THAN_POLICY',
    severity: FindingSeverity.BLOCKING,
    title: 'Attendance reported less often than the policy says',
    explanation:
      'The agreement has the provider report attendance weekly; the policy says daily. ' +
      'It clears when the agreement says daily (a new agreement version, if this one is signed).',
    source: schoolPolicy(facts),
  });
};

export const finalReportMissing: Rule = (facts) => {
  if (!facts.policy.finalReportRequired || facts.status !== PlacementStatus.ENDED) return null;
  const missing = [
    !facts.finalReport && "the provider's final report",
    facts.finalReport && !facts.finalReport.pupilViews.trim() && "the pupil's view in the final report",
    !facts.destination && "the pupil's destination",
  ].filter((part): part is string => Boolean(part));
  if (!missing.length) return null;
  return finding(facts, {
    rule: 'FINAL_REPORT_MISSING',
    severity: FindingSeverity.WARNING,
    title: 'Final report or destination missing',
    explanation:
      `The placement has ended without ${listed(missing)}. The policy has governors obtain a final report (attainment and progress, attendance, ` +
      `behaviour change, the pupil's view) and record the destination. It clears when they are recorded.`,
    source: schoolPolicy(facts),
    since: facts.endedOn,
  });
};
