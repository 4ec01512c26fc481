import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../../test/harness.js';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { Provider } from '../organisations/organisation.entity.js';
import { Role } from '../people/role.js';
import { daysFromToday, placementCast, placementOf, pupilOf, today, type PlacementCast } from '../placements/placement.fixtures.js';
import { PlacementStatus, type Placement } from '../placements/placement.entity.js';
import type { Pupil } from '../pupils/pupil.entity.js';

const RAISE = `mutation($input: RaiseConcernInput!) { raiseConcern(input: $input) { id raisedBySide raisedByName category urgency sharedWithLa pupilName awaitingYourAcknowledgement } }`;
const CONCERN = `query($id: ID!) { concern(id: $id) { id whatHappened actionsTaken happenedAt pupilName school { name } provider { name }
  updates { side authorName text } acknowledgements { side userName } awaitingYourAcknowledgement } }`;
const CONCERNS = `query($filter: ConcernFilter) { concerns(first: 50, filter: $filter) { totalCount edges { node { id } } } }`;
const CHRONOLOGY = `query($input: ConcernChronologyInput!) { concernChronology(input: $input) { kind side by text concern { id } } }`;
const ADD_UPDATE = `mutation($input: AddConcernUpdateInput!) { addConcernUpdate(input: $input) { id updates { text side } } }`;
const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeConcern(id: $id) { id acknowledgements { side } awaitingYourAcknowledgement } }`;

const WHAT_HAPPENED = 'Pupil disclosed that an older cousin keeps them out late delivering parcels.';

const t = useTestServer();
let c: PlacementCast;
let providerDsl: Member;
let secondProviderDsl: Member;
let designatedOfficer: Member;
let hostDesignatedOfficer: Member;
let otherSchoolDsl: Member;
let otherProviderDsl: Member;
let pupil: Pupil;
let placement: Placement;

function raiseInput(placementId: string, overrides: Record<string, unknown> = {}) {
  return {
    placementId,
    category: 'CRIMINAL_EXPLOITATION',
    whatHappened: WHAT_HAPPENED,
    happenedOn: today(),
    happenedTime: '00:00',
    actionsTaken: 'Referred to children’s social care.',
    urgency: 'SAME_DAY',
    sharedWithLa: true,
    ...overrides,
  };
}

async function raise(by: Member, overrides: Record<string, unknown> = {}, on: Placement = placement): Promise<string> {
  const result = await by.client.data(RAISE, { input: raiseInput(on.id, overrides) });
  return result.raiseConcern.id;
}

beforeAll(async () => {
  c = await placementCast(t);
  providerDsl = await t.world.member(c.provider, [Role.DSL]);
  secondProviderDsl = await t.world.member(c.provider, [Role.DSL]);
  designatedOfficer = await t.world.member(c.la, [Role.DESIGNATED_OFFICER]);
  hostDesignatedOfficer = await t.world.member(c.hostLa, [Role.DESIGNATED_OFFICER]);
  otherSchoolDsl = await t.world.member(c.otherSchoolHead.organisation, [Role.DSL]);
  otherProviderDsl = await t.world.member(c.otherProviderManager.organisation, [Role.DSL]);
  pupil = await pupilOf(t, c.school);
  placement = await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.ACTIVE });
});

describe('raising a concern', () => {
  it('is for the DSLs of the placement’s school and provider only', async () => {
    await roleMatrix((actor) => actor.client.request(RAISE, { input: raiseInput(placement.id) }), {
      allowed: { schoolDsl: c.dsl, providerDsl },
      refused: {
        head: c.head,
        apLead: c.apLead,
        schoolStaff: c.schoolStaff,
        manager: c.manager,
        providerStaff: c.providerStaff,
        commissioner: c.commissioner,
        designatedOfficer,
        otherSchoolDsl,
        otherProviderDsl,
      },
    });
  });

  it('records who raised it and for which side', async () => {
    const school = (await c.dsl.client.data(RAISE, { input: raiseInput(placement.id) })).raiseConcern;
    expect(school).toMatchObject({ raisedBySide: 'SCHOOL', raisedByName: c.dsl.name, urgency: 'SAME_DAY', sharedWithLa: true, awaitingYourAcknowledgement: false });
    expect(school.pupilName).toBe(placement.shared!.name);
    const provider = (await providerDsl.client.data(RAISE, { input: raiseInput(placement.id) })).raiseConcern;
    expect(provider).toMatchObject({ raisedBySide: 'PROVIDER', raisedByName: providerDsl.name });
  });

  it('tells the other side’s DSLs and the LA’s designated officers at once, with no details in the e-mail', async () => {
    const id = await raise(c.dsl, { urgency: 'IMMEDIATE' });
    const mails = t.outbox().filter((mail) => mail.text.includes(id));
    expect(mails.map((mail) => mail.to).sort()).toEqual([designatedOfficer.email, providerDsl.email, secondProviderDsl.email].sort());
    for (const mail of mails) {
      expect(mail.text).not.toContain('parcels');
      expect(mail.text).not.toContain(placement.shared!.name!);
      expect(mail.text).not.toMatch(/criminal|exploitation|social care/i);
      expect(mail.text).toContain(`/safeguarding/${id}`);
    }
    expect(mails.find((mail) => mail.to === providerDsl.email)!.text).toContain('/provider/safeguarding/');
    const seen = await providerDsl.client.data(`{ notifications(first: 50) { edges { node { kind title link } } } }`);
    expect(seen.notifications.edges.map((edge: any) => edge.node)).toContainEqual({
      kind: 'SAFEGUARDING_CONCERN_RAISED',
      title: `Safeguarding concern raised by ${c.school.name}`,
      link: `/provider/safeguarding/${id}`,
    });
  });

  it('tells the LA only when shared', async () => {
    const id = await raise(providerDsl, { sharedWithLa: false });
    const mails = t.outbox().filter((mail) => mail.text.includes(id));
    expect(mails.map((mail) => mail.to)).toEqual([c.dsl.email]);
  });

  it('refuses bad input, naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ placementId: 'nope' }, 'BAD_USER_INPUT', 'placementId'],
      [{ whatHappened: '   ' }, 'BAD_USER_INPUT', 'whatHappened'],
      [{ happenedOn: daysFromToday(1) }, 'BAD_USER_INPUT', 'happenedOn'],
      [{ happenedOn: '2026-02-30' }, 'BAD_USER_INPUT', 'happenedOn'],
      [{ happenedTime: '25:00' }, 'BAD_USER_INPUT', 'happenedTime'],
      [{ happenedTime: '23:59', happenedOn: today() }, 'BAD_USER_INPUT', 'happenedTime'],
    ];
    for (const [overrides, code, field] of cases) {
      if (overrides.happenedTime === '23:59' && new Date().toISOString().slice(11, 16) >= '22:59') continue;
      const result = await c.dsl.client.request(RAISE, { input: raiseInput(placement.id, overrides) });
      expect([errorCode(result), errorField(result)]).toEqual([code, field]);
    }
    const unknown = await c.dsl.client.request(RAISE, { input: raiseInput(randomUUID()) });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('waits until the referral is sent', async () => {
    const draft = await placementOf(t, c.apLead, { pupil: await pupilOf(t, c.school), provider: c.provider, status: PlacementStatus.DRAFT });
    const result = await c.dsl.client.request(RAISE, { input: raiseInput(draft.id) });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(errorCode(await providerDsl.client.request(RAISE, { input: raiseInput(draft.id) }))).toBe('NOT_FOUND');
  });

  it('offers a DSL their organisation’s sent placements to raise a concern on', async () => {
    const draft = await placementOf(t, c.apLead, { pupil: await pupilOf(t, c.school), provider: c.provider, status: PlacementStatus.DRAFT });
    const PLACEMENTS = `{ concernPlacements(first: 100) { edges { node { id pupilSummary { name } } } } }`;
    const offered = async (actor: Member) => (await actor.client.data(PLACEMENTS)).concernPlacements.edges.map((edge: any) => edge.node.id);
    expect(await offered(c.dsl)).toContain(placement.id);
    expect(await offered(c.dsl)).not.toContain(draft.id);
    expect(await offered(providerDsl)).toContain(placement.id);
    expect(await offered(otherProviderDsl)).not.toContain(placement.id);
    await roleMatrix((actor) => actor.client.request(PLACEMENTS), {
      allowed: { schoolDsl: c.dsl, providerDsl },
      refused: { head: c.head, manager: c.manager, designatedOfficer },
    });
  });
});

describe('reading a concern', () => {
  let shared: string;
  let unshared: string;

  beforeAll(async () => {
    shared = await raise(c.dsl, { sharedWithLa: true });
    unshared = await raise(c.dsl, { sharedWithLa: false });
  });

  const notReaders = () => ({
    head: c.head,
    apLead: c.apLead,
    senco: c.senco,
    schoolStaff: c.schoolStaff,
    manager: c.manager,
    providerStaff: c.providerStaff,
    commissioner: c.commissioner,
    hostCommissioner: c.hostCommissioner,
    hostDesignatedOfficer,
    otherSchoolDsl,
    otherProviderDsl,
  });

  it('is only for the DSLs involved, and the LA designated officer when shared', async () => {
    await roleMatrix((actor) => actor.client.request(CONCERN, { id: shared }), {
      allowed: { schoolDsl: c.dsl, providerDsl, designatedOfficer },
      refused: notReaders(),
    });
    await roleMatrix((actor) => actor.client.request(CONCERN, { id: unshared }), {
      allowed: { schoolDsl: c.dsl, providerDsl },
      refused: { ...notReaders(), designatedOfficer },
    });
  });

  it('lists concerns to the same readers only', async () => {
    const listed = async (actor: Member) => {
      const result = await actor.client.request(CONCERNS, { filter: { placementId: placement.id } });
      return result.errors ? errorCode(result) : result.data!.concerns.edges.map((edge: any) => edge.node.id);
    };
    expect(await listed(c.dsl)).toEqual(expect.arrayContaining([shared, unshared]));
    expect(await listed(providerDsl)).toEqual(expect.arrayContaining([shared, unshared]));
    const officer = await listed(designatedOfficer);
    expect(officer).toContain(shared);
    expect(officer).not.toContain(unshared);
    for (const actor of [c.head, c.apLead, c.manager, c.providerStaff, c.commissioner]) expect(await listed(actor)).toBe('FORBIDDEN');
    for (const actor of [otherSchoolDsl, otherProviderDsl, hostDesignatedOfficer]) expect(await listed(actor)).toEqual([]);
  });

  it('audits every read: the concern, the list and the chronology', async () => {
    const reader = await t.world.member(c.school, [Role.DSL]);
    await reader.client.data(CONCERN, { id: shared });
    await reader.client.data(CONCERNS, { filter: { placementId: placement.id } });
    await reader.client.data(CHRONOLOGY, { input: { placementId: placement.id } });
    const events = await t.owner().find(AuditEvent, { userId: reader.user.id, subjectId: shared, action: 'read' });
    expect(events.map((event) => event.operation).sort()).toEqual(['concern', 'concernChronology', 'concerns']);
    expect(events.every((event) => event.subjectType === 'SafeguardingConcern')).toBe(true);
  });

  /** Runs SQL as the app role with a member's tenant settings and the given roles, as the service would. */
  const asApp = (member: Member, roles: string, sql: string) =>
    t.owner().transactional(async (tx) => {
      await tx.execute('set local role ap_app');
      await tx.execute(`select set_config('app.user_id', ?, true), set_config('app.org_id', ?, true), set_config('app.roles', ?, true)`, [
        member.user.id,
        member.organisation.id,
        roles,
      ]);
      return tx.execute<{ id: string }[]>(sql);
    });

  it('is hidden by row-level security from the head even without the service’s check', async () => {
    const rows = (member: Member, roles: string) => asApp(member, roles, 'select id from safeguarding_concern');
    expect(await rows(c.head, 'HEADTEACHER')).toEqual([]);
    expect(await rows(c.apLead, 'AP_LEAD')).toEqual([]);
    expect(await rows(c.manager, 'PROVIDER_MANAGER')).toEqual([]);
    expect(await rows(c.commissioner, 'COMMISSIONER')).toEqual([]);
    expect((await rows(c.dsl, 'DSL')).map((row) => row.id)).toContain(shared);
    expect((await rows(designatedOfficer, 'DESIGNATED_OFFICER')).map((row) => row.id)).toEqual(expect.arrayContaining([shared]));
    expect((await rows(designatedOfficer, 'DESIGNATED_OFFICER')).map((row) => row.id)).not.toContain(unshared);
  });

  it('never changes or removes a concern, even for its DSLs (append-only)', async () => {
    await expect(asApp(c.dsl, 'DSL', `update safeguarding_concern set what_happened = 'changed' where id = '${shared}'`)).rejects.toThrow(/permission denied/);
    await expect(asApp(c.dsl, 'DSL', `delete from concern_update`)).rejects.toThrow(/permission denied/);
    const [concern] = await t.owner().getConnection().execute(`select what_happened from safeguarding_concern where id = '${shared}'`);
    expect(concern.what_happened).toBe(WHAT_HAPPENED);
  });
});

describe('the chronology', () => {
  let otherProvider: Provider;

  it('shows a school DSL the pupil’s concerns across placements, and a provider DSL its own, in time order', async () => {
    otherProvider = c.otherProviderManager.organisation as Provider;
    const child = await pupilOf(t, c.school);
    const first = await placementOf(t, c.apLead, { pupil: child, provider: c.provider, status: PlacementStatus.ENDED });
    const second = await placementOf(t, c.apLead, { pupil: child, provider: otherProvider, status: PlacementStatus.ACTIVE });
    const earlier = await raise(providerDsl, {}, first);
    await c.dsl.client.data(ACKNOWLEDGE, { id: earlier });
    await c.dsl.client.data(ADD_UPDATE, { input: { concernId: earlier, text: 'Strategy meeting held.' } });
    const later = await raise(c.dsl, {}, second);

    const school = (await c.dsl.client.data(CHRONOLOGY, { input: { placementId: second.id } })).concernChronology;
    expect(school.map((entry: any) => [entry.kind, entry.side, entry.concern.id])).toEqual([
      ['RAISED', 'PROVIDER', earlier],
      ['ACKNOWLEDGED', 'SCHOOL', earlier],
      ['UPDATED', 'SCHOOL', earlier],
      ['RAISED', 'SCHOOL', later],
    ]);
    expect(school[0].text).toBe(WHAT_HAPPENED);
    expect(school[2].text).toBe('Strategy meeting held.');
    expect((await c.dsl.client.data(CHRONOLOGY, { input: { pupilId: child.id } })).concernChronology).toEqual(school);

    const provider = (await providerDsl.client.data(CHRONOLOGY, { input: { placementId: first.id } })).concernChronology;
    expect(provider.map((entry: any) => entry.concern.id)).toEqual([earlier, earlier, earlier]);
    const otherProviderDsl2 = await t.world.member(otherProvider, [Role.DSL]);
    const theirs = (await otherProviderDsl2.client.data(CHRONOLOGY, { input: { placementId: second.id } })).concernChronology;
    expect(theirs.map((entry: any) => entry.concern.id)).toEqual([later]);
  });

  it('refuses everyone else and needs exactly one of placement and pupil', async () => {
    await roleMatrix((actor) => actor.client.request(CHRONOLOGY, { input: { placementId: placement.id } }), {
      allowed: { schoolDsl: c.dsl, providerDsl, designatedOfficer },
      refused: { head: c.head, apLead: c.apLead, manager: c.manager, commissioner: c.commissioner },
    });
    const neither = await c.dsl.client.request(CHRONOLOGY, { input: {} });
    expect([errorCode(neither), errorField(neither)]).toEqual(['BAD_USER_INPUT', 'placementId']);
  });
});

describe('updates and acknowledgements', () => {
  it('lets the DSLs of both sides add to the chronology, nobody else', async () => {
    const id = await raise(c.dsl);
    await roleMatrix((actor, name) => actor.client.request(ADD_UPDATE, { input: { concernId: id, text: `Update from ${name}` } }), {
      allowed: { schoolDsl: c.dsl, providerDsl },
      refused: { head: c.head, manager: c.manager, designatedOfficer, commissioner: c.commissioner, otherSchoolDsl, otherProviderDsl },
    });
    const concern = (await c.dsl.client.data(CONCERN, { id })).concern;
    expect(concern.updates.map((update: any) => [update.side, update.text])).toEqual([
      ['SCHOOL', 'Update from schoolDsl'],
      ['PROVIDER', 'Update from providerDsl'],
    ]);
    const empty = await c.dsl.client.request(ADD_UPDATE, { input: { concernId: id, text: ' ' } });
    expect([errorCode(empty), errorField(empty)]).toEqual(['BAD_USER_INPUT', 'text']);
    const mails = t.outbox().filter((mail) => mail.text.includes(id) && mail.to === c.dsl.email);
    expect(mails.some((mail) => mail.text.includes('added to the chronology') && !mail.text.includes('Update from'))).toBe(true);
  });

  it('is acknowledged by the other side’s DSL, once', async () => {
    const id = await raise(c.dsl);
    expect((await providerDsl.client.data(CONCERN, { id })).concern.awaitingYourAcknowledgement).toBe(true);
    await roleMatrix((actor) => actor.client.request(ACKNOWLEDGE, { id }), {
      allowed: { providerDsl },
      refused: { schoolDsl: c.dsl, head: c.head, manager: c.manager, providerStaff: c.providerStaff, designatedOfficer, otherSchoolDsl, otherProviderDsl },
    });
    const again = await secondProviderDsl.client.request(ACKNOWLEDGE, { id });
    expect(errorCode(again)).toBe('CONFLICT');
    const concern = (await providerDsl.client.data(CONCERN, { id })).concern;
    expect(concern.acknowledgements).toEqual([{ side: 'PROVIDER', userName: providerDsl.name }]);
    expect(concern.awaitingYourAcknowledgement).toBe(false);
    const pending = (await c.dsl.client.data(CONCERNS, { filter: { placementId: placement.id, unacknowledged: true } })).concerns.edges.map((edge: any) => edge.node.id);
    expect(pending).not.toContain(id);
    expect(t.outbox().some((mail) => mail.to === c.dsl.email && mail.text.includes(id) && mail.text.includes('acknowledged'))).toBe(true);
  });
});

describe('listing concerns', () => {
  it('reads a page of concerns with their schools, providers, pupils and acknowledgements in the same number of statements, however many', async () => {
    const school = await t.world.school(c.la);
    const dsl = await t.world.member(school, [Role.DSL]);
    const provider = await t.world.provider({ la: c.hostLa });
    const other = await t.world.member(provider, [Role.DSL]);
    const LIST = `{ concerns(first: 50) { totalCount edges { node { id pupilName school { name } provider { name } updates { text } acknowledgements { side } awaitingYourAcknowledgement } } } }`;
    const make = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const on = await placementOf(t, c.apLead, { pupil: await pupilOf(t, school), provider, status: PlacementStatus.ACTIVE });
        const id = await raise(dsl, {}, on);
        await other.client.data(ACKNOWLEDGE, { id });
      }
    };
    await make(2);
    const few = await t.countQueries(() => dsl.client.data(LIST));
    await make(6);
    let listed: any;
    const many = await t.countQueries(async () => (listed = await dsl.client.data(LIST)));
    expect(listed.concerns.totalCount).toBe(8);
    expect(many.length).toBe(few.length);
  });
});
