import { describe, expect, it } from 'vitest';
import { ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import { ReportCadence, ReportingCadence } from '../placements/agreement.entity.js';
import { Destination, LegalBasis, PlacementStatus } from '../placements/placement.entity.js';
import { QaApprovalStatus } from '../qa/approval.entity.js';
import { EvidenceStatus } from '../qa/evidence-status.js';
import type { AgreementFacts, PlacementFacts, PolicyFacts, ProviderFacts, PupilFacts } from './facts.js';
import { schoolDaysBefore } from './national-rules.js';
import { policyChecks } from './policy-checks.js';
import { evaluate } from './rules.js';

/** Rules as pure functions: each fires on the facts that break it and clears on the facts that mend it. */

const TODAY = '2026-11-25'; // a Wednesday
const FRAMEWORK = { id: 'framework-1', name: 'DMBC QA Framework' };

interface Overrides extends Partial<Omit<PlacementFacts, 'policy' | 'provider' | 'agreement' | 'pupil'>> {
  policy?: Partial<PolicyFacts>;
  provider?: Partial<ProviderFacts>;
  agreement?: Partial<AgreementFacts> | null;
  pupil?: Partial<PupilFacts>;
}

/** An ACTIVE placement that breaks no rule: registered provider, full plan, recent review, visit and report. */
function facts(overrides: Overrides = {}): PlacementFacts {
  const { policy, provider, agreement, pupil, ...rest } = overrides;
  return {
    id: 'placement-1',
    status: PlacementStatus.ACTIVE,
    legalBasis: LegalBasis.OTHER_SCHOOL_ARRANGED,
    proposedOn: '2026-09-01',
    laNotified: true,
    startedOn: '2026-11-02',
    endedOn: null,
    destination: null,
    parentNoticeGivenOn: null,
    sendCaseworkerNotifiedOn: null,
    homeSchoolHoursPerWeek: 0,
    fullTimeMedicallyInappropriate: false,
    rationale: 'Needs a smaller setting.',
    assessmentArrangements: 'Half-termly reviews against the objectives.',
    objectives: [{ baseline: 'Attendance 62%' }],
    hoursElsewhere: 0,
    lastReviewOn: null,
    nextReviewOn: null,
    lastVisitOn: null,
    lastReportOn: null,
    finalReport: null,
    ...rest,
    pupil: { ehcPlan: false, lookedAfter: false, behaviourRiskAssessment: false, ...pupil },
    agreement:
      agreement === null
        ? null
        : {
            hoursPerWeek: 25,
            sessionsPerWeek: 10,
            attendanceReporting: ReportingCadence.DAILY,
            reviewIntervalWeeks: 6,
            visitsPerTerm: 1,
            reportCadence: ReportCadence.TERMLY,
            startDate: '2026-11-02',
            proposedEndDate: '2027-01-25',
            ...agreement,
          },
    policy: {
      schoolName: 'Oakfield School',
      attendanceReporting: ReportingCadence.DAILY,
      reviewIntervalWeeks: 6,
      fullTimeHoursThreshold: 18,
      fullTimeProvidersMustBeRegistered: false,
      requiredFramework: null,
      teamTeachForBehaviourRisk: false,
      fullTimeInTotal: false,
      writtenPlanRequired: false,
      baselineRequired: false,
      finalReportRequired: false,
      ...policy,
    },
    provider: {
      id: 'provider-1',
      name: 'Bridge Park School',
      registrationStatus: ProviderRegistrationStatus.REGISTERED_SCHOOL,
      approvals: [],
      teamTeach: { status: EvidenceStatus.CURRENT, expiresOn: '2027-09-01' },
      evidenceGaps: [],
      fullTimePupils: 0,
      fullTimeEhcpOrLookedAfter: 0,
      ...provider,
    },
  };
}

const rulesOf = (placement: PlacementFacts, today = TODAY) => evaluate(placement, today).map((found) => found.rule);
const findingOf = (rule: string, placement: PlacementFacts, today = TODAY) => evaluate(placement, today).find((found) => found.rule === rule);

const NON_SCHOOL = { registrationStatus: ProviderRegistrationStatus.NON_SCHOOL, name: 'Pathways Outdoor Learning' };

const CASES: { rule: string; severity: string; fires: Overrides; clears: Overrides[] }[] = [
  {
    rule: 'FULL_TIME_PROVIDER_NOT_REGISTERED',
    severity: 'BLOCKING',
    fires: { status: PlacementStatus.PROPOSED, policy: { fullTimeProvidersMustBeRegistered: true }, provider: NON_SCHOOL },
    clears: [
      { status: PlacementStatus.PROPOSED, policy: { fullTimeProvidersMustBeRegistered: true } },
      { status: PlacementStatus.PROPOSED, policy: { fullTimeProvidersMustBeRegistered: true }, provider: NON_SCHOOL, agreement: { hoursPerWeek: 10 } },
      { status: PlacementStatus.PROPOSED, provider: NON_SCHOOL },
    ],
  },
  {
    rule: 'PROVIDER_NOT_APPROVED_ON_REQUIRED_FRAMEWORK',
    severity: 'BLOCKING',
    fires: { policy: { requiredFramework: FRAMEWORK }, provider: { approvals: [{ frameworkId: FRAMEWORK.id, status: QaApprovalStatus.SUSPENDED, effectiveFrom: '2026-10-01' }] } },
    clears: [
      { policy: { requiredFramework: FRAMEWORK }, provider: { approvals: [{ frameworkId: FRAMEWORK.id, status: QaApprovalStatus.CONDITIONAL, effectiveFrom: '2026-10-01' }] } },
      { policy: { requiredFramework: FRAMEWORK }, provider: { approvals: [{ frameworkId: FRAMEWORK.id, status: QaApprovalStatus.APPROVED, effectiveFrom: '2026-10-01' }] } },
    ],
  },
  {
    rule: 'NO_TEAM_TEACH_TRAINED_STAFF',
    severity: 'BLOCKING',
    fires: { policy: { teamTeachForBehaviourRisk: true }, pupil: { behaviourRiskAssessment: true }, provider: { teamTeach: { status: EvidenceStatus.EXPIRED, expiresOn: '2026-10-31' } } },
    clears: [
      { policy: { teamTeachForBehaviourRisk: true }, pupil: { behaviourRiskAssessment: true } },
      { policy: { teamTeachForBehaviourRisk: true }, pupil: { behaviourRiskAssessment: true }, provider: { teamTeach: { status: EvidenceStatus.EXPIRING, expiresOn: '2026-12-01' } } },
      { policy: { teamTeachForBehaviourRisk: true }, provider: { teamTeach: { status: EvidenceStatus.MISSING, expiresOn: null } } },
    ],
  },
  {
    rule: 'NOT_FULL_TIME_IN_TOTAL',
    severity: 'BLOCKING',
    fires: { policy: { fullTimeInTotal: true }, agreement: { hoursPerWeek: 10 }, hoursElsewhere: 5 },
    clears: [
      { policy: { fullTimeInTotal: true }, agreement: { hoursPerWeek: 10 }, hoursElsewhere: 5, homeSchoolHoursPerWeek: 3 },
      { policy: { fullTimeInTotal: true }, agreement: { hoursPerWeek: 10 }, hoursElsewhere: 8 },
      { policy: { fullTimeInTotal: true }, agreement: { hoursPerWeek: 10 }, fullTimeMedicallyInappropriate: true },
    ],
  },
  {
    rule: 'WRITTEN_PLAN_INCOMPLETE',
    severity: 'BLOCKING',
    fires: { status: PlacementStatus.DRAFT, policy: { writtenPlanRequired: true }, assessmentArrangements: ' ', objectives: [] },
    clears: [{ status: PlacementStatus.DRAFT, policy: { writtenPlanRequired: true } }],
  },
  {
    rule: 'OBJECTIVE_WITHOUT_BASELINE',
    severity: 'BLOCKING',
    fires: { policy: { baselineRequired: true }, objectives: [{ baseline: 'Reads at age 9' }, { baseline: null }] },
    clears: [{ policy: { baselineRequired: true }, objectives: [{ baseline: 'Reads at age 9' }, { baseline: 'Two exclusions last term' }] }],
  },
  {
    rule: 'ATTENDANCE_REPORTING_LESS_OFTEN_THAN_POLICY',
    severity: 'BLOCKING',
    fires: { agreement: { attendanceReporting: ReportingCadence.WEEKLY } },
    clears: [
      { agreement: { attendanceReporting: ReportingCadence.DAILY } },
      { agreement: { attendanceReporting: ReportingCadence.WEEKLY }, policy: { attendanceReporting: ReportingCadence.WEEKLY } },
    ],
  },
  {
    rule: 'REVIEW_OVERDUE',
    severity: 'WARNING',
    fires: { startedOn: '2026-09-01', lastReviewOn: '2026-10-07', agreement: { reviewIntervalWeeks: 6 } },
    clears: [{ startedOn: '2026-09-01', lastReviewOn: '2026-10-20' }, { startedOn: '2026-09-01', agreement: { reviewIntervalWeeks: 16 } }, { status: PlacementStatus.AGREED, startedOn: null }],
  },
  {
    rule: 'REVIEW_OVERDUE',
    severity: 'WARNING',
    fires: { startedOn: '2026-10-20', lastReviewOn: '2026-11-01', nextReviewOn: '2026-11-20' },
    clears: [{ startedOn: '2026-10-20', lastReviewOn: '2026-11-01', nextReviewOn: '2026-12-01' }],
  },
  {
    rule: 'VISIT_DUE',
    severity: 'WARNING',
    fires: { startedOn: '2026-09-01', lastVisitOn: '2026-10-01', agreement: { visitsPerTerm: 2 } },
    clears: [{ startedOn: '2026-09-01', lastVisitOn: '2026-10-15', agreement: { visitsPerTerm: 2 } }, { startedOn: '2026-09-01', agreement: { visitsPerTerm: 0 } }],
  },
  {
    rule: 'PROGRESS_REPORT_OVERDUE',
    severity: 'WARNING',
    fires: { startedOn: '2026-08-01', agreement: { reportCadence: ReportCadence.TERMLY } },
    clears: [
      { startedOn: '2026-08-01', lastReportOn: '2026-11-01' },
      { startedOn: '2026-10-01', agreement: { reportCadence: ReportCadence.TERMLY } },
    ],
  },
  {
    rule: 'FINAL_REPORT_MISSING',
    severity: 'WARNING',
    fires: { status: PlacementStatus.ENDED, endedOn: '2026-11-20', policy: { finalReportRequired: true }, finalReport: { pupilViews: ' ' }, destination: Destination.FURTHER_EDUCATION },
    clears: [
      { status: PlacementStatus.ENDED, endedOn: '2026-11-20', policy: { finalReportRequired: true }, finalReport: { pupilViews: 'I liked the farm.' }, destination: Destination.FURTHER_EDUCATION },
      { status: PlacementStatus.ENDED, endedOn: '2026-11-20' },
    ],
  },
  {
    rule: 'LA_NOT_NOTIFIED',
    severity: 'WARNING',
    fires: { status: PlacementStatus.PROPOSED, laNotified: false },
    clears: [{ status: PlacementStatus.PROPOSED }, { status: PlacementStatus.DRAFT, laNotified: false }, { status: PlacementStatus.CANCELLED, laNotified: false }],
  },
  {
    rule: 'OFF_SITE_DIRECTION_NOTICE_SHORT',
    severity: 'WARNING',
    // Notice on Friday for a Monday start: only one school day before.
    fires: { status: PlacementStatus.PROPOSED, legalBasis: LegalBasis.S29A_OFF_SITE_DIRECTION, parentNoticeGivenOn: '2026-11-27', agreement: { startDate: '2026-11-30' } },
    clears: [
      { status: PlacementStatus.PROPOSED, legalBasis: LegalBasis.S29A_OFF_SITE_DIRECTION, parentNoticeGivenOn: '2026-11-26', agreement: { startDate: '2026-11-30' } },
      { status: PlacementStatus.PROPOSED, agreement: { startDate: '2026-11-30' } },
    ],
  },
  {
    rule: 'EHCP_CASEWORKER_NOT_NOTIFIED',
    severity: 'WARNING',
    fires: { pupil: { ehcPlan: true } },
    clears: [{ pupil: { ehcPlan: true }, sendCaseworkerNotifiedOn: '2026-10-01' }],
  },
  {
    rule: 'REGISTRATION_THRESHOLD',
    severity: 'WARNING',
    fires: { provider: { ...NON_SCHOOL, fullTimePupils: 1, fullTimeEhcpOrLookedAfter: 1 } },
    clears: [{ provider: { ...NON_SCHOOL, fullTimePupils: 4 } }, { provider: { fullTimePupils: 9, fullTimeEhcpOrLookedAfter: 2 } }],
  },
  {
    rule: 'NON_SCHOOL_TIME_LIMIT',
    severity: 'INFO',
    fires: { provider: NON_SCHOOL, agreement: { sessionsPerWeek: 6, proposedEndDate: '2027-03-01' } },
    clears: [
      { provider: NON_SCHOOL, agreement: { sessionsPerWeek: 4, proposedEndDate: '2027-03-01' } },
      { provider: NON_SCHOOL, agreement: { sessionsPerWeek: 10, proposedEndDate: '2027-01-25' } },
    ],
  },
  {
    rule: 'EXPIRED_PROVIDER_EVIDENCE',
    severity: 'WARNING',
    fires: { provider: { evidenceGaps: [{ title: 'Employers’ liability insurance', status: EvidenceStatus.EXPIRED, expiresOn: '2026-11-01' }] } },
    clears: [{ provider: { evidenceGaps: [] } }],
  },
  {
    rule: 'PROPOSED_END_DATE_PASSED',
    severity: 'WARNING',
    fires: { agreement: { proposedEndDate: '2026-11-24' } },
    clears: [{ agreement: { proposedEndDate: TODAY } }, { status: PlacementStatus.ENDED, agreement: { proposedEndDate: '2026-11-24' } }],
  },
];

describe('compliance rules', () => {
  it('find nothing wrong with a placement that meets every rule', () => {
    expect(rulesOf(facts())).toEqual([]);
  });

  it.each(CASES)('$rule fires ($severity) and clears', ({ rule, severity, fires, clears }) => {
    const found = findingOf(rule, facts(fires));
    expect(found).toMatchObject({ rule, severity, placementId: 'placement-1' });
    expect(found!.explanation).toMatch(/It clears (when|with)/);
    for (const mended of clears) expect(rulesOf(facts(mended)), JSON.stringify(mended)).not.toContain(rule);
  });

  it('names the school policy or the national rule as the source', () => {
    expect(findingOf('FULL_TIME_PROVIDER_NOT_REGISTERED', facts(CASES[0].fires))!.source).toBe('Oakfield School AP policy');
    expect(findingOf('REGISTRATION_THRESHOLD', facts({ provider: { ...NON_SCHOOL, fullTimePupils: 5 } }))!.source).toContain('Education Act 1996');
  });

  it('dates overdue reviews, visits and reports from the day they fell due', () => {
    const review = findingOf('REVIEW_OVERDUE', facts({ startedOn: '2026-09-01', lastReviewOn: '2026-10-07' }))!;
    expect(review.since).toBe('2026-11-18');
    expect(review.explanation).toContain('The last review was on 7 October 2026');
    // ALP Leicester visits twice termly: about every six and a half weeks.
    expect(findingOf('VISIT_DUE', facts({ startedOn: '2026-09-01', lastVisitOn: '2026-10-01', agreement: { visitsPerTerm: 2 } }))!.since).toBe('2026-11-16');
    expect(findingOf('PROGRESS_REPORT_OVERDUE', facts({ startedOn: '2026-08-01' }))!.since).toBe('2026-10-31');
    expect(findingOf('PROGRESS_REPORT_OVERDUE', facts({ startedOn: '2026-10-01', agreement: { reportCadence: ReportCadence.HALF_TERMLY } }))!.since).toBe('2026-11-16');
  });

  it('counts a pupil’s hours across settings for full-time in total, and explains them', () => {
    const found = findingOf('NOT_FULL_TIME_IN_TOTAL', facts({ policy: { fullTimeInTotal: true }, agreement: { hoursPerWeek: 10 }, hoursElsewhere: 5, homeSchoolHoursPerWeek: 2 }))!;
    expect(found.explanation).toContain('17 hours a week in total (10 hours here, 5 hours at other agreed placements, 2 hours at school)');
  });

  it('lists what the written plan is missing', () => {
    const found = findingOf('WRITTEN_PLAN_INCOMPLETE', facts({ policy: { writtenPlanRequired: true }, rationale: null, agreement: { proposedEndDate: null } }))!;
    expect(found.explanation).toContain('Missing: the rationale and the duration (a proposed end date).');
  });

  it('puts provider findings on the provider, still linked to the placement', () => {
    const found = findingOf('EXPIRED_PROVIDER_EVIDENCE', facts(CASES.find((c) => c.rule === 'EXPIRED_PROVIDER_EVIDENCE')!.fires))!;
    expect(found).toMatchObject({ subject: 'PROVIDER', subjectId: 'provider-1', placementId: 'placement-1', since: '2026-11-02' });
  });

  it('keep planning rules off ended placements and every rule off cancelled ones', () => {
    const broken: Overrides = { policy: { fullTimeProvidersMustBeRegistered: true, writtenPlanRequired: true }, provider: NON_SCHOOL, rationale: null, laNotified: false };
    expect(rulesOf(facts({ ...broken, status: PlacementStatus.PROPOSED }))).toEqual(
      expect.arrayContaining(['FULL_TIME_PROVIDER_NOT_REGISTERED', 'WRITTEN_PLAN_INCOMPLETE', 'LA_NOT_NOTIFIED']),
    );
    expect(rulesOf(facts({ ...broken, status: PlacementStatus.ENDED }))).toEqual(['LA_NOT_NOTIFIED']);
    expect(rulesOf(facts({ ...broken, status: PlacementStatus.CANCELLED }))).toEqual([]);
  });

  it('lists blocking findings before warnings and information', () => {
    const severities = evaluate(facts({ provider: { ...NON_SCHOOL, evidenceGaps: [{ title: 'X', status: EvidenceStatus.MISSING, expiresOn: null }] }, agreement: { attendanceReporting: ReportingCadence.WEEKLY, proposedEndDate: null } }), TODAY).map((f) => f.severity);
    expect(severities).toEqual(['BLOCKING', 'WARNING', 'INFO']);
  });
});

describe('school days before a start', () => {
  it('counts weekdays from the notice day up to the start', () => {
    expect(schoolDaysBefore('2026-11-23', '2026-11-25')).toBe(2); // Monday notice, Wednesday start
    expect(schoolDaysBefore('2026-11-27', '2026-11-30')).toBe(1); // Friday notice, Monday start
    expect(schoolDaysBefore('2026-11-26', '2026-11-30')).toBe(2); // Thursday notice, Monday start
  });
});

describe('policy checks of a provider', () => {
  it('test each requirement the policy makes, as the rules do', () => {
    const policy = facts({ policy: { fullTimeProvidersMustBeRegistered: true, requiredFramework: FRAMEWORK, teamTeachForBehaviourRisk: true } }).policy;
    const provider = facts({ provider: { ...NON_SCHOOL, teamTeach: { status: EvidenceStatus.MISSING, expiresOn: null } } }).provider;
    expect(policyChecks(policy, provider).map(({ requirement, met }) => ({ requirement, met }))).toEqual([
      { requirement: 'REGISTERED_FOR_FULL_TIME', met: false },
      { requirement: 'APPROVED_ON_REQUIRED_FRAMEWORK', met: false },
      { requirement: 'TEAM_TEACH_TRAINED_STAFF', met: false },
    ]);
    const approved = { ...facts().provider, approvals: [{ frameworkId: FRAMEWORK.id, status: QaApprovalStatus.APPROVED, effectiveFrom: '2026-01-01' }] };
    expect(policyChecks(policy, approved).every((check) => check.met)).toBe(true);
    expect(policyChecks(facts().policy, provider)).toEqual([]);
  });
});
