import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { count, ok } from '../qa/framework.fixtures.js';
import { PlanObjective } from './objective.entity.js';
import { Placement, PlacementStatus } from './placement.entity.js';
import { daysFromToday, placementCast, placementOf, pupilOf, type PlacementCast, type PlacementOptions } from './placement.fixtures.js';

const t = useTestServer();

const SUBMIT_FINAL = `mutation($input: SubmitFinalReportInput!) {
  submitFinalReport(input: $input) { id attainmentAndProgress attendancePercent behaviourChange pupilViews nextSteps staffName }
}`;
const END = `mutation($input: EndPlacementInput!) {
  endPlacement(input: $input) { id status endedOn endReason destination destinationDetail objectives { id outcome outcomeNote } }
}`;
const FINAL_REPORT = `query($id: ID!) { placement(id: $id) { finalReport { id staffName } } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind title link } } } }`;

let c: PlacementCast;
let providerDsl: Member;
beforeAll(async () => {
  c = await placementCast(t);
  providerDsl = await t.world.member(c.provider, [Role.DSL]);
});

const TWO_OBJECTIVES = [{ description: 'Attend every timetabled session' }, { description: 'Complete the Entry Level 3 maths unit' }];

async function placement(options: Partial<PlacementOptions> = {}): Promise<{ placement: Placement; objectiveIds: string[] }> {
  const pupil = await pupilOf(t, c.school);
  const made = await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.ACTIVE, objectives: TWO_OBJECTIVES, ...options });
  const objectives = await t.owner().find(PlanObjective, { placement: made.id }, { orderBy: { position: 'asc' } });
  return { placement: made, objectiveIds: objectives.map((objective) => objective.id) };
}

function refusal(result: GraphQLResult) {
  return { code: errorCode(result), field: errorField(result), message: result.errors?.[0]?.message };
}

const finalInput = (placementId: string, input: Record<string, unknown> = {}) => ({
  placementId,
  attainmentAndProgress: 'Passed Entry Level 3 maths',
  attendancePercent: 91,
  attendanceRecord: '91% over the placement; two absences for illness',
  behaviourChange: 'No exclusions since the second week',
  pupilViews: '"I liked the workshop"',
  nextSteps: 'Phased return with the workshop one day a week',
  staffName: 'Jo Reid',
  ...input,
});

const endInput = (placementId: string, objectiveIds: string[], input: Record<string, unknown> = {}) => ({
  placementId,
  endedOn: daysFromToday(-1),
  endReason: 'Objectives met; ready to return',
  destination: 'RETURNED_TO_HOME_SCHOOL',
  destinationDetail: null,
  objectiveOutcomes: objectiveIds.map((objectiveId, index) => ({ objectiveId, outcome: index === 0 ? 'ACHIEVED' : 'PARTLY_ACHIEVED', note: `Evidence ${index + 1}` })),
  ...input,
});

