import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { ok } from '../qa/framework.fixtures.js';
import { ProviderSite } from '../organisations/provider-site.entity.js';
import { Role } from '../people/role.js';
import { AgreementParty, PlacementAgreement, ReportingCadence } from './agreement.entity.js';
import { PlanObjective } from './objective.entity.js';
import { Placement, PlacementStatus } from './placement.entity.js';
import {
  agreementTerms,
  daysFromToday,
  FULL_WEEK,
  placementCast,
  placementOf,
  pupilOf,
  setPolicy,
  signatureInput,
  today,
  TWO_DAYS,
  type PlacementCast,
} from './placement.fixtures.js';

const t = useTestServer();
let c: PlacementCast;

beforeAll(async () => {
  c = await placementCast(t);
});

const START_REFERRAL = `mutation($input: StartReferralInput!) { startReferral(input: $input) {
  id status legalBasis dualRegistered homeSchoolHoursPerWeek sites { id } reason { id }
  currentAgreement { id version attendanceReporting reviewIntervalWeeks visitsPerTerm reportCadence providerCommitments schoolCommitments timetable { weekday } } } }`;
const UPDATE_REFERRAL = `mutation($input: UpdateReferralInput!) { updateReferral(input: $input) { id legalBasis graduatedResponse sites { id } } }`;
const UPDATE_PLAN = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id plan { rationale reintegrationRoute linksToEhcPlan } } }`;
const SAVE_OBJECTIVE = `mutation($input: SaveObjectiveInput!) { saveObjective(input: $input) { id position description baseline } }`;
const REMOVE_OBJECTIVE = `mutation($id: ID!) { removeObjective(id: $id) { id objectives { id position } } }`;
const UPDATE_AGREEMENT = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { id hoursPerWeek startDate timetable { weekday session } } }`;
const SEND = `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id status proposedAt laNotifiedAt pupilSummary { name needsSummary medicalNeeds emergencyContactName } } }`;
const SIGN = `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id isSigned isFullySigned missingParties placement { id status agreedAt } } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id status startedOn } }`;
const CANCEL = `mutation($input: CancelPlacementInput!) { cancelPlacement(input: $input) { id status endReason } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { id status viewerParty pupil { id upn } pupilSummary { name yearGroup } school { id } provider { id } } }`;

async function siteIdsOf(providerId: string): Promise<string[]> {
  return (await t.owner().find(ProviderSite, { provider: providerId })).map((site) => site.id);
}

async function referralInput(pupilId: string, overrides: Record<string, unknown> = {}) {
  return {
    pupilId,
    providerId: c.provider.id,
    siteIds: await siteIdsOf(c.provider.id),
    reasonId: 'behavioural-support',
    legalBasis: 'OTHER_SCHOOL_ARRANGED',
    graduatedResponse: 'Report card, mentoring and a reduced timetable in the inclusion base since September.',
    parentInvolvement: 'Met with mother on 3 November; she supports the placement.',
    ...overrides,
  };
}

function sign(member: Member, agreementId: string, party: keyof typeof AgreementParty) {
  return member.client.request(SIGN, { input: signatureInput(agreementId, AgreementParty[party]) });
}

/** A draft referral started through the API, with its agreement filled in. */
async function readyDraft(): Promise<{ placementId: string; agreementId: string; pupilId: string }> {
  const pupil = await pupilOf(t, c.school);
  const started = ok(await c.apLead.client.request(START_REFERRAL, { input: await referralInput(pupil.id) })).startReferral;
  ok(await c.apLead.client.request(UPDATE_AGREEMENT, { input: agreementTerms(started.currentAgreement.id) }));
  return { placementId: started.id, agreementId: started.currentAgreement.id, pupilId: pupil.id };
}

async function sentReferral() {
  const draft = await readyDraft();
  ok(await c.apLead.client.request(SEND, { input: { placementId: draft.placementId } }));
  return draft;
}

async function fixturePlacement(status: PlacementStatus, overrides: Partial<Parameters<typeof placementOf>[2]> = {}) {
  const pupil = await pupilOf(t, c.school);
  return placementOf(t, c.apLead, { pupil, provider: c.provider, status, ...overrides });
}

