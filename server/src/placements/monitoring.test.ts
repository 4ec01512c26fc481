import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { count, ok } from '../qa/framework.fixtures.js';
import { PlanObjective } from './objective.entity.js';
import { Placement, PlacementStatus } from './placement.entity.js';
import { daysFromToday, placementCast, placementOf, pupilOf, today, type PlacementCast, type PlacementOptions } from './placement.fixtures.js';

const t = useTestServer();

const RECORD_REVIEW = `mutation($input: RecordReviewInput!) {
  recordReview(input: $input) { id heldOn attendees outcome summary nextReviewOn recordedBy objectiveProgress { objectiveId objective progress } }
}`;
const RECORD_VISIT = `mutation($input: RecordVisitInput!) {
  recordVisit(input: $input) { id visitedAt staffMember attendancePercent safeguardingConcerns parentContact noParentContactReason reviewMeetingOn }
}`;
const SUBMIT_REPORT = `mutation($input: SubmitProgressReportInput!) {
  submitProgressReport(input: $input) { id kind periodStart periodEnd attendancePercent attendanceCommentary staffName }
}`;
const VISIT = `query($id: ID!) { placementVisit(id: $id) { id staffMember placement { id } } }`;
const REPORT = `query($id: ID!) { progressReport(id: $id) { id staffName placement { id } } }`;
const MONITORING = `query($id: ID!) {
  placement(id: $id) {
    id
    reviews { id heldOn outcome nextReviewOn }
    visits { id visitedAt }
    progressReports { id periodEnd }
    lastReviewOn
    nextReviewDue
    lastVisitOn
  }
}`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind title link } } } }`;

let c: PlacementCast;
let providerDsl: Member;
beforeAll(async () => {
  c = await placementCast(t);
  providerDsl = await t.world.member(c.provider, [Role.DSL]);
});

async function placement(options: Partial<PlacementOptions> = {}): Promise<{ placement: Placement; objectiveId: string }> {
  const pupil = await pupilOf(t, c.school);
  const made = await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.ACTIVE, ...options });
  const [objective] = await t.owner().find(PlanObjective, { placement: made.id });
  return { placement: made, objectiveId: objective.id };
}

function refusal(result: GraphQLResult) {
  return { code: errorCode(result), field: errorField(result), message: result.errors?.[0]?.message };
}

const reviewInput = (placementId: string, objectiveId: string, input: Record<string, unknown> = {}) => ({
  placementId,
  heldOn: today(),
  attendees: ['Sam Patel (AP lead, school)', 'Jo Reid (provider)'],
  objectiveProgress: [{ objectiveId, progress: 'Attended 9 of 10 sessions' }],
  outcome: 'CONTINUE',
  summary: 'Settling well.',
  nextReviewOn: daysFromToday(28),
  ...input,
});

const visitInput = (placementId: string, input: Record<string, unknown> = {}) => ({
  placementId,
  visitedOn: daysFromToday(-1),
  visitTime: '10:30',
  staffMember: 'Sam Patel',
  pupilClass: '9R',
  attendancePercent: 92,
  safeguardingConcerns: false,
  progress: 'Working towards Entry Level 3 maths',
  parentContact: true,
  reviewMeetingOn: daysFromToday(20),
  ...input,
});

const reportInput = (placementId: string, input: Record<string, unknown> = {}) => ({
  placementId,
  kind: 'TERMLY',
  periodStart: daysFromToday(-14),
  periodEnd: daysFromToday(-1),
  staffName: 'Jo Reid',
  attendancePercent: 100,
  punctuality: 'Always on time',
  attitudeToLearning: 'Keen in practical sessions',
  skillsCovered: 'Fractions; workshop safety',
  targetsNextTerm: 'Complete the health and safety unit',
  ...input,
});

describe('recording a review', () => {
  it('is for the placement’s school leads: heads, AP leads and SENCos', async () => {
    const { placement: p, objectiveId } = await placement();
    await roleMatrix((actor) => actor.client.request(RECORD_REVIEW, { input: reviewInput(p.id, objectiveId) }), {
      allowed: { head: c.head, apLead: c.apLead, senco: c.senco },
      refused: {
        dsl: c.dsl,
        schoolStaff: c.schoolStaff,
        otherSchool: c.otherSchoolHead,
        providerManager: c.manager,
        providerStaff: c.providerStaff,
        homeLa: c.commissioner,
        hostLa: c.hostCommissioner,
        otherProvider: c.otherProviderManager,
      },
    });
    expect(await count(t, 'placement_review where placement_id = ?', [p.id])).toBe(3);
  });

  it('keeps who came, progress against each objective (as worded then), the decision and who recorded it', async () => {
    const { placement: p, objectiveId } = await placement({ status: PlacementStatus.AGREED });
    const review = ok(await c.apLead.client.request(RECORD_REVIEW, { input: reviewInput(p.id, objectiveId, { attendees: [' Sam Patel ', '', 'Parent'] }) })).recordReview;
    expect(review).toMatchObject({
      heldOn: today(),
      attendees: ['Sam Patel', 'Parent'],
      outcome: 'CONTINUE',
      nextReviewOn: daysFromToday(28),
      recordedBy: c.apLead.name,
      objectiveProgress: [{ objectiveId, objective: 'Attend every timetabled session', progress: 'Attended 9 of 10 sessions' }],
    });
  });

  const invalid: { name: string; field: string; input: (objectiveId: string, otherObjectiveId: string) => Record<string, unknown> }[] = [
    { name: 'an impossible date', field: 'heldOn', input: () => ({ heldOn: '2026-02-30' }) },
    { name: 'a date in the future', field: 'heldOn', input: () => ({ heldOn: daysFromToday(1), nextReviewOn: daysFromToday(30) }) },
    { name: 'a date before the placement started', field: 'heldOn', input: () => ({ heldOn: daysFromToday(-15) }) },
    { name: 'no attendees', field: 'attendees', input: () => ({ attendees: ['  '] }) },
    { name: 'an objective of another placement', field: 'objectiveProgress[0].objectiveId', input: (_, other) => ({ objectiveProgress: [{ objectiveId: other, progress: 'Good' }] }) },
    { name: 'blank progress', field: 'objectiveProgress[0].progress', input: (own) => ({ objectiveProgress: [{ objectiveId: own, progress: ' ' }] }) },
    { name: 'a next review before the review', field: 'nextReviewOn', input: () => ({ nextReviewOn: daysFromToday(-1) }) },
  ];
  it.each(invalid)('refuses $name with BAD_USER_INPUT on $field, and saves nothing', async ({ field, input }) => {
    const { placement: p, objectiveId } = await placement();
    const { objectiveId: otherObjectiveId } = await placement();
    const result = await c.apLead.client.request(RECORD_REVIEW, { input: reviewInput(p.id, objectiveId, input(objectiveId, otherObjectiveId)) });
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(t, 'placement_review where placement_id = ?', [p.id])).toBe(0);
  });

  it('is only for agreed or active placements', async () => {
    for (const status of [PlacementStatus.PROPOSED, PlacementStatus.ENDED]) {
      const { placement: p, objectiveId } = await placement({ status });
      expect(refusal(await c.apLead.client.request(RECORD_REVIEW, { input: reviewInput(p.id, objectiveId) }))).toMatchObject({ code: 'CONFLICT' });
    }
  });
});

describe('recording a visit', () => {
  it('is for the placement’s school staff, never the provider’s (who hold the same STAFF and DSL roles)', async () => {
    const { placement: p } = await placement();
    await roleMatrix((actor) => actor.client.request(RECORD_VISIT, { input: visitInput(p.id) }), {
      allowed: { head: c.head, apLead: c.apLead, senco: c.senco, dsl: c.dsl, schoolStaff: c.schoolStaff },
      refused: {
        otherSchool: c.otherSchoolHead,
        providerManager: c.manager,
        providerStaff: c.providerStaff,
        providerDsl,
        homeLa: c.commissioner,
        hostLa: c.hostCommissioner,
        otherProvider: c.otherProviderManager,
      },
    });
    expect(await count(t, 'placement_visit where placement_id = ?', [p.id])).toBe(5);
  });

  it('records the proforma with the time in England, and the reason when the parent was not contacted', async () => {
    const { placement: p } = await placement({ startDate: '2026-06-01' });
    const visit = ok(
      await c.schoolStaff.client.request(RECORD_VISIT, {
        input: visitInput(p.id, { visitedOn: '2026-07-01', visitTime: '9:05', parentContact: false, noParentContactReason: ' No answer on two calls ', reviewMeetingOn: null }),
      }),
    ).recordVisit;
    expect(visit).toMatchObject({ visitedAt: '2026-07-01T08:05:00.000Z', parentContact: false, noParentContactReason: 'No answer on two calls', reviewMeetingOn: null });
  });

  const invalid: { name: string; field: string; input: Record<string, unknown> }[] = [
    { name: 'an impossible date', field: 'visitedOn', input: { visitedOn: '2026-02-30' } },
    { name: 'a date before the placement started', field: 'visitedOn', input: { visitedOn: daysFromToday(-15) } },
    { name: 'an impossible time', field: 'visitTime', input: { visitTime: '25:00' } },
    { name: 'attendance over 100%', field: 'attendancePercent', input: { attendancePercent: 101 } },
    { name: 'no staff member', field: 'staffMember', input: { staffMember: ' ' } },
    { name: 'no parent contact without a reason', field: 'noParentContactReason', input: { parentContact: false, noParentContactReason: '' } },
    { name: 'a review meeting before the visit', field: 'reviewMeetingOn', input: { reviewMeetingOn: daysFromToday(-2) } },
  ];
  it.each(invalid)('refuses $name with BAD_USER_INPUT on $field, and saves nothing', async ({ field, input }) => {
    const { placement: p } = await placement();
    expect(refusal(await c.dsl.client.request(RECORD_VISIT, { input: visitInput(p.id, input) }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(t, 'placement_visit where placement_id = ?', [p.id])).toBe(0);
  });

  it('is only for active placements', async () => {
    const { placement: p } = await placement({ status: PlacementStatus.AGREED });
    expect(refusal(await c.apLead.client.request(RECORD_VISIT, { input: visitInput(p.id, { visitedOn: today() }) }))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('submitting a progress report', () => {
  it('is for the placement’s provider (managers and staff), never the school’s staff', async () => {
    const { placement: p } = await placement();
    await roleMatrix((actor) => actor.client.request(SUBMIT_REPORT, { input: reportInput(p.id) }), {
      allowed: { providerManager: c.manager, providerStaff: c.providerStaff },
      refused: {
        providerDsl,
        otherProvider: c.otherProviderManager,
        apLead: c.apLead,
        schoolStaff: c.schoolStaff,
        otherSchool: c.otherSchoolHead,
        homeLa: c.commissioner,
        hostLa: c.hostCommissioner,
      },
    });
    expect(await count(t, 'progress_report where placement_id = ?', [p.id])).toBe(2);
  });

  it("tells the school's AP leads, in the portal and by e-mail after commit, with a link to the report", async () => {
    const { placement: p } = await placement();
    const report = ok(await c.manager.client.request(SUBMIT_REPORT, { input: reportInput(p.id, { attendancePercent: 90, attendanceCommentary: 'Two medical appointments' }) })).submitProgressReport;
    const seen = (await c.apLead.client.data(NOTIFICATIONS)).notifications.edges.map((edge: any) => edge.node);
    expect(seen).toContainEqual({ kind: 'PROGRESS_REPORT_SUBMITTED', title: expect.stringContaining('termly report from'), link: `/placements/${p.id}/reports/${report.id}` });
    expect(t.outbox().filter((mail) => mail.to === c.apLead.email && mail.text.includes(report.id))).toHaveLength(1);
    const headSees = (await c.head.client.data(NOTIFICATIONS)).notifications.edges.map((edge: any) => edge.node.link);
    expect(headSees).not.toContain(`/placements/${p.id}/reports/${report.id}`);
  });

  const invalid: { name: string; field: string; input: Record<string, unknown> }[] = [
    { name: 'an impossible date', field: 'periodEnd', input: { periodEnd: '2026-02-30' } },
    { name: 'attendance over 100%', field: 'attendancePercent', input: { attendancePercent: 101 } },
    { name: 'attendance below 100% without commentary', field: 'attendanceCommentary', input: { attendancePercent: 96, attendanceCommentary: ' ' } },
    { name: 'a period before the placement started', field: 'periodStart', input: { periodStart: daysFromToday(-20) } },
    { name: 'a period ending in the future', field: 'periodEnd', input: { periodEnd: daysFromToday(3) } },
    { name: 'a period ending before it starts', field: 'periodEnd', input: { periodStart: daysFromToday(-2), periodEnd: daysFromToday(-3) } },
    { name: 'no targets', field: 'targetsNextTerm', input: { targetsNextTerm: '' } },
  ];
  it.each(invalid)('refuses $name with BAD_USER_INPUT on $field, and saves nothing', async ({ field, input }) => {
    const { placement: p } = await placement();
    const result = await c.providerStaff.client.request(SUBMIT_REPORT, { input: reportInput(p.id, input) });
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (field === 'attendanceCommentary') expect(refusal(result).message).toBe('Explain attendance below 100%');
    expect(await count(t, 'progress_report where placement_id = ?', [p.id])).toBe(0);
  });

  it('once the placement has ended, takes only the report on its last period', async () => {
    const { placement: p } = await placement();
    ok(await c.manager.client.request(SUBMIT_REPORT, { input: reportInput(p.id, { periodEnd: daysFromToday(-7) }) }));
    await t.owner().nativeUpdate(Placement, { id: p.id }, { status: PlacementStatus.ENDED, endedOn: daysFromToday(-2) });
    expect(refusal(await c.manager.client.request(SUBMIT_REPORT, { input: reportInput(p.id, { periodEnd: daysFromToday(-1) }) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'periodEnd',
    });
    expect(refusal(await c.manager.client.request(SUBMIT_REPORT, { input: reportInput(p.id, { periodEnd: daysFromToday(-8) }) }))).toMatchObject({ code: 'CONFLICT' });
    ok(await c.manager.client.request(SUBMIT_REPORT, { input: reportInput(p.id, { periodStart: daysFromToday(-6), periodEnd: daysFromToday(-2) }) }));
    expect(refusal(await c.manager.client.request(SUBMIT_REPORT, { input: reportInput(p.id, { periodStart: daysFromToday(-6), periodEnd: daysFromToday(-2) }) }))).toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('reading reviews, visits and reports', () => {
  it('the provider and both LAs read the school’s visit, review and the reports of their placement; others do not', async () => {
    const { placement: p, objectiveId } = await placement();
    const visit = ok(await c.apLead.client.request(RECORD_VISIT, { input: visitInput(p.id) })).recordVisit;
    const review = ok(await c.apLead.client.request(RECORD_REVIEW, { input: reviewInput(p.id, objectiveId) })).recordReview;
    const report = ok(await c.providerStaff.client.request(SUBMIT_REPORT, { input: reportInput(p.id) })).submitProgressReport;

    for (const reader of [c.apLead, c.schoolStaff, c.manager, c.commissioner, c.hostCommissioner]) {
      expect(ok(await reader.client.request(VISIT, { id: visit.id })).placementVisit).toMatchObject({ id: visit.id, placement: { id: p.id } });
      expect(ok(await reader.client.request(REPORT, { id: report.id })).progressReport).toMatchObject({ id: report.id, placement: { id: p.id } });
      const read = ok(await reader.client.request(MONITORING, { id: p.id })).placement;
      expect(read.reviews.map((r: any) => r.id)).toEqual([review.id]);
      expect(read.visits.map((v: any) => v.id)).toEqual([visit.id]);
      expect(read.progressReports.map((r: any) => r.id)).toEqual([report.id]);
    }
    for (const outsider of [c.otherProviderManager, c.otherSchoolHead, c.otherLaCommissioner]) {
      for (const [query, id] of [
        [VISIT, visit.id],
        [REPORT, report.id],
        [MONITORING, p.id],
      ]) {
        const result = await outsider.client.request(query, { id });
        expect(refusal(result).code).toBe('NOT_FOUND');
        expect(result.data).toBeNull();
      }
    }
    expect(await count(t, `audit_event where subject_id = ? and action = 'read'`, [visit.id])).toBe(5);
  });

  it('gives the latest review and visit, and when the next review is due', async () => {
    const { placement: p, objectiveId } = await placement({ startDate: daysFromToday(-14), reviewIntervalWeeks: 6 });
    const before = ok(await c.apLead.client.request(MONITORING, { id: p.id })).placement;
    expect(before).toMatchObject({ lastReviewOn: null, lastVisitOn: null, nextReviewDue: daysFromToday(-14 + 42) });

    ok(await c.apLead.client.request(RECORD_REVIEW, { input: reviewInput(p.id, objectiveId, { heldOn: daysFromToday(-7), nextReviewOn: daysFromToday(60) }) }));
    ok(await c.apLead.client.request(RECORD_VISIT, { input: visitInput(p.id, { visitedOn: daysFromToday(-3) }) }));
    const afterFirst = ok(await c.apLead.client.request(MONITORING, { id: p.id })).placement;
    expect(afterFirst).toMatchObject({ lastReviewOn: daysFromToday(-7), lastVisitOn: daysFromToday(-3), nextReviewDue: daysFromToday(-7 + 42) });

    ok(await c.apLead.client.request(RECORD_REVIEW, { input: reviewInput(p.id, objectiveId, { heldOn: daysFromToday(-1), nextReviewOn: daysFromToday(13) }) }));
    const afterSecond = ok(await c.apLead.client.request(MONITORING, { id: p.id })).placement;
    expect(afterSecond).toMatchObject({ lastReviewOn: daysFromToday(-1), nextReviewDue: daysFromToday(13) });
    expect(afterSecond.reviews.map((r: any) => r.heldOn)).toEqual([daysFromToday(-1), daysFromToday(-7)]);
  });

  it('batches the lists of many placements (no N+1)', async () => {
    const school = await t.world.school(c.la, 'Batch School');
    const lead = await t.world.member(school, [Role.AP_LEAD]);
    const query = `{ placements(first: 50) { edges { node { id
      reviews { id } visits { id } progressReports { id } finalReport { id } lastReviewOn lastVisitOn nextReviewDue } } } }`;
    const addPlacements = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const pupil = await pupilOf(t, school);
        const made = await placementOf(t, lead, { pupil, provider: c.provider, status: PlacementStatus.ACTIVE });
        const [objective] = await t.owner().find(PlanObjective, { placement: made.id });
        ok(await lead.client.request(RECORD_REVIEW, { input: reviewInput(made.id, objective.id) }));
        ok(await lead.client.request(RECORD_VISIT, { input: visitInput(made.id) }));
        ok(await c.manager.client.request(SUBMIT_REPORT, { input: reportInput(made.id) }));
      }
    };
    const run = async (expected: number) => {
      let data: any;
      const statements = await t.countQueries(async () => {
        data = await lead.client.data(query);
      });
      expect(data.placements.edges).toHaveLength(expected);
      for (const { node } of data.placements.edges) {
        expect(node).toMatchObject({ reviews: [expect.anything()], visits: [expect.anything()], progressReports: [expect.anything()], finalReport: null });
      }
      return statements;
    };
    await addPlacements(2);
    const few = await run(2);
    await addPlacements(3);
    const many = await run(5);
    expect(many.length, many.join('\n')).toBe(few.length);
  });
});
