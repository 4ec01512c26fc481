import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../../test/harness.js';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { daysFromToday, placementCast, placementOf, pupilOf, today, type PlacementCast } from '../placements/placement.fixtures.js';
import { PlacementStatus, type Placement } from '../placements/placement.entity.js';

const REPORT = `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id severity reportedByName decision decidedAt } }`;
const DECIDE = `mutation($input: RecordIncidentDecisionInput!) { recordIncidentDecision(input: $input) { id decision decisionByName decidedAt } }`;
const PLACEMENT_INCIDENTS = `query($id: ID!) { placement(id: $id) { incidents { id description actionTaken decision } } }`;
const INCIDENTS = `query($filter: IncidentFilter) { behaviourIncidents(first: 50, filter: $filter) { totalCount edges { node { id placement { id } } } } }`;

const t = useTestServer();
let c: PlacementCast;
let providerDsl: Member;
let placement: Placement;

function reportInput(placementId: string, overrides: Record<string, unknown> = {}) {
  return {
    placementId,
    occurredOn: today(),
    occurredTime: '00:00',
    description: 'Threw a chair across the workshop; nobody was hurt.',
    actionTaken: 'Pupil removed to the quiet room; parent called.',
    severity: 'HIGH',
    ...overrides,
  };
}

async function report(overrides: Record<string, unknown> = {}): Promise<string> {
  return (await c.manager.client.data(REPORT, { input: reportInput(placement.id, overrides) })).reportIncident.id;
}

beforeAll(async () => {
  c = await placementCast(t);
  providerDsl = await t.world.member(c.provider, [Role.DSL]);
  placement = await placementOf(t, c.apLead, { pupil: await pupilOf(t, c.school), provider: c.provider, status: PlacementStatus.ACTIVE });
});

describe('reporting an incident', () => {
  it('is for the placement’s provider managers and staff', async () => {
    await roleMatrix((actor) => actor.client.request(REPORT, { input: reportInput(placement.id) }), {
      allowed: { manager: c.manager, providerStaff: c.providerStaff },
      refused: { providerDsl, head: c.head, apLead: c.apLead, commissioner: c.commissioner, otherProviderManager: c.otherProviderManager },
    });
  });

  it('tells the school’s AP leads, without the details', async () => {
    const id = await report();
    const mails = t.outbox().filter((mail) => mail.text.includes('behaviour incident') && mail.text.includes('/incidents'));
    expect(mails.map((mail) => mail.to)).toContain(c.apLead.email);
    expect(mails.map((mail) => mail.to)).not.toContain(c.head.email);
    expect(mails.every((mail) => !mail.text.includes('chair'))).toBe(true);
    const seen = await c.apLead.client.data(`{ notifications(first: 50) { edges { node { kind link } } } }`);
    expect(seen.notifications.edges.map((edge: any) => edge.node)).toContainEqual({ kind: 'BEHAVIOUR_INCIDENT_REPORTED', link: '/incidents' });
    expect(id).toBeTruthy();
  });

  it('refuses bad input, naming the field, and placements that are not active', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ placementId: 'nope' }, 'placementId'],
      [{ occurredOn: daysFromToday(1) }, 'occurredOn'],
      [{ occurredOn: daysFromToday(-60) }, 'occurredOn'],
      [{ occurredTime: '9am' }, 'occurredTime'],
      [{ description: '' }, 'description'],
      [{ actionTaken: '  ' }, 'actionTaken'],
    ];
    for (const [overrides, field] of cases) {
      const result = await c.manager.client.request(REPORT, { input: reportInput(placement.id, overrides) });
      expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(errorCode(await c.manager.client.request(REPORT, { input: reportInput(randomUUID()) }))).toBe('NOT_FOUND');
    const agreed = await placementOf(t, c.apLead, { pupil: await pupilOf(t, c.school), provider: c.provider, status: PlacementStatus.AGREED });
    expect(errorCode(await c.manager.client.request(REPORT, { input: reportInput(agreed.id) }))).toBe('CONFLICT');
  });
});

describe('deciding on an incident', () => {
  it('is for the school’s heads and AP leads, once', async () => {
    await roleMatrix(async (actor) => actor.client.request(DECIDE, { input: { id: await report(), decision: 'Fixed-term suspension; return meeting.' } }), {
      allowed: { head: c.head, apLead: c.apLead },
      refused: { senco: c.senco, dsl: c.dsl, manager: c.manager, commissioner: c.commissioner, otherSchoolHead: c.otherSchoolHead },
    });
    const id = await report();
    const decided = (await c.apLead.client.data(DECIDE, { input: { id, decision: 'Meeting with parent.' } })).recordIncidentDecision;
    expect(decided).toMatchObject({ decision: 'Meeting with parent.', decisionByName: c.apLead.name });
    expect(errorCode(await c.head.client.request(DECIDE, { input: { id, decision: 'Something else.' } }))).toBe('CONFLICT');
    const empty = await c.head.client.request(DECIDE, { input: { id: await report(), decision: ' ' } });
    expect([errorCode(empty), errorField(empty)]).toEqual(['BAD_USER_INPUT', 'decision']);
  });
});

describe('reading incidents', () => {
  it('follows the placement: the school, the provider and the home LA', async () => {
    const id = await report();
    await roleMatrix((actor) => actor.client.request(PLACEMENT_INCIDENTS, { id: placement.id }), {
      allowed: { head: c.head, schoolStaff: c.schoolStaff, manager: c.manager, commissioner: c.commissioner },
      refused: { otherSchoolHead: c.otherSchoolHead, otherProviderManager: c.otherProviderManager, otherLaCommissioner: c.otherLaCommissioner },
    });
    const seen = (await c.head.client.data(PLACEMENT_INCIDENTS, { id: placement.id })).placement.incidents;
    expect(seen.map((incident: any) => incident.id)).toContain(id);
    await roleMatrix((actor) => actor.client.request(`query($id: ID!) { behaviourIncident(id: $id) { id description } }`, { id }), {
      allowed: { head: c.head, apLead: c.apLead, manager: c.manager, providerStaff: c.providerStaff, commissioner: c.commissioner },
      refused: { otherSchoolHead: c.otherSchoolHead, otherProviderManager: c.otherProviderManager, otherLaCommissioner: c.otherLaCommissioner },
    });
  });

  it('lists a school’s undecided incidents, and nothing of other schools', async () => {
    const open = await report();
    const closed = await report();
    await c.head.client.data(DECIDE, { input: { id: closed, decision: 'Restorative meeting.' } });
    const ids = (data: any) => data.behaviourIncidents.edges.map((edge: any) => edge.node.id);
    const undecided = ids(await c.apLead.client.data(INCIDENTS, { filter: { undecided: true } }));
    expect(undecided).toContain(open);
    expect(undecided).not.toContain(closed);
    expect(ids(await c.providerStaff.client.data(INCIDENTS, { filter: { placementId: placement.id } }))).toEqual(expect.arrayContaining([open, closed]));
    expect(ids(await c.otherSchoolHead.client.data(INCIDENTS))).toEqual([]);
    expect(ids(await c.otherProviderManager.client.data(INCIDENTS))).toEqual([]);
  });
});