describe('submitting the final report', () => {
  it('is for the placement’s provider (managers and staff), once a placement', async () => {
    await roleMatrix(async (actor) => actor.client.request(SUBMIT_FINAL, { input: finalInput((await placement()).placement.id) }), {
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
  });

  it('refuses a second report with CONFLICT and keeps the first', async () => {
    const { placement: p } = await placement({ status: PlacementStatus.ENDED, placement: { endedOn: daysFromToday(-1) } });
    const first = ok(await c.manager.client.request(SUBMIT_FINAL, { input: finalInput(p.id) })).submitFinalReport;
    expect(refusal(await c.providerStaff.client.request(SUBMIT_FINAL, { input: finalInput(p.id, { staffName: 'Someone else' }) }))).toMatchObject({ code: 'CONFLICT' });
    expect(await count(t, 'final_report where placement_id = ?', [p.id])).toBe(1);
    expect(ok(await c.apLead.client.request(FINAL_REPORT, { id: p.id })).placement.finalReport).toEqual({ id: first.id, staffName: 'Jo Reid' });
  });

  it("tells the school's AP leads", async () => {
    const { placement: p } = await placement();
    ok(await c.manager.client.request(SUBMIT_FINAL, { input: finalInput(p.id) }));
    const seen = (await c.apLead.client.data(NOTIFICATIONS)).notifications.edges.map((edge: any) => edge.node);
    expect(seen).toContainEqual({ kind: 'FINAL_REPORT_SUBMITTED', title: expect.stringContaining('Final report from'), link: `/placements/${p.id}` });
    expect(t.outbox().filter((mail) => mail.to === c.apLead.email && mail.text.includes(`/placements/${p.id}`))).toHaveLength(1);
  });

  const invalid: { name: string; field: string; input: Record<string, unknown> }[] = [
    { name: 'attendance over 100%', field: 'attendancePercent', input: { attendancePercent: 101 } },
    { name: "no pupil's view", field: 'pupilViews', input: { pupilViews: ' ' } },
    { name: 'no behaviour change', field: 'behaviourChange', input: { behaviourChange: '' } },
  ];
  it.each(invalid)('refuses $name with BAD_USER_INPUT on $field, and saves nothing', async ({ field, input }) => {
    const { placement: p } = await placement();
    expect(refusal(await c.manager.client.request(SUBMIT_FINAL, { input: finalInput(p.id, input) }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(t, 'final_report where placement_id = ?', [p.id])).toBe(0);
  });

  it('is not for placements that have not started', async () => {
    const { placement: p } = await placement({ status: PlacementStatus.AGREED });
    expect(refusal(await c.manager.client.request(SUBMIT_FINAL, { input: finalInput(p.id) }))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('ending a placement', () => {
  it('is for the placement’s school leads: heads, AP leads and SENCos', async () => {
    await roleMatrix(
      async (actor) => {
        const { placement: p, objectiveIds } = await placement();
        return actor.client.request(END, { input: endInput(p.id, objectiveIds) });
      },
      {
        allowed: { head: c.head, apLead: c.apLead, senco: c.senco },
        refused: {
          dsl: c.dsl,
          schoolStaff: c.schoolStaff,
          otherSchool: c.otherSchoolHead,
          providerManager: c.manager,
          homeLa: c.commissioner,
          hostLa: c.hostCommissioner,
          otherProvider: c.otherProviderManager,
        },
      },
    );
  });

  it('records the end, the destination and every objective’s outcome together, and tells the provider’s managers', async () => {
    const { placement: p, objectiveIds } = await placement();
    const ended = ok(
      await c.apLead.client.request(END, { input: endInput(p.id, objectiveIds, { destination: 'OTHER', destinationDetail: ' Home tuition while a place is found ' }) }),
    ).endPlacement;
    expect(ended).toMatchObject({
      status: 'ENDED',
      endedOn: daysFromToday(-1),
      endReason: 'Objectives met; ready to return',
      destination: 'OTHER',
      destinationDetail: 'Home tuition while a place is found',
      objectives: [
        { id: objectiveIds[0], outcome: 'ACHIEVED', outcomeNote: 'Evidence 1' },
        { id: objectiveIds[1], outcome: 'PARTLY_ACHIEVED', outcomeNote: 'Evidence 2' },
      ],
    });
    const seen = (await c.manager.client.data(NOTIFICATIONS)).notifications.edges.map((edge: any) => edge.node);
    expect(seen).toContainEqual({ kind: 'PLACEMENT_ENDED', title: expect.stringContaining('has ended a placement'), link: `/provider/placements/${p.id}` });
    expect(t.outbox().filter((mail) => mail.to === c.manager.email && mail.text.includes(`/provider/placements/${p.id}`))).toHaveLength(1);
    expect(t.outbox().filter((mail) => mail.to === c.providerStaff.email && mail.text.includes(p.id))).toHaveLength(0);
  });

  const invalid: { name: string; field: string; input: (objectiveIds: string[], otherObjectiveId: string) => Record<string, unknown>; message?: string }[] = [
    { name: 'an impossible date', field: 'endedOn', input: () => ({ endedOn: '2026-02-30' }) },
    { name: 'a date before the placement started', field: 'endedOn', input: () => ({ endedOn: daysFromToday(-15) }) },
    { name: 'a date in the future', field: 'endedOn', input: () => ({ endedOn: daysFromToday(1) }) },
    { name: 'no reason', field: 'endReason', input: () => ({ endReason: ' ' }) },
    { name: 'no destination', field: 'destination', input: () => ({ destination: null }) },
    { name: 'OTHER without detail', field: 'destinationDetail', input: () => ({ destination: 'OTHER', destinationDetail: '' }) },
    {
      name: 'no outcomes',
      field: 'objectiveOutcomes',
      input: () => ({ objectiveOutcomes: [] }),
      message: 'Record an outcome for every objective',
    },
    {
      name: 'an objective without an outcome',
      field: 'objectiveOutcomes',
      input: ([first, second]) => ({ objectiveOutcomes: [{ objectiveId: first, outcome: 'ACHIEVED' }, { objectiveId: second, outcome: null }] }),
      message: 'Record an outcome for every objective',
    },
    {
      name: 'an objective of another placement',
      field: 'objectiveOutcomes[2].objectiveId',
      input: ([first, second], other) => ({
        objectiveOutcomes: [first, second, other].map((objectiveId) => ({ objectiveId, outcome: 'ACHIEVED' })),
      }),
    },
  ];
  it.each(invalid)('refuses $name with BAD_USER_INPUT on $field, and changes nothing', async ({ field, input, message }) => {
    const { placement: p, objectiveIds } = await placement();
    const { objectiveIds: otherObjectiveIds } = await placement();
    const result = await c.apLead.client.request(END, { input: endInput(p.id, objectiveIds, input(objectiveIds, otherObjectiveIds[0])) });
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(message ? { message } : {}) });
    const after = await t.owner().findOneOrFail(Placement, p.id);
    expect(after).toMatchObject({ status: PlacementStatus.ACTIVE, endedOn: null, destination: null });
    expect(await count(t, 'plan_objective where placement_id = ? and outcome is not null', [p.id])).toBe(0);
  });

  it('only ends an active placement', async () => {
    for (const status of [PlacementStatus.AGREED, PlacementStatus.ENDED]) {
      const { placement: p, objectiveIds } = await placement({ status });
      expect(refusal(await c.apLead.client.request(END, { input: endInput(p.id, objectiveIds, { endedOn: daysFromToday(0) }) }))).toMatchObject({ code: 'CONFLICT' });
    }
  });
});
