import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import { Provider, type School } from '../organisations/organisation.entity.js';
import { Role } from '../people/role.js';
import { ReportingCadence } from '../placements/agreement.entity.js';
import { FULL_WEEK, TWO_DAYS, placementCast, placementOf, pupilOf, setPolicy, type PlacementCast } from '../placements/placement.fixtures.js';
import { Placement, PlacementStatus } from '../placements/placement.entity.js';
import { FindingSeverity } from './finding.type.js';

const t = useTestServer();

const PLACEMENT_FINDINGS = `query($id: ID!) { placement(id: $id) { id findings { rule severity subject subjectId placementId title explanation source since } } }`;
const PUPIL_FINDINGS = `query($id: ID!) { pupil(id: $id) { findings { rule placementId } } }`;
const LIST = `query($severity: FindingSeverity, $first: Int!, $after: String) {
  complianceFindings(severity: $severity, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { rule severity subject subjectId placementId } }
  }
}`;
const PLACEMENTS_WITH_FINDINGS = `query { placements(first: 50) { edges { node { id findings { rule } } } } }`;
const POLICY_CHECKS = `query($id: ID!) { organisation(id: $id) { ... on Provider { policyChecks { requirement title met detail } } } }`;

const rulesOf = async (member: Member, placementId: string): Promise<string[]> =>
  (await member.client.data(PLACEMENT_FINDINGS, { id: placementId })).placement.findings.map((found: { rule: string }) => found.rule);

async function registeredProvider(name = 'Registered School'): Promise<Provider> {
  const provider = await t.world.provider({ name });
  const em = t.owner();
  await em.nativeUpdate(Provider, { id: provider.id }, { registrationStatus: ProviderRegistrationStatus.REGISTERED_SCHOOL });
  return Object.assign(provider, { registrationStatus: ProviderRegistrationStatus.REGISTERED_SCHOOL });
}

let c: PlacementCast;
beforeAll(async () => {
  c = await placementCast(t);
});