async function statusInDb(id: string): Promise<PlacementStatus> {
  return (await t.owner().findOneOrFail(Placement, id)).status;
}

const schoolRoles = () => ({ head: c.head, apLead: c.apLead, senco: c.senco });
const refusedForSchoolWork = () => ({
  dsl: c.dsl,
  schoolStaff: c.schoolStaff,
  otherSchoolHead: c.otherSchoolHead,
  providerManager: c.manager,
  homeLaCommissioner: c.commissioner,
  hostLaCommissioner: c.hostCommissioner,
});

describe('the placement lifecycle through the API', () => {
  it('goes referral → plan → agreement → sent → three signatures → AGREED → started → ACTIVE', async () => {
    await setPolicy(t, c.school, {
      attendanceReporting: ReportingCadence.WEEKLY,
      reviewIntervalWeeks: 8,
      visitsPerTerm: 2,
      providerCommitments: ['Send weekly attendance.'],
      schoolCommitments: ['Co-ordinate exam entries.'],
    });
    const pupil = await pupilOf(t, c.school, { medicalNeeds: 'Asthma: inhaler in bag', emergencyContactName: 'Jo Tester', emergencyContactPhone: '07700 900123' });
    const started = ok(await c.apLead.client.request(START_REFERRAL, { input: await referralInput(pupil.id, { dualRegistered: false, homeSchoolHoursPerWeek: 5 }) })).startReferral;
    expect(started).toMatchObject({
      status: 'DRAFT',
      homeSchoolHoursPerWeek: 5,
      reason: { id: 'behavioural-support' },
      currentAgreement: {
        version: 1,
        attendanceReporting: 'WEEKLY',
        reviewIntervalWeeks: 8,
        visitsPerTerm: 2,
        providerCommitments: ['Send weekly attendance.'],
        schoolCommitments: ['Co-ordinate exam entries.'],
        timetable: [],
      },
    });
    const placementId = started.id;
    const agreementId = started.currentAgreement.id;

    const plan = ok(await c.apLead.client.request(UPDATE_PLAN, { input: { placementId, rationale: 'Needs a smaller, practical setting.', reintegrationRoute: 'Phased return after Easter.', linksToEhcPlan: false } }));
    expect(plan.updatePlan.plan).toEqual({ rationale: 'Needs a smaller, practical setting.', reintegrationRoute: 'Phased return after Easter.', linksToEhcPlan: false });
    const objective = ok(
      await c.apLead.client.request(SAVE_OBJECTIVE, {
        input: { placementId, description: 'Attend every timetabled session', baseline: '62% attendance last half term', target: '95%', measure: 'Provider session register', timeframe: 'By February half term' },
      }),
    ).saveObjective;
    expect(objective).toMatchObject({ position: 1, baseline: '62% attendance last half term' });

    const agreement = ok(await c.apLead.client.request(UPDATE_AGREEMENT, { input: agreementTerms(agreementId, { timetable: FULL_WEEK }) })).updateAgreement;
    expect(agreement.hoursPerWeek).toBe(25);

    const sent = ok(await c.apLead.client.request(SEND, { input: { placementId, needsSummary: 'Struggles with transitions.', shareMedicalNeeds: true } })).sendReferral;
    expect(sent).toMatchObject({ status: 'PROPOSED', pupilSummary: { name: pupil.displayName, needsSummary: 'Struggles with transitions.', medicalNeeds: 'Asthma: inhaler in bag', emergencyContactName: null } });
    expect(sent.proposedAt).toBeTruthy();
    expect(sent.laNotifiedAt).toBeTruthy();

    expect(ok(await sign(c.head, agreementId, 'SCHOOL')).signAgreement).toMatchObject({ isSigned: true, isFullySigned: false, missingParties: ['PROVIDER', 'PARENT_CARER'] });
    expect(ok(await sign(c.apLead, agreementId, 'PARENT_CARER')).signAgreement.placement.status).toBe('PROPOSED');
    const agreed = ok(await sign(c.manager, agreementId, 'PROVIDER')).signAgreement;
    expect(agreed).toMatchObject({ isFullySigned: true, missingParties: [], placement: { status: 'AGREED' } });
    expect(agreed.placement.agreedAt).toBeTruthy();

    const signedVersion = await t.owner().findOneOrFail(PlacementAgreement, agreementId);
    expect(signedVersion.planSnapshot).toMatchObject({ plan: { rationale: 'Needs a smaller, practical setting.' }, objectives: [{ description: 'Attend every timetabled session' }] });

    const active = ok(await c.apLead.client.request(START, { input: { placementId, startedOn: today() } })).startPlacement;
    expect(active).toEqual({ id: placementId, status: 'ACTIVE', startedOn: today() });
    const view = ok(await c.apLead.client.request(`query($id: ID!) { placement(id: $id) { hoursPerWeek attendancePattern viewerParty currentAgreement { signedPlan { objectives { description } } } } }`, { id: placementId }));
    expect(view.placement).toEqual({ hoursPerWeek: 25, attendancePattern: 'FULL_TIME', viewerParty: 'SCHOOL', currentAgreement: { signedPlan: { objectives: [{ description: 'Attend every timetabled session' }] } } });
  });

  it('starts the agreement from the national defaults when the school has no AP policy', async () => {
    const school = await t.world.school(c.la, 'No Policy School');
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const pupil = await pupilOf(t, school);
    const started = ok(await head.client.request(START_REFERRAL, { input: await referralInput(pupil.id) })).startReferral;
    expect(started.currentAgreement).toMatchObject({ attendanceReporting: 'DAILY', reviewIntervalWeeks: 6, visitsPerTerm: 1, reportCadence: 'TERMLY', providerCommitments: [] });
  });

  it('lists the placement reasons for everyone who reads placements', async () => {
    const reasons = ok(await c.manager.client.request(`{ placementReasons { id label } }`)).placementReasons;
    expect(reasons.map((r: { id: string }) => r.id)).toEqual(['permanent-exclusion', 'behavioural-support', 'medical-mental-health', 'named-in-ehc-plan', 'other']);
  });
});

