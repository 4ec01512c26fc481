import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { ok } from '../qa/framework.fixtures.js';
import { Role } from '../people/role.js';
import { AgreementParty, AgreementSignature, PlacementAgreement, SessionOfDay, Weekday } from './agreement.entity.js';
import { LegalBasis, Placement, PlacementStatus } from './placement.entity.js';
import { agreementTerms, daysFromToday, FULL_WEEK, placementCast, placementOf, pupilOf, setPolicy, signatureInput, TWO_DAYS, type PlacementCast, type PlacementOptions } from './placement.fixtures.js';

const t = useTestServer();
let c: PlacementCast;

beforeAll(async () => {
  c = await placementCast(t);
});

const UPDATE = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) {
  id version hoursPerWeek startDate proposedEndDate costPence costBasis providerCommitments timetable { weekday session startTime endTime } } }`;
const NEW_VERSION = `mutation($id: ID!) { newAgreementVersion(placementId: $id) {
  id version hoursPerWeek timetable { weekday } isSigned missingParties signedPlan { plan { rationale } } placement { id status agreedAt currentAgreement { id } agreements { version } } } }`;
const SIGN = `mutation($input: SignAgreementInput!) { signAgreement(input: $input) {
  id isSigned isFullySigned missingParties signatures { party signerName method signedOn recordedBy } signedPlan { objectives { description } } placement { status } } }`;

async function placement(status: PlacementStatus, options: Partial<PlacementOptions> = {}): Promise<{ placement: Placement; agreementId: string }> {
  const created = await placementOf(t, c.apLead, { pupil: await pupilOf(t, c.school), provider: c.provider, status, ...options });
  const agreement = await t.owner().findOneOrFail(PlacementAgreement, { placement: created.id });
  return { placement: created, agreementId: agreement.id };
}

/** Full-time terms with a cost, and a blank commitment to drop. */
function agreementInput(agreementId: string, overrides: Record<string, unknown> = {}) {
  return agreementTerms(agreementId, { providerCommitments: ['Contact the school whenever the pupil is absent.', '  '], visitsPerTerm: 2, timetable: FULL_WEEK, costPence: 9500, costBasis: 'PER_DAY', startDate: daysFromToday(7), ...overrides });
}

function sign(member: Member, agreementId: string, party: keyof typeof AgreementParty, overrides: Record<string, unknown> = {}) {
  return member.client.request(SIGN, { input: signatureInput(agreementId, AgreementParty[party], overrides) });
}

async function signatureCount(agreementId: string): Promise<number> {
  return t.owner().count(AgreementSignature, { agreement: agreementId });
}

describe('updateAgreement', () => {
  it('saves the terms, sorts the timetable, drops blank commitments and works out the hours', async () => {
    const { agreementId } = await placement(PlacementStatus.DRAFT);
    const reversed = [...TWO_DAYS].reverse();
    const saved = ok(await c.apLead.client.request(UPDATE, { input: agreementInput(agreementId, { timetable: reversed }) })).updateAgreement;
    expect(saved).toMatchObject({ version: 1, hoursPerWeek: 10, costPence: 9500, costBasis: 'PER_DAY', providerCommitments: ['Contact the school whenever the pupil is absent.'] });
    expect(saved.timetable).toEqual(TWO_DAYS);
  });

  it('is for the school’s placement leads only', async () => {
    await roleMatrix(
      async (actor) => {
        const { agreementId } = await placement(PlacementStatus.PROPOSED, { signed: false });
        return actor.client.request(UPDATE, { input: agreementInput(agreementId) });
      },
      {
        allowed: { head: c.head, apLead: c.apLead, senco: c.senco },
        refused: { dsl: c.dsl, schoolStaff: c.schoolStaff, otherSchoolHead: c.otherSchoolHead, manager: c.manager, commissioner: c.commissioner, hostCommissioner: c.hostCommissioner },
      },
    );
  });

  describe('refuses bad terms on their field, changing nothing', () => {
    const AFTERNOON_ONLY = [{ weekday: Weekday.MONDAY, session: SessionOfDay.PM, startTime: '13:00', endTime: '15:00' }];
    it.each([
      ['a timetable with no sessions', { timetable: [] }, 'timetable', 'Add at least one session to the timetable'],
      ['the same session twice', { timetable: [...AFTERNOON_ONLY, ...AFTERNOON_ONLY] }, 'timetable[1]', 'Monday PM is in the timetable twice'],
      ['a time that is not HH:MM', { timetable: [{ ...AFTERNOON_ONLY[0], startTime: '1pm' }] }, 'timetable[0].startTime', 'Monday PM start time must be a time in 24-hour format, like 09:15'],
      ['a session ending before it starts', { timetable: [{ ...AFTERNOON_ONLY[0], startTime: '14:00', endTime: '13:30' }] }, 'timetable[0].endTime', 'Monday PM must end after it starts'],
      ['a morning session starting after noon', { timetable: [{ ...AFTERNOON_ONLY[0], session: 'AM' }] }, 'timetable[0].startTime', 'Monday AM is a morning session: it must start before 12:00'],
      ['an afternoon session ending by noon', { timetable: [{ ...AFTERNOON_ONLY[0], startTime: '09:00', endTime: '11:30' }] }, 'timetable[0].endTime', 'Monday PM is an afternoon session: it must end after 12:00'],
      ['an impossible start date', { startDate: '2026-02-30' }, 'startDate', 'The start date must be a real date, like 2026-03-27'],
      ['an end before the start', { startDate: daysFromToday(30), proposedEndDate: daysFromToday(10) }, 'proposedEndDate', 'The proposed end date must be after the start date'],
      ['a cost with no basis', { costBasis: null }, 'costBasis', 'Choose what the cost is charged per'],
      ['a review interval of 0 weeks', { reviewIntervalWeeks: 0 }, 'reviewIntervalWeeks', 'Weeks between reviews must be a whole number from 1 to 16'],
    ])('%s', async (_name, overrides, field, message) => {
      const { agreementId } = await placement(PlacementStatus.DRAFT);
      const before = await t.owner().findOneOrFail(PlacementAgreement, agreementId);
      const result = await c.apLead.client.request(UPDATE, { input: agreementInput(agreementId, overrides) });
      expect([errorCode(result), errorField(result), result.errors?.[0].message]).toEqual(['BAD_USER_INPUT', field, message]);
      const after = await t.owner().findOneOrFail(PlacementAgreement, agreementId);
      expect([after.timetable, after.startDate, after.costPence]).toEqual([before.timetable, before.startDate, before.costPence]);
    });

    it('an off-site direction with no proposed end date: it must be time-limited', async () => {
      const { agreementId } = await placement(PlacementStatus.DRAFT, { legalBasis: LegalBasis.S29A_OFF_SITE_DIRECTION });
      const result = await c.apLead.client.request(UPDATE, { input: agreementInput(agreementId, { proposedEndDate: null }) });
      expect([errorCode(result), errorField(result), result.errors?.[0].message]).toEqual([
        'BAD_USER_INPUT',
        'proposedEndDate',
        'Enter the proposed end date: an off-site direction must be time-limited',
      ]);
    });
  });

  it('refuses to edit a signed version (CONFLICT), changing nothing', async () => {
    const { agreementId } = await placement(PlacementStatus.PROPOSED, { signed: false });
    ok(await sign(c.head, agreementId, 'SCHOOL'));
    const result = await c.apLead.client.request(UPDATE, { input: agreementInput(agreementId, { timetable: TWO_DAYS.slice(0, 1) }) });
    expect([errorCode(result), result.errors?.[0].message]).toEqual(['CONFLICT', 'This version has been signed: start a new version to change it']);
    expect((await t.owner().findOneOrFail(PlacementAgreement, agreementId)).hoursPerWeek).toBe(10);
  });
});

describe('signAgreement', () => {
  it('SCHOOL: the school’s heads and AP leads (agreement:sign)', async () => {
    await roleMatrix(
      async (actor) => sign(actor, (await placement(PlacementStatus.PROPOSED, { signed: false })).agreementId, 'SCHOOL'),
      {
        allowed: { head: c.head, apLead: c.apLead },
        refused: { senco: c.senco, dsl: c.dsl, schoolStaff: c.schoolStaff, otherSchoolHead: c.otherSchoolHead, manager: c.manager, commissioner: c.commissioner, hostCommissioner: c.hostCommissioner },
      },
    );
  });

  it('PARENT_CARER: recorded by a school member who signs or commissions', async () => {
    await roleMatrix(
      async (actor) => sign(actor, (await placement(PlacementStatus.PROPOSED, { signed: false })).agreementId, 'PARENT_CARER', { signerName: 'Alex Parent', signerRole: 'Mother' }),
      {
        allowed: { head: c.head, apLead: c.apLead, senco: c.senco },
        refused: { dsl: c.dsl, schoolStaff: c.schoolStaff, otherSchoolHead: c.otherSchoolHead, manager: c.manager, commissioner: c.commissioner },
      },
    );
  });

  it('PROVIDER: the provider’s managers; not its staff, another provider, the school or an LA', async () => {
    await roleMatrix(
      async (actor) => sign(actor, (await placement(PlacementStatus.PROPOSED, { signed: false })).agreementId, 'PROVIDER'),
      {
        allowed: { manager: c.manager },
        refused: { providerStaff: c.providerStaff, otherProviderManager: c.otherProviderManager, head: c.head, commissioner: c.commissioner, hostCommissioner: c.hostCommissioner },
      },
    );
  });

  it('records who signed, how and when, and who recorded it; the plan as signed is kept', async () => {
    const { agreementId } = await placement(PlacementStatus.PROPOSED, { signed: false, objectives: [{ description: 'Re-engage with English', baseline: 'Working at grade 2' }] });
    const signed = ok(await sign(c.apLead, agreementId, 'PARENT_CARER', { signerName: 'Alex Parent', signerRole: 'Mother', signedOn: daysFromToday(-2) })).signAgreement;
    expect(signed).toMatchObject({
      isSigned: true,
      isFullySigned: false,
      missingParties: ['SCHOOL', 'PROVIDER'],
      signatures: [{ party: 'PARENT_CARER', signerName: 'Alex Parent', method: 'ON_PAPER', signedOn: daysFromToday(-2), recordedBy: c.apLead.name }],
      signedPlan: { objectives: [{ description: 'Re-engage with English' }] },
    });
  });

  it('refuses before the referral is sent, a second signature of a party, and a date in the future or impossible', async () => {
    const draft = await placement(PlacementStatus.DRAFT);
    const early = await sign(c.head, draft.agreementId, 'SCHOOL');
    expect([errorCode(early), early.errors?.[0].message]).toEqual(['CONFLICT', 'Send the referral before signing the agreement']);
    expect(errorCode(await sign(c.manager, draft.agreementId, 'PROVIDER'))).toBe('NOT_FOUND');

    const { agreementId } = await placement(PlacementStatus.PROPOSED, { signed: false });
    for (const signedOn of [daysFromToday(1), '2026-02-30']) {
      const result = await sign(c.head, agreementId, 'SCHOOL', { signedOn });
      expect([errorCode(result), errorField(result)]).toEqual(['BAD_USER_INPUT', 'signedOn']);
    }
    ok(await sign(c.head, agreementId, 'SCHOOL'));
    const twice = await sign(c.apLead, agreementId, 'SCHOOL');
    expect([errorCode(twice), twice.errors?.[0].message]).toEqual(['CONFLICT', 'The school has already signed this version']);
    expect(await signatureCount(agreementId)).toBe(1);
  });

  it('is refused while a blocking compliance finding stands, listing the findings, and records nothing', async () => {
    const school = await t.world.school(c.la, 'Baseline School');
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    await setPolicy(t, school, { baselineRequired: true });
    const created = await placementOf(t, head, { pupil: await pupilOf(t, school), provider: c.provider, status: PlacementStatus.PROPOSED, signed: false, objectives: [{ description: 'Attend', baseline: null }] });
    const agreement = await t.owner().findOneOrFail(PlacementAgreement, { placement: created.id });
    const result = await sign(head, agreement.id, 'SCHOOL');
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors?.[0].message).toMatch(/^The agreement cannot be signed until this is resolved: /);
    expect(result.errors?.[0].extensions?.findings).toEqual([expect.objectContaining({ rule: 'OBJECTIVE_WITHOUT_BASELINE', severity: 'BLOCKING', placementId: created.id })]);
    expect(await signatureCount(agreement.id)).toBe(0);
  });

  it('agrees the placement at the third signature and tells the other side', async () => {
    const { placement: proposed, agreementId } = await placement(PlacementStatus.PROPOSED, { signed: false });
    ok(await sign(c.manager, agreementId, 'PROVIDER'));
    ok(await sign(c.apLead, agreementId, 'PARENT_CARER'));
    const before = t.outbox().length;
    expect(ok(await sign(c.head, agreementId, 'SCHOOL')).signAgreement).toMatchObject({ isFullySigned: true, placement: { status: 'AGREED' } });
    expect((await t.owner().findOneOrFail(Placement, proposed.id)).agreedAt).toBeTruthy();
    expect(t.outbox().slice(before).map((email) => email.to)).toEqual([c.manager.email]);
  });
});

describe('newAgreementVersion', () => {
  it('copies the signed terms into a new version every party signs again; an agreed placement goes back to PROPOSED', async () => {
    const { placement: agreed, agreementId } = await placement(PlacementStatus.AGREED);
    const next = ok(await c.apLead.client.request(NEW_VERSION, { id: agreed.id })).newAgreementVersion;
    expect(next).toMatchObject({ version: 2, hoursPerWeek: 10, isSigned: false, missingParties: ['SCHOOL', 'PROVIDER', 'PARENT_CARER'], signedPlan: null });
    expect(next.placement).toMatchObject({ status: 'PROPOSED', agreedAt: null, currentAgreement: { id: next.id }, agreements: [{ version: 2 }, { version: 1 }] });

    ok(await c.apLead.client.request(UPDATE, { input: agreementInput(next.id, { timetable: FULL_WEEK }) }));
    expect(errorCode(await sign(c.head, agreementId, 'PARENT_CARER'))).toBe('CONFLICT');
    ok(await sign(c.head, next.id, 'SCHOOL'));
    ok(await sign(c.head, next.id, 'PARENT_CARER'));
    expect(ok(await sign(c.manager, next.id, 'PROVIDER')).signAgreement.placement.status).toBe('AGREED');
    expect((await t.owner().findOneOrFail(PlacementAgreement, agreementId)).hoursPerWeek).toBe(10);
  });

  it('keeps an active placement active while the new version is signed', async () => {
    const { placement: active } = await placement(PlacementStatus.ACTIVE);
    const next = ok(await c.head.client.request(NEW_VERSION, { id: active.id })).newAgreementVersion;
    expect(next.placement.status).toBe('ACTIVE');
  });

  it('is refused while the latest version is unsigned, or for a draft', async () => {
    const unsigned = await placement(PlacementStatus.PROPOSED, { signed: false });
    expect(errorCode(await c.apLead.client.request(NEW_VERSION, { id: unsigned.placement.id }))).toBe('CONFLICT');
    const draft = await placement(PlacementStatus.DRAFT);
    expect(errorCode(await c.apLead.client.request(NEW_VERSION, { id: draft.placement.id }))).toBe('CONFLICT');
    expect(await t.owner().count(PlacementAgreement, { placement: { $in: [unsigned.placement.id, draft.placement.id] } })).toBe(2);
  });

  it('is for the school’s placement leads only', async () => {
    await roleMatrix(async (actor) => actor.client.request(NEW_VERSION, { id: (await placement(PlacementStatus.AGREED)).placement.id }), {
      allowed: { head: c.head, apLead: c.apLead, senco: c.senco },
      refused: { dsl: c.dsl, schoolStaff: c.schoolStaff, otherSchoolHead: c.otherSchoolHead, manager: c.manager, commissioner: c.commissioner, hostCommissioner: c.hostCommissioner },
    });
  });
});