describe('a placement’s findings', () => {
  it('follow the home school’s policy and read the same to everyone who sees the placement', async () => {
    const school = await t.world.school(c.la);
    const apLead = await t.world.member(school, [Role.AP_LEAD]);
    await setPolicy(t, school, { fullTimeProvidersMustBeRegistered: true, attendanceReporting: ReportingCadence.DAILY });
    const pupil = await pupilOf(t, school);
    const placement = await placementOf(t, apLead, {
      pupil,
      provider: c.provider,
      status: PlacementStatus.PROPOSED,
      timetable: FULL_WEEK,
      attendanceReporting: ReportingCadence.WEEKLY,
    });
    const expected = ['ATTENDANCE_REPORTING_LESS_OFTEN_THAN_POLICY', 'FULL_TIME_PROVIDER_NOT_REGISTERED', 'EXPIRED_PROVIDER_EVIDENCE'];
    for (const member of [apLead, c.commissioner, c.manager, c.hostCommissioner]) expect(await rulesOf(member, placement.id)).toEqual(expected);

    const [registered] = (await apLead.client.data(PLACEMENT_FINDINGS, { id: placement.id })).placement.findings;
    expect(registered).toMatchObject({ severity: 'BLOCKING', subject: 'PLACEMENT', subjectId: placement.id, placementId: placement.id, source: `${school.name} AP policy` });
  });

  it('are none on a cancelled placement', async () => {
    const pupil = await pupilOf(t, c.school);
    const placement = await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.CANCELLED, placement: { laNotifiedAt: null } });
    expect(await rulesOf(c.apLead, placement.id)).toEqual([]);
  });

  it('read a provider’s view from the summary the school shared, and count the pupil’s other placements it cannot see', async () => {
    const school = await t.world.school(c.la);
    const apLead = await t.world.member(school, [Role.AP_LEAD]);
    await setPolicy(t, school, { fullTimeInTotal: true, teamTeachForBehaviourRisk: true });
    const pupil = await pupilOf(t, school, { behaviourRiskAssessment: true });
    const here = await placementOf(t, apLead, { pupil, provider: c.provider, status: PlacementStatus.ACTIVE, timetable: TWO_DAYS });
    const both = ['NO_TEAM_TEACH_TRAINED_STAFF', 'NOT_FULL_TIME_IN_TOTAL'];
    expect(await rulesOf(c.manager, here.id)).toEqual(expect.arrayContaining(both));
    expect(await rulesOf(apLead, here.id)).toEqual(expect.arrayContaining(both));

    // Another 10 hours elsewhere make 20 in total: full-time, for the school and for this provider alike.
    const elsewhere = await registeredProvider();
    await placementOf(t, apLead, { pupil, provider: elsewhere, status: PlacementStatus.AGREED, timetable: TWO_DAYS });
    expect(await rulesOf(c.manager, here.id)).not.toContain('NOT_FULL_TIME_IN_TOTAL');
    expect(await rulesOf(apLead, here.id)).not.toContain('NOT_FULL_TIME_IN_TOTAL');
    expect(await rulesOf(c.manager, here.id)).toContain('NO_TEAM_TEACH_TRAINED_STAFF');
  });

  it('of a pupil cover each of the pupil’s placements', async () => {
    const pupil = await pupilOf(t, c.school, { ehcPlan: true });
    const first = await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.PROPOSED });
    const second = await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.DRAFT });
    const findings = (await c.head.client.data(PUPIL_FINDINGS, { id: pupil.id })).pupil.findings;
    const caseworker = findings.filter((found: { rule: string }) => found.rule === 'EHCP_CASEWORKER_NOT_NOTIFIED').map((found: { placementId: string }) => found.placementId);
    expect(caseworker.sort()).toEqual([first.id, second.id].sort());
  });

  it('give the BLOCKING ones to signing', async () => {
    const school = await t.world.school(c.la);
    const apLead = await t.world.member(school, [Role.AP_LEAD]);
    await setPolicy(t, school, { baselineRequired: true });
    const pupil = await pupilOf(t, school);
    const placement = await placementOf(t, apLead, { pupil, provider: c.provider, status: PlacementStatus.PROPOSED, objectives: [{ description: 'Attend', baseline: null }] });
    const blocking = await t.server.services.compliance.blockingFindings(t.owner(), placement.id);
    expect(blocking.map((found) => [found.rule, found.severity])).toEqual([['OBJECTIVE_WITHOUT_BASELINE', FindingSeverity.BLOCKING]]);
  });

  it('flag a non-school provider with five full-time pupils across every school', async () => {
    const provider = await t.world.provider({ name: 'Busy Unregistered' });
    const schools: School[] = [c.school, await t.world.school(c.la), await t.world.school(c.hostLa)];
    const placements = [];
    for (let i = 0; i < 5; i += 1) {
      const school = schools[i % schools.length];
      const lead = school.id === c.school.id ? c.apLead : await t.world.member(school, [Role.AP_LEAD]);
      placements.push(await placementOf(t, lead, { pupil: await pupilOf(t, school), provider, status: i < 4 ? PlacementStatus.ACTIVE : PlacementStatus.PROPOSED, timetable: FULL_WEEK }));
    }
    expect(await rulesOf(c.apLead, placements[0].id)).not.toContain('REGISTRATION_THRESHOLD');
    const fifth = placements[4];
    await t.owner().nativeUpdate(Placement, { id: fifth.id }, { status: PlacementStatus.AGREED });
    const threshold = (await c.apLead.client.data(PLACEMENT_FINDINGS, { id: placements[0].id })).placement.findings.find((f: { rule: string }) => f.rule === 'REGISTRATION_THRESHOLD');
    expect(threshold).toMatchObject({ severity: 'WARNING', subject: 'PROVIDER', subjectId: provider.id, placementId: placements[0].id });
    expect(threshold.explanation).toContain('5 pupils full-time');
  });
});

const placementIds = async (member: Member): Promise<Set<string>> =>
  new Set((await member.client.data(LIST, { first: 100 })).complianceFindings.edges.map((e: { node: { placementId: string } }) => e.node.placementId));