describe('sending a referral', () => {
  it('notifies the home LA’s commissioners and QA officers and the provider’s managers, in the portal and by e-mail', async () => {
    const qaOfficer = await t.world.member(c.la, [Role.QA_OFFICER]);
    const before = t.outbox().length;
    const { placementId } = await sentReferral();
    const rows = await t.owner().execute<{ user_id: string; kind: string; link: string }[]>(`select user_id, kind, link from notification where link = ? order by kind`, [`/placements/${placementId}`]);
    const provRows = await t.owner().execute<{ user_id: string; link: string }[]>(`select user_id, link from notification where link = ?`, [`/provider/placements/${placementId}`]);
    expect(rows).toEqual(
      expect.arrayContaining([
        { user_id: c.commissioner.user.id, kind: 'PLACEMENT_NOTIFIED', link: `/placements/${placementId}` },
        { user_id: qaOfficer.user.id, kind: 'PLACEMENT_NOTIFIED', link: `/placements/${placementId}` },
      ]),
    );
    expect(rows.some((row) => row.user_id === c.hostCommissioner.user.id)).toBe(false);
    expect(provRows.map((row) => row.user_id)).toEqual([c.manager.user.id]);
    const emails = t.outbox().slice(before);
    expect(emails.map((e) => e.to).sort()).toEqual([c.commissioner.email, qaOfficer.email, c.manager.email].sort());
    const toLa = emails.find((e) => e.to === c.commissioner.email)!;
    expect(toLa.text).toContain('has referred a Year 9 pupil to');
    expect(toLa.text).toContain(`/placements/${placementId}`);
    expect(toLa.text).not.toContain('Tester');
  });

  it('refuses an incomplete draft, naming what is missing, and sends nothing', async () => {
    const pupil = await pupilOf(t, c.school);
    const started = ok(await c.apLead.client.request(START_REFERRAL, { input: await referralInput(pupil.id) })).startReferral;
    const before = t.outbox().length;
    const result = await c.apLead.client.request(SEND, { input: { placementId: started.id } });
    expect([errorCode(result), errorField(result), result.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'timetable', 'Add at least one session to the timetable']);
    expect(await statusInDb(started.id)).toBe(PlacementStatus.DRAFT);
    expect(t.outbox().length).toBe(before);
  });

  it('cannot send a referral twice', async () => {
    const { placementId } = await sentReferral();
    expect(errorCode(await c.apLead.client.request(SEND, { input: { placementId } }))).toBe('CONFLICT');
  });
});

