import { describe, expect, it } from 'vitest';
import { errorCode, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';
import { ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import { Provider } from '../organisations/organisation.entity.js';
import { ProviderSite } from '../organisations/provider-site.entity.js';
import { Role } from '../people/role.js';
import type { TimetableSession } from '../placements/agreement.entity.js';
import { FULL_WEEK, TWO_DAYS, daysFromToday, pupilOf, today } from '../placements/placement.fixtures.js';
import { ADD_VERSION, uploadedPdf } from '../qa/evidence.fixtures.js';
import { DECIDE, completedAssessment, publishedFramework } from '../qa/framework.fixtures.js';

/**
 * One walk per seed school (../shared/seeds): a placement taken through the school's own policy
 * with the same GraphQL operations the portals send, each rule shown firing and then clearing.
 */

const t = useTestServer();

const UPDATE_POLICY = `mutation($input: UpdateSchoolApPolicyInput!) { updateSchoolApPolicy(input: $input) { id } }`;
const START_REFERRAL = `mutation($input: StartReferralInput!) {
  startReferral(input: $input) {
    id
    currentAgreement { id attendanceReporting reviewIntervalWeeks visitsPerTerm reportCadence providerCommitments schoolCommitments }
  }
}`;
const UPDATE_REFERRAL = `mutation($input: UpdateReferralInput!) { updateReferral(input: $input) { id } }`;
const UPDATE_PLAN = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }`;
const SAVE_OBJECTIVE = `mutation($input: SaveObjectiveInput!) { saveObjective(input: $input) { id } }`;
const UPDATE_AGREEMENT = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { id } }`;
const SEND = `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id status } }`;
const SIGN = `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id placement { status } } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id status } }`;
const RECORD_REVIEW = `mutation($input: RecordReviewInput!) { recordReview(input: $input) { id } }`;
const RECORD_VISIT = `mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`;
const SUBMIT_REPORT = `mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { id } }`;
const END = `mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id status } }`;
const SUBMIT_FINAL = `mutation($input: SubmitFinalReportInput!) { submitFinalReport(input: $input) { id } }`;
const FINDINGS = `query($id: ID!) { placement(id: $id) { status findings { rule severity since } } }`;

/** The national defaults as the policy form sends them; each school changes what its seed says. */
const NATIONAL = {
  attendanceReporting: 'DAILY',
  reviewIntervalWeeks: 6,
  visitsPerTerm: 1,
  reportCadence: 'TERMLY',
  attendanceTargetPercent: 95,
  fullTimeHoursThreshold: 18,
  fullTimeProvidersMustBeRegistered: false,
  requiredFrameworkId: null,
  teamTeachForBehaviourRisk: false,
  fullTimeInTotal: false,
  writtenPlanRequired: false,
  baselineRequired: false,
  finalReportRequired: false,
  providerCommitments: [],
  schoolCommitments: [],
};

interface Finding {
  rule: string;
  severity: string;
  since: string | null;
}

/** A school in its own LA whose head (who also leads AP) has set the seed's policy. */
async function seedSchool(policy: Record<string, unknown>) {
  const la = await t.world.la();
  const school = await t.world.school(la);
  const head = await t.world.member(school, [Role.HEADTEACHER]);
  await head.client.data(UPDATE_POLICY, { input: { ...NATIONAL, ...policy } });
  return { la, school, head };
}

async function provider(registered: boolean, name = 'Provider') {
  const made = await t.world.provider({ name });
  if (registered) await t.owner().nativeUpdate(Provider, { id: made.id }, { registrationStatus: ProviderRegistrationStatus.REGISTERED_SCHOOL });
  const manager = await t.world.member(made, [Role.PROVIDER_MANAGER]);
  return { provider: made, manager };
}

async function findings(member: Member, placementId: string): Promise<Finding[]> {
  return (await member.client.data(FINDINGS, { id: placementId })).placement.findings;
}

async function expectFinding(member: Member, placementId: string, rule: string, severity: string): Promise<Finding> {
  const found = (await findings(member, placementId)).find((finding) => finding.rule === rule);
  expect(found, `${rule} should fire`).toMatchObject({ rule, severity });
  return found!;
}

async function expectCleared(member: Member, placementId: string, rule: string): Promise<void> {
  expect((await findings(member, placementId)).map((finding) => finding.rule)).not.toContain(rule);
}

/** The school's signature refused while BLOCKING findings stand: CONFLICT listing them. */
function expectSigningBlocked(result: GraphQLResult, rules: string[]): void {
  expect(errorCode(result)).toBe('CONFLICT');
  const blocked = (result.errors![0].extensions!.findings as Finding[]).map((finding) => finding.rule);
  expect(blocked.sort()).toEqual([...rules].sort());
}

/** A placement walked through the lifecycle by the school's head and the provider's manager. */
class Walk {
  placementId = '';
  agreementId = '';
  terms: Record<string, unknown> = {};

  constructor(
    readonly head: Member,
    readonly manager: Member,
    readonly providerId: string,
  ) {}

  async refer(pupilId: string, referral: Record<string, unknown> = {}) {
    const sites = await t.owner().find(ProviderSite, { provider: this.providerId });
    this.terms = { legalBasis: 'OTHER_SCHOOL_ARRANGED', reasonId: 'behavioural-support', providerId: this.providerId, siteIds: sites.map((site) => site.id), ...referral };
    const placement = (await this.head.client.data(START_REFERRAL, { input: { pupilId, ...this.terms } })).startReferral;
    this.placementId = placement.id;
    this.agreementId = placement.currentAgreement.id;
    return placement.currentAgreement;
  }

  updateReferral(changes: Record<string, unknown>) {
    return this.head.client.data(UPDATE_REFERRAL, { input: { placementId: this.placementId, ...this.terms, ...changes } });
  }

  plan(plan: Record<string, unknown>) {
    return this.head.client.data(UPDATE_PLAN, { input: { placementId: this.placementId, ...plan } });
  }

  async objective(baseline: string | null, objectiveId?: string): Promise<string> {
    const input = { placementId: this.placementId, objectiveId, description: 'Attend every timetabled session', baseline, target: '95% attendance', measure: 'Session registers', timeframe: 'By the end of term' };
    return (await this.head.client.data(SAVE_OBJECTIVE, { input })).saveObjective.id;
  }

  agreement(current: Record<string, unknown>, terms: { timetable: TimetableSession[]; startDate?: string; proposedEndDate?: string | null; attendanceReporting?: string }) {
    const { attendanceReporting, reviewIntervalWeeks, visitsPerTerm, reportCadence, providerCommitments, schoolCommitments } = current;
    return this.head.client.data(UPDATE_AGREEMENT, {
      input: {
        agreementId: this.agreementId,
        attendanceReporting,
        reviewIntervalWeeks,
        visitsPerTerm,
        reportCadence,
        providerCommitments,
        schoolCommitments,
        startDate: today(),
        proposedEndDate: daysFromToday(84),
        ...terms,
      },
    });
  }

  send() {
    return this.head.client.data(SEND, { input: { placementId: this.placementId } });
  }

  signAsSchool() {
    return this.head.client.request(SIGN, { input: { agreementId: this.agreementId, party: 'SCHOOL', method: 'IN_PORTAL', signedOn: today(), signerName: 'Head' } });
  }

  /** Every party signs: the placement is AGREED. */
  async signByAll(): Promise<void> {
    const school = await this.signAsSchool();
    expect(school.errors).toBeUndefined();
    await this.head.client.data(SIGN, { input: { agreementId: this.agreementId, party: 'PARENT_CARER', method: 'ON_PAPER', signedOn: today(), signerName: 'Parent' } });
    const provider = await this.manager.client.data(SIGN, { input: { agreementId: this.agreementId, party: 'PROVIDER', method: 'IN_PORTAL', signedOn: today(), signerName: 'Manager' } });
    expect(provider.signAgreement.placement.status).toBe('AGREED');
  }

  start(startedOn: string) {
    return this.head.client.data(START, { input: { placementId: this.placementId, startedOn } });
  }
}

describe('the seed schools’ policies, walked through', () => {
  it('Oakfield School (seed 000): weekly attendance, a termly report, full-time only at a registered provider', async () => {
    const { head, school } = await seedSchool({
      attendanceReporting: 'WEEKLY',
      reportCadence: 'TERMLY',
      fullTimeProvidersMustBeRegistered: true,
      providerCommitments: ['contact the school whenever the pupil is absent.', 'provide the school with attendance details on a weekly basis.'],
    });
    const pupil = await pupilOf(t, school);
    const { provider: unregistered, manager } = await provider(false, 'Pathways Outdoor Learning');
    const walk = new Walk(head, manager, unregistered.id);

    // The agreement starts from the policy: attendance weekly, the AP Agreement's commitments.
    const agreement = await walk.refer(pupil.id);
    expect(agreement).toMatchObject({ attendanceReporting: 'WEEKLY', reportCadence: 'TERMLY', providerCommitments: ['contact the school whenever the pupil is absent.', 'provide the school with attendance details on a weekly basis.'] });

    // Full-time (25 hours) at a non-school provider: 5.3 of the policy blocks the agreement.
    await walk.agreement(agreement, { timetable: FULL_WEEK, startDate: daysFromToday(-100), proposedEndDate: daysFromToday(60) });
    await expectFinding(head, walk.placementId, 'FULL_TIME_PROVIDER_NOT_REGISTERED', 'BLOCKING');
    await walk.send();
    await expectFinding(manager, walk.placementId, 'FULL_TIME_PROVIDER_NOT_REGISTERED', 'BLOCKING');
    expectSigningBlocked(await walk.signAsSchool(), ['FULL_TIME_PROVIDER_NOT_REGISTERED']);

    // A part-time timetable clears it, and weekly attendance meets this policy.
    await walk.agreement(agreement, { timetable: TWO_DAYS, startDate: daysFromToday(-100), proposedEndDate: daysFromToday(60) });
    await expectCleared(head, walk.placementId, 'FULL_TIME_PROVIDER_NOT_REGISTERED');
    await expectCleared(head, walk.placementId, 'ATTENDANCE_REPORTING_LESS_OFTEN_THAN_POLICY');
    await walk.signByAll();

    // Full-time at a registered school meets the policy.
    const registered = await provider(true, 'Bridge Park School');
    const atRegistered = new Walk(head, registered.manager, registered.provider.id);
    await atRegistered.agreement(await atRegistered.refer((await pupilOf(t, school)).id), { timetable: FULL_WEEK });
    await expectCleared(head, atRegistered.placementId, 'FULL_TIME_PROVIDER_NOT_REGISTERED');

    // Started 100 days ago with no termly report: due after 13 weeks; the provider's report clears it.
    await walk.start(daysFromToday(-100));
    const overdue = await expectFinding(head, walk.placementId, 'PROGRESS_REPORT_OVERDUE', 'WARNING');
    expect(overdue.since).toBe(daysFromToday(-9));
    await manager.client.data(SUBMIT_REPORT, {
      input: {
        placementId: walk.placementId,
        kind: 'TERMLY',
        periodStart: daysFromToday(-100),
        periodEnd: today(),
        staffName: 'Jo Reid',
        attendancePercent: 100,
        punctuality: 'Always on time',
        attitudeToLearning: 'Keen',
        skillsCovered: 'Animal care, Level 1',
        targetsNextTerm: 'Complete the unit',
      },
    });
    await expectCleared(head, walk.placementId, 'PROGRESS_REPORT_OVERDUE');
  });

  it('Northfield Academy (seed 001, the 2026-27 policy): a written plan before agreeing, reviews at least every 8 weeks', async () => {
    const { head, school } = await seedSchool({ attendanceReporting: 'DAILY', reviewIntervalWeeks: 8, writtenPlanRequired: true });
    const { provider: registered, manager } = await provider(true);
    const walk = new Walk(head, manager, registered.id);
    const agreement = await walk.refer((await pupilOf(t, school)).id);
    expect(agreement.reviewIntervalWeeks).toBe(8);

    // No rationale, intended outcomes, duration or review arrangements yet.
    await walk.agreement(agreement, { timetable: TWO_DAYS, startDate: daysFromToday(-59), proposedEndDate: null });
    await expectFinding(head, walk.placementId, 'WRITTEN_PLAN_INCOMPLETE', 'BLOCKING');
    await walk.send();
    expectSigningBlocked(await walk.signAsSchool(), ['WRITTEN_PLAN_INCOMPLETE']);

    await walk.plan({ rationale: 'At risk of permanent exclusion; needs a smaller setting.', assessmentArrangements: 'Reviewed with parents every 8 weeks against the outcomes.' });
    await walk.objective('Attendance 62% last half term');
    await expectFinding(head, walk.placementId, 'WRITTEN_PLAN_INCOMPLETE', 'BLOCKING'); // still no duration
    await walk.agreement(agreement, { timetable: TWO_DAYS, startDate: daysFromToday(-59), proposedEndDate: daysFromToday(60) });
    await expectCleared(head, walk.placementId, 'WRITTEN_PLAN_INCOMPLETE');
    await walk.signByAll();

    // Started 59 days ago: the review was due after 8 weeks (56 days); recording one clears it.
    await walk.start(daysFromToday(-59));
    const overdue = await expectFinding(head, walk.placementId, 'REVIEW_OVERDUE', 'WARNING');
    expect(overdue.since).toBe(daysFromToday(-3));
    await head.client.data(RECORD_REVIEW, { input: { placementId: walk.placementId, heldOn: today(), attendees: ['Head (school)', 'Manager (provider)', 'Parent'], outcome: 'CONTINUE' } });
    await expectCleared(head, walk.placementId, 'REVIEW_OVERDUE');
  });

  it('The Levett School (seed 002): providers approved through the DMBC QA Framework', async () => {
    const doncaster = await t.world.la('City of Doncaster Council');
    const commissioner = await t.world.member(doncaster, [Role.COMMISSIONER]);
    const framework = await publishedFramework(commissioner, { name: 'DMBC QA Framework' });
    const { head, school } = await seedSchool({ attendanceReporting: 'DAILY', reportCadence: 'TERMLY', requiredFrameworkId: framework.frameworkId });
    const { provider: notYetApproved, manager } = await provider(true);
    const walk = new Walk(head, manager, notYetApproved.id);
    await walk.agreement(await walk.refer((await pupilOf(t, school)).id), { timetable: FULL_WEEK });

    await expectFinding(head, walk.placementId, 'PROVIDER_NOT_APPROVED_ON_REQUIRED_FRAMEWORK', 'BLOCKING');
    await walk.send();
    expectSigningBlocked(await walk.signAsSchool(), ['PROVIDER_NOT_APPROVED_ON_REQUIRED_FRAMEWORK']);

    // Doncaster assesses and approves the provider: the finding clears and the agreement can be signed.
    await completedAssessment(commissioner, framework, notYetApproved.id, 'GREEN');
    await commissioner.client.data(DECIDE, { input: { frameworkId: framework.frameworkId, providerId: notYetApproved.id, status: 'APPROVED', effectiveFrom: today() } });
    await expectCleared(head, walk.placementId, 'PROVIDER_NOT_APPROVED_ON_REQUIRED_FRAMEWORK');
    await walk.signByAll();

    // Suspended later: the finding is back, dated from the suspension.
    await commissioner.client.data(DECIDE, {
      input: { frameworkId: framework.frameworkId, providerId: notYetApproved.id, status: 'SUSPENDED', effectiveFrom: today(), reason: 'A safeguarding concern is being looked into.' },
    });
    expect((await expectFinding(head, walk.placementId, 'PROVIDER_NOT_APPROVED_ON_REQUIRED_FRAMEWORK', 'BLOCKING')).since).toBe(today());
  });

  it('Dormston School (seed 003): a baseline for every objective, full-time in total, a final report with the pupil’s view', async () => {
    const { head, school } = await seedSchool({ fullTimeInTotal: true, baselineRequired: true, finalReportRequired: true });
    const { provider: registered, manager } = await provider(true);
    const walk = new Walk(head, manager, registered.id);
    const agreement = await walk.refer((await pupilOf(t, school)).id);
    const objectiveId = await walk.objective(null);
    await walk.agreement(agreement, { timetable: TWO_DAYS, startDate: daysFromToday(-30) });

    // No baseline, and 10 hours a week is not full-time in total.
    await expectFinding(head, walk.placementId, 'OBJECTIVE_WITHOUT_BASELINE', 'BLOCKING');
    await expectFinding(head, walk.placementId, 'NOT_FULL_TIME_IN_TOTAL', 'BLOCKING');
    await walk.send();
    expectSigningBlocked(await walk.signAsSchool(), ['OBJECTIVE_WITHOUT_BASELINE', 'NOT_FULL_TIME_IN_TOTAL']);

    await walk.objective('Attendance 48% this term; two suspensions', objectiveId);
    await expectCleared(head, walk.placementId, 'OBJECTIVE_WITHOUT_BASELINE');
    // Ten hours a week still taught at school make twenty in total.
    await walk.updateReferral({ homeSchoolHoursPerWeek: 10 });
    await expectCleared(head, walk.placementId, 'NOT_FULL_TIME_IN_TOTAL');
    await expectCleared(manager, walk.placementId, 'NOT_FULL_TIME_IN_TOTAL');
    await walk.signByAll();
    await walk.start(daysFromToday(-30));

    // Ended without the provider's final report: governors obtain one, with the pupil's view.
    await head.client.data(END, {
      input: { placementId: walk.placementId, endedOn: today(), endReason: 'Reintegrated', destination: 'RETURNED_TO_HOME_SCHOOL', objectiveOutcomes: [{ objectiveId, outcome: 'ACHIEVED' }] },
    });
    expect((await expectFinding(head, walk.placementId, 'FINAL_REPORT_MISSING', 'WARNING')).since).toBe(today());
    await manager.client.data(SUBMIT_FINAL, {
      input: {
        placementId: walk.placementId,
        attainmentAndProgress: 'Entry Level 3 English',
        attendanceRecord: '92% over the placement',
        behaviourChange: 'No incidents since week three',
        pupilViews: 'I liked working with the animals and want to go back to school.',
        staffName: 'Jo Reid',
      },
    });
    await expectCleared(head, walk.placementId, 'FINAL_REPORT_MISSING');
  });

  it('ALP Leicester (seed 004): twice-termly visits, Team Teach for a behaviour risk, daily attendance whatever the template says', async () => {
    const { head, school } = await seedSchool({ attendanceReporting: 'DAILY', visitsPerTerm: 2, reportCadence: 'TERMLY', teamTeachForBehaviourRisk: true });
    const { provider: noTeamTeach, manager } = await provider(true);
    const walk = new Walk(head, manager, noTeamTeach.id);
    const agreement = await walk.refer((await pupilOf(t, school, { behaviourRiskAssessment: true })).id);
    expect(agreement).toMatchObject({ attendanceReporting: 'DAILY', visitsPerTerm: 2 });

    // The seed's agreement template says weekly; the policy says daily. And no Team Teach evidence yet.
    await walk.agreement(agreement, { timetable: TWO_DAYS, startDate: daysFromToday(-50), attendanceReporting: 'WEEKLY' });
    await expectFinding(head, walk.placementId, 'ATTENDANCE_REPORTING_LESS_OFTEN_THAN_POLICY', 'BLOCKING');
    await expectFinding(head, walk.placementId, 'NO_TEAM_TEACH_TRAINED_STAFF', 'BLOCKING');
    await walk.send();
    await expectFinding(manager, walk.placementId, 'NO_TEAM_TEACH_TRAINED_STAFF', 'BLOCKING');
    expectSigningBlocked(await walk.signAsSchool(), ['ATTENDANCE_REPORTING_LESS_OFTEN_THAN_POLICY', 'NO_TEAM_TEACH_TRAINED_STAFF']);

    await walk.agreement(agreement, { timetable: TWO_DAYS, startDate: daysFromToday(-50), attendanceReporting: 'DAILY' });
    await expectCleared(head, walk.placementId, 'ATTENDANCE_REPORTING_LESS_OFTEN_THAN_POLICY');
    await manager.client.data(ADD_VERSION, {
      input: { type: 'TEAM_TEACH_TRAINING', documentId: await uploadedPdf(t, manager), validFrom: today(), issuer: 'Team Teach', trainedStaffCount: 4, courseName: 'Team Teach Foundation' },
    });
    await expectCleared(head, walk.placementId, 'NO_TEAM_TEACH_TRAINED_STAFF');
    await walk.signByAll();

    // Started 50 days ago and not visited: twice termly is about every six and a half weeks (46 days).
    await walk.start(daysFromToday(-50));
    expect((await expectFinding(head, walk.placementId, 'VISIT_DUE', 'WARNING')).since).toBe(daysFromToday(-4));
    await head.client.data(RECORD_VISIT, {
      input: { placementId: walk.placementId, visitedOn: today(), visitTime: '00:00', staffMember: 'Pastoral lead', safeguardingConcerns: false, parentContact: true },
    });
    await expectCleared(head, walk.placementId, 'VISIT_DUE');
  });
});