describe('the findings list', () => {
  let school: School;
  let lead: Member;
  beforeAll(async () => {
    school = await t.world.school(c.la);
    lead = await t.world.member(school, [Role.HEADTEACHER]);
    await setPolicy(t, school, { writtenPlanRequired: true });
    for (let i = 0; i < 3; i += 1) await placementOf(t, lead, { pupil: await pupilOf(t, school), provider: c.provider, status: PlacementStatus.PROPOSED });
  });

  it('is for a school’s and an LA’s people; providers and the platform are refused', async () => {
    await roleMatrix((actor) => actor.client.request(LIST, { first: 5 }), {
      allowed: { head: lead, commissioner: c.commissioner, otherLa: c.otherLaCommissioner },
      refused: { providerManager: c.manager, anonymous: { client: t.client() } as Member },
    });
  });

  it('shows a school its own placements’ findings, most serious first, and a provider’s finding once', async () => {
    const list = (await lead.client.data(LIST, { first: 100 })).complianceFindings;
    const rules = list.edges.map((edge: { node: { rule: string } }) => edge.node.rule);
    expect(rules.filter((rule: string) => rule === 'WRITTEN_PLAN_INCOMPLETE')).toHaveLength(3);
    expect(rules.filter((rule: string) => rule === 'EXPIRED_PROVIDER_EVIDENCE')).toHaveLength(1);
    expect(list.edges[0].node.severity).toBe('BLOCKING');
    expect(list.totalCount).toBe(4);
    const mine = await placementIds(lead);
    expect([...(await placementIds(c.otherSchoolHead))].some((id) => mine.has(id))).toBe(false);
  });

  it('pages, and filters by severity', async () => {
    const first = (await lead.client.data(LIST, { first: 3 })).complianceFindings;
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const rest = (await lead.client.data(LIST, { first: 3, after: first.pageInfo.endCursor })).complianceFindings;
    expect(rest.edges).toHaveLength(1);
    expect((await lead.client.data(LIST, { first: 10, severity: 'WARNING' })).complianceFindings.totalCount).toBe(1);
  });

  it('is counted by severity for dashboards', async () => {
    expect((await lead.client.data(`{ complianceSummary { blocking warning info } }`)).complianceSummary).toEqual({ blocking: 3, warning: 1, info: 0 });
    expect(errorCode(await c.manager.client.request(`{ complianceSummary { blocking } }`))).toBe('FORBIDDEN');
  });

  it('links each finding to its placement', async () => {
    const [first] = (await lead.client.data(`{ complianceFindings(first: 1) { edges { node { placementId placement { id status } } } } }`)).complianceFindings.edges;
    expect(first.node.placement).toEqual({ id: first.node.placementId, status: 'PROPOSED' });
  });

  it('shows an LA the sent placements of its schools, not drafts and not another LA’s', async () => {
    const draft = await placementOf(t, lead, { pupil: await pupilOf(t, school), provider: c.provider, status: PlacementStatus.DRAFT });
    const mine = await placementIds(lead);
    const la = await placementIds(c.commissioner);
    const otherLa = await placementIds(c.otherLaCommissioner);
    expect(mine.has(draft.id)).toBe(true);
    expect(la.has(draft.id)).toBe(false);
    expect([...mine].filter((id) => id !== draft.id).every((id) => la.has(id))).toBe(true);
    expect([...mine].some((id) => otherLa.has(id))).toBe(false);
  });

  it('batches the facts: the same number of queries for three placements or nine', async () => {
    const small = await t.world.school(c.la);
    const smallHead = await t.world.member(small, [Role.HEADTEACHER]);
    const providers = [c.provider, await registeredProvider(), await t.world.provider()];
    const build = async (head: Member, at: School, n: number) => {
      for (let i = 0; i < n; i += 1) {
        await placementOf(t, head, { pupil: await pupilOf(t, at), provider: providers[i % 3], status: i % 2 ? PlacementStatus.ACTIVE : PlacementStatus.PROPOSED });
      }
    };
    const big = await t.world.school(c.la);
    const bigHead = await t.world.member(big, [Role.HEADTEACHER]);
    await build(smallHead, small, 3);
    await build(bigHead, big, 9);
    for (const query of [LIST, PLACEMENTS_WITH_FINDINGS]) {
      const variables = { first: 100 };
      await smallHead.client.data(query, variables);
      const few = await t.countQueries(() => smallHead.client.data(query, variables));
      const many = await t.countQueries(() => bigHead.client.data(query, variables));
      expect(many.length, query).toBe(few.length);
      expect(few.length, query).toBeLessThan(25);
    }
  });
});

describe('a provider’s policy checks', () => {
  it('tell a school member whether the provider meets each provider requirement of their policy', async () => {
    const school = await t.world.school(c.la);
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    await setPolicy(t, school, { fullTimeProvidersMustBeRegistered: true, teamTeachForBehaviourRisk: true });
    const checks = (await head.client.data(POLICY_CHECKS, { id: c.provider.id })).organisation.policyChecks;
    expect(checks.map((check: { requirement: string; met: boolean }) => [check.requirement, check.met])).toEqual([
      ['REGISTERED_FOR_FULL_TIME', false],
      ['TEAM_TEACH_TRAINED_STAFF', false],
    ]);
    const registered = await registeredProvider();
    expect((await head.client.data(POLICY_CHECKS, { id: registered.id })).organisation.policyChecks[0]).toMatchObject({ met: true, detail: `${registered.name} is a registered school.` });
  });

  it('are empty for people outside schools', async () => {
    for (const member of [c.commissioner, c.manager]) expect((await member.client.data(POLICY_CHECKS, { id: c.provider.id })).organisation.policyChecks).toEqual([]);
    expect(errorCode(await t.client().request(POLICY_CHECKS, { id: c.provider.id }))).toBe('UNAUTHENTICATED');
  });
});