describe('who sees a placement', () => {
  it('a provider cannot see a draft; once sent it sees the shared summary but never the pupil record', async () => {
    const { placementId, pupilId } = await readyDraft();
    expect(errorCode(await c.manager.client.request(PLACEMENT, { id: placementId }))).toBe('NOT_FOUND');
    const listed = async (member: Member) =>
      ok(await member.client.request(`query($p: ID!) { placements(first: 100, filter: { providerId: $p }) { edges { node { id } } } }`, { p: c.provider.id })).placements.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await listed(c.manager)).not.toContain(placementId);

    ok(await c.apLead.client.request(SEND, { input: { placementId } }));
    const seen = ok(await c.manager.client.request(PLACEMENT, { id: placementId })).placement;
    expect(seen).toMatchObject({ id: placementId, status: 'PROPOSED', viewerParty: 'PROVIDER', pupil: null, pupilSummary: { yearGroup: 9 } });
    expect(await listed(c.manager)).toContain(placementId);
    expect(ok(await c.providerStaff.client.request(PLACEMENT, { id: placementId })).placement.pupil).toBeNull();
    expect(ok(await c.head.client.request(PLACEMENT, { id: placementId })).placement.pupil).toEqual({ id: pupilId, upn: expect.any(String) });
  });

  it('the home LA sees it with the pupil, the host LA (a site in its area) without; other LAs, schools and providers get NOT_FOUND', async () => {
    const { placementId, pupilId } = await sentReferral();
    expect(ok(await c.commissioner.client.request(PLACEMENT, { id: placementId })).placement).toMatchObject({ viewerParty: null, pupil: { id: pupilId } });
    expect(ok(await c.hostCommissioner.client.request(PLACEMENT, { id: placementId })).placement).toMatchObject({ viewerParty: null, pupil: null });
    for (const outsider of [c.otherLaCommissioner, c.otherSchoolHead, c.otherProviderManager]) {
      expect(errorCode(await outsider.client.request(PLACEMENT, { id: placementId }))).toBe('NOT_FOUND');
    }
  });

  it('the host LA does not see drafts at its sites; the home LA does', async () => {
    const { placementId } = await readyDraft();
    expect(errorCode(await c.hostCommissioner.client.request(PLACEMENT, { id: placementId }))).toBe('NOT_FOUND');
    expect(ok(await c.commissioner.client.request(PLACEMENT, { id: placementId })).placement.id).toBe(placementId);
  });

  it('placement(id) is for every role that reads placements, and audited', async () => {
    const placement = await fixturePlacement(PlacementStatus.ACTIVE);
    await roleMatrix((actor) => actor.client.request(PLACEMENT, { id: placement.id }), {
      allowed: { head: c.head, dsl: c.dsl, schoolStaff: c.schoolStaff, manager: c.manager, providerStaff: c.providerStaff, commissioner: c.commissioner, hostCommissioner: c.hostCommissioner },
      refused: { otherSchoolHead: c.otherSchoolHead, otherProviderManager: c.otherProviderManager, otherLaCommissioner: c.otherLaCommissioner },
    });
    const [row] = await t.owner().execute(`select count(*)::int as n from audit_event where subject_type = 'Placement' and subject_id = ? and action = 'read'`, [placement.id]);
    expect(row.n).toBe(7);
  });

  it('filters the list by status, pupil and name', async () => {
    const pupil = await pupilOf(t, c.school, { legalForename: 'Zebedee', legalSurname: 'Quartermaine' });
    const active = await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.ACTIVE });
    await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.CANCELLED });
    const ids = async (member: Member, filter: Record<string, unknown>) =>
      ok(await member.client.request(`query($f: PlacementFilter) { placements(first: 50, filter: $f) { totalCount edges { node { id } } } }`, { f: filter })).placements.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await ids(c.head, { pupilId: pupil.id, statuses: ['ACTIVE'] })).toEqual([active.id]);
    expect(await ids(c.head, { search: 'zebedee quarter' })).toHaveLength(2);
    expect(await ids(c.manager, { search: 'Zebedee', statuses: ['ACTIVE'] })).toEqual([active.id]);
    expect(await ids(c.otherSchoolHead, { search: 'Zebedee' })).toEqual([]);
  });

  it('costs the same number of statements for 3 placements as for 12 (no N+1)', async () => {
    const school = await t.world.school(c.la, 'Busy School');
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const LIST = `{ placements(first: 50) { edges { node { id status pupil { id } pupilSummary { name } school { id } localAuthority { id } provider { id }
      sites { id } reason { id } objectives { id } hoursPerWeek attendancePattern
      currentAgreement { id isSigned missingParties signatures { party } } agreements { id } } } } }`;
    const make = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await placementOf(t, head, { pupil: await pupilOf(t, school), provider: i % 2 ? c.provider : (await t.world.provider({ la: c.hostLa })), status: PlacementStatus.ACTIVE });
      }
    };
    await make(3);
    const few = await t.countQueries(() => head.client.request(LIST));
    await make(9);
    let result: GraphQLResult = {};
    const many = await t.countQueries(async () => (result = await head.client.request(LIST)));
    expect(ok(result).placements.edges).toHaveLength(12);
    expect(many.length).toBe(few.length);
  });
});

describe('Pupil.placements and Pupil.weeklyHours', () => {
  it('lists the pupil’s placements newest first and adds agreed and active hours to the home-school hours once', async () => {
    const pupil = await pupilOf(t, c.school);
    const older = await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.ACTIVE, timetable: TWO_DAYS, placement: { homeSchoolHoursPerWeek: 12.5 } });
    const newer = await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.AGREED, timetable: TWO_DAYS.slice(0, 2), placement: { homeSchoolHoursPerWeek: 12.5 } });
    await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.PROPOSED, timetable: FULL_WEEK });
    const data = ok(await c.head.client.request(`query($id: ID!) { pupil(id: $id) { weeklyHours placements { id status } } }`, { id: pupil.id })).pupil;
    expect(data.weeklyHours).toBe(10 + 5 + 12.5);
    expect(data.placements.map((p: { id: string }) => p.id).slice(1)).toEqual([newer.id, older.id]);
  });
});

describe('attendancePattern', () => {
  it('follows the school policy’s full-time threshold', async () => {
    const school = await t.world.school(c.la, 'Threshold School');
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const placement = await placementOf(t, head, { pupil: await pupilOf(t, school), provider: c.provider, status: PlacementStatus.ACTIVE, timetable: TWO_DAYS });
    const pattern = async () => ok(await head.client.request(`query($id: ID!) { placement(id: $id) { attendancePattern hoursPerWeek } }`, { id: placement.id })).placement;
    expect(await pattern()).toEqual({ attendancePattern: 'PART_TIME', hoursPerWeek: 10 });
    await setPolicy(t, school, { fullTimeHoursThreshold: 10 });
    expect((await pattern()).attendancePattern).toBe('FULL_TIME');
  });
});

describe('role matrix of the school’s placement work', () => {
  it('startReferral: the school’s placement leads; a pupil of another school is NOT_FOUND', async () => {
    const pupil = await pupilOf(t, c.school);
    await roleMatrix(async (actor) => actor.client.request(START_REFERRAL, { input: await referralInput(pupil.id) }), {
      allowed: schoolRoles(),
      refused: refusedForSchoolWork(),
    });
  });

  it('updateReferral', async () => {
    await roleMatrix(
      async (actor) => {
        const placement = await fixturePlacement(PlacementStatus.DRAFT);
        return actor.client.request(UPDATE_REFERRAL, { input: { ...(await referralInput('unused')), pupilId: undefined, placementId: placement.id, legalBasis: 'S100_SUSPENSION' } });
      },
      { allowed: schoolRoles(), refused: refusedForSchoolWork() },
    );
  });

  it('updatePlan, saveObjective and removeObjective', async () => {
    const placement = await fixturePlacement(PlacementStatus.DRAFT);
    await roleMatrix((actor) => actor.client.request(UPDATE_PLAN, { input: { placementId: placement.id, rationale: 'Rationale' } }), {
      allowed: schoolRoles(),
      refused: refusedForSchoolWork(),
    });
    await roleMatrix(
      (actor) => actor.client.request(SAVE_OBJECTIVE, { input: { placementId: placement.id, description: 'Objective', target: 'T', measure: 'M', timeframe: 'By Easter' } }),
      { allowed: schoolRoles(), refused: refusedForSchoolWork() },
    );
    const objectives = await t.owner().find(PlanObjective, { placement: placement.id }, { orderBy: { position: 'asc' } });
    expect(objectives).toHaveLength(4);
    await roleMatrix((actor) => actor.client.request(REMOVE_OBJECTIVE, { id: objectives[0].id }), { allowed: {}, refused: refusedForSchoolWork() });
    await roleMatrix((actor, name) => actor.client.request(REMOVE_OBJECTIVE, { id: objectives[Object.keys(schoolRoles()).indexOf(name)].id }), { allowed: schoolRoles(), refused: {} });
    const left = await t.owner().find(PlanObjective, { placement: placement.id }, { orderBy: { position: 'asc' } });
    expect(left.map((o) => o.position)).toEqual([1]);
  });

  it('sendReferral', async () => {
    await roleMatrix(
      async (actor) => {
        const { placementId } = await readyDraft();
        return actor.client.request(SEND, { input: { placementId } });
      },
      { allowed: schoolRoles(), refused: refusedForSchoolWork() },
    );
  });

  it('startPlacement', async () => {
    await roleMatrix(
      async (actor) => actor.client.request(START, { input: { placementId: (await fixturePlacement(PlacementStatus.AGREED)).id, startedOn: today() } }),
      { allowed: schoolRoles(), refused: refusedForSchoolWork() },
    );
  });

  it('cancelPlacement', async () => {
    await roleMatrix(
      async (actor) => actor.client.request(CANCEL, { input: { placementId: (await fixturePlacement(PlacementStatus.PROPOSED)).id, reason: 'Parent withdrew consent' } }),
      { allowed: schoolRoles(), refused: refusedForSchoolWork() },
    );
  });

  it('placements and placementReasons: every member who reads placements; not the platform team or the signed-out', async () => {
    const admin = await t.world.member(await t.world.platform(), [Role.PLATFORM_ADMIN]);
    const outsiders = { admin, anonymous: { client: t.client() } as Member };
    const readers = { head: c.head, schoolStaff: c.schoolStaff, manager: c.manager, providerStaff: c.providerStaff, commissioner: c.commissioner };
    await roleMatrix((actor) => actor.client.request(`{ placements(first: 5) { totalCount } }`), { allowed: readers, refused: outsiders });
    await roleMatrix((actor) => actor.client.request(`{ placementReasons { id } }`), { allowed: readers, refused: outsiders });
  });
});

describe('status rules', () => {
  it('starts only an agreed placement, on a real date not in the future', async () => {
    const proposed = await fixturePlacement(PlacementStatus.PROPOSED);
    expect(errorCode(await c.apLead.client.request(START, { input: { placementId: proposed.id, startedOn: today() } }))).toBe('CONFLICT');
    const agreed = await fixturePlacement(PlacementStatus.AGREED);
    const impossible = await c.apLead.client.request(START, { input: { placementId: agreed.id, startedOn: '2026-02-30' } });
    expect([errorCode(impossible), errorField(impossible)]).toEqual(['BAD_USER_INPUT', 'startedOn']);
    const future = await c.apLead.client.request(START, { input: { placementId: agreed.id, startedOn: daysFromToday(3) } });
    expect([errorCode(future), errorField(future)]).toEqual(['BAD_USER_INPUT', 'startedOn']);
    expect(await statusInDb(agreed.id)).toBe(PlacementStatus.AGREED);
  });

  it('cancels only before the start, with a reason; the provider hears of a sent referral being cancelled', async () => {
    const active = await fixturePlacement(PlacementStatus.ACTIVE);
    expect(errorCode(await c.apLead.client.request(CANCEL, { input: { placementId: active.id, reason: 'No longer needed' } }))).toBe('CONFLICT');
    const agreed = await fixturePlacement(PlacementStatus.AGREED);
    const noReason = await c.apLead.client.request(CANCEL, { input: { placementId: agreed.id, reason: '  ' } });
    expect([errorCode(noReason), errorField(noReason)]).toEqual(['BAD_USER_INPUT', 'reason']);
    expect(ok(await c.apLead.client.request(CANCEL, { input: { placementId: agreed.id, reason: 'Family moved away' } })).cancelPlacement).toMatchObject({ status: 'CANCELLED', endReason: 'Family moved away' });
    const [row] = await t.owner().execute(`select count(*)::int as n from notification where kind = 'PLACEMENT_CANCELLED' and link = ?`, [`/provider/placements/${agreed.id}`]);
    expect(row.n).toBe(1);
  });

  it('changes the referral while a draft or sent and unsigned; then refuses', async () => {
    const { placementId, agreementId } = await sentReferral();
    const input = { ...(await referralInput('unused')), pupilId: undefined, placementId, graduatedResponse: 'Updated after the provider asked' };
    expect(ok(await c.apLead.client.request(UPDATE_REFERRAL, { input })).updateReferral.graduatedResponse).toBe('Updated after the provider asked');
    const other = await t.world.provider({ la: c.hostLa });
    const moved = await c.apLead.client.request(UPDATE_REFERRAL, { input: { ...input, providerId: other.id, siteIds: await siteIdsOf(other.id) } });
    expect([errorCode(moved), errorField(moved)]).toEqual(['CONFLICT', 'providerId']);
    ok(await sign(c.head, agreementId, 'SCHOOL'));
    expect(errorCode(await c.apLead.client.request(UPDATE_REFERRAL, { input }))).toBe('CONFLICT');
    expect(errorCode(await c.apLead.client.request(UPDATE_PLAN, { input: { placementId, rationale: 'Changed after signing' } }))).toBe('CONFLICT');
  });
});

describe('bad referral input is refused on its field, saving nothing', () => {
  const count = async () => t.owner().count(Placement, { school: c.school.id });

  it.each([
    ['an impossible notice date', { parentNoticeGivenOn: '2026-02-30' }, 'parentNoticeGivenOn', 'The date notice was given to the parent must be a real date, like 2026-03-27'],
    ['no site', { siteIds: [] }, 'siteIds', 'Choose at least one site the pupil will attend'],
    ['an unknown reason', { reasonId: 'made-up' }, 'reasonId', 'Choose the reason for the placement'],
    ['negative home-school hours', { homeSchoolHoursPerWeek: -1 }, 'homeSchoolHoursPerWeek', 'Hours a week at the home school must be between 0 and 32.5'],
  ])('%s', async (_name, overrides, field, message) => {
    const pupil = await pupilOf(t, c.school);
    const before = await count();
    const result = await c.apLead.client.request(START_REFERRAL, { input: await referralInput(pupil.id, overrides) });
    expect([errorCode(result), errorField(result), result.errors?.[0].message]).toEqual(['BAD_USER_INPUT', field, message]);
    expect(await count()).toBe(before);
  });

  it('a site of another provider', async () => {
    const pupil = await pupilOf(t, c.school);
    const other = await t.world.provider({ la: c.hostLa });
    const before = await count();
    const result = await c.apLead.client.request(START_REFERRAL, { input: await referralInput(pupil.id, { siteIds: [...(await siteIdsOf(c.provider.id)), ...(await siteIdsOf(other.id))] }) });
    expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'siteIds']);
    expect(await count()).toBe(before);
  });

  it('an objective without a target', async () => {
    const placement = await fixturePlacement(PlacementStatus.DRAFT);
    const result = await c.apLead.client.request(SAVE_OBJECTIVE, { input: { placementId: placement.id, description: 'Objective', target: ' ', measure: 'M', timeframe: 'T' } });
    expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'target']);
    expect(await t.owner().count(PlanObjective, { placement: placement.id })).toBe(1);
  });
});
