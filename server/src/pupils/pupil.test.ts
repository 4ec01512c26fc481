import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import type { LocalAuthority, Organisation, School } from '../organisations/organisation.entity.js';
import { Role } from '../people/role.js';
import { daysFromToday, pupilOf, randomUpn } from '../placements/placement.fixtures.js';
import { todayInEngland } from '../qa/evidence-dates.js';
import { count, ok } from '../qa/framework.fixtures.js';
import { seedDemoPupils } from './pupil.demo.js';
import { Pupil } from './pupil.entity.js';
import { CREATE, IMPORT, PUPIL, PUPILS, UPDATE, pupilCast, pupilInput, type PupilCast } from './pupil.fixtures.js';
import { PUPIL_FIELDS, validPupil } from './pupil.rules.js';

const t = useTestServer();

let c: PupilCast;
let pupil: Pupil;
beforeAll(async () => {
  c = await pupilCast(t);
  pupil = await pupilOf(t, c.school, { legalSurname: 'Zephyr', socialWorkerName: 'Ann Social' });
});

function refusal(result: GraphQLResult) {
  return { code: errorCode(result), field: errorField(result), message: result.errors?.[0]?.message };
}

const create = (actor: Member, overrides: Record<string, unknown> = {}) => actor.client.request(CREATE, { input: pupilInput({ upn: randomUpn(), ...overrides }) });

describe('who may read pupils', () => {
  it('lists a school’s pupils to its members and its LA, refusing providers and the platform', async () => {
    await roleMatrix((actor) => actor.client.request(PUPILS, { filter: { schoolId: c.school.id } }), {
      allowed: {
        head: c.head,
        apLead: c.apLead,
        senco: c.senco,
        dsl: c.dsl,
        staff: c.schoolStaff,
        attendanceLead: c.attendanceLead,
        commissioner: c.commissioner,
        qaOfficer: c.qaOfficer,
      },
      refused: {
        otherSchool: c.otherSchoolHead,
        otherLa: c.otherLaCommissioner,
        hostLa: c.hostCommissioner,
        providerManager: c.manager,
        providerStaff: c.providerStaff,
        providerDsl: c.providerDsl,
        platformAdmin: c.platformAdmin,
        anonymous: c.anonymous,
      },
    });
  });

  it('shows each reader only the pupils it may see', async () => {
    const ids = async (actor: Member) => ok(await actor.client.request(PUPILS, { first: 100 })).pupils.edges.map((edge: any) => edge.node.id);
    expect(await ids(c.dsl)).toContain(pupil.id);
    expect(await ids(c.commissioner)).toContain(pupil.id);
    expect(await ids(c.otherSchoolHead)).not.toContain(pupil.id);
    expect(await ids(c.otherLaCommissioner)).not.toContain(pupil.id);
    expect(await ids(c.hostCommissioner)).not.toContain(pupil.id);
  });

  it('reads one pupil for the school and its LA only (NOT_FOUND elsewhere, FORBIDDEN for providers)', async () => {
    await roleMatrix((actor) => actor.client.request(PUPIL, { id: pupil.id }), {
      allowed: { head: c.head, dsl: c.dsl, staff: c.schoolStaff, senco: c.senco, commissioner: c.commissioner, qaOfficer: c.qaOfficer },
      refused: {
        otherSchool: c.otherSchoolHead,
        otherLa: c.otherLaCommissioner,
        hostLa: c.hostCommissioner,
        providerManager: c.manager,
        providerStaff: c.providerStaff,
        platformAdmin: c.platformAdmin,
        anonymous: c.anonymous,
      },
    });
    expect(refusal(await c.otherSchoolHead.client.request(PUPIL, { id: pupil.id })).code).toBe('NOT_FOUND');
    expect(refusal(await c.manager.client.request(PUPIL, { id: pupil.id })).code).toBe('FORBIDDEN');
    expect(refusal(await c.head.client.request(PUPIL, { id: 'not-an-id' })).code).toBe('NOT_FOUND');
  });

  it('resolves the school, display name and worker flags', async () => {
    const read = ok(await c.commissioner.client.request(PUPIL, { id: pupil.id })).pupil;
    expect(read).toMatchObject({
      school: { id: c.school.id },
      displayName: `${pupil.legalForename} Zephyr`,
      hasSocialWorker: true,
      hasYouthOffendingWorker: false,
    });
  });

  it('audits one read per list call and per pupil read', async () => {
    const reads = (operation: string, subject: string | null) =>
      count(t, `audit_event where action = 'read' and subject_type = 'Pupil' and operation = ? and user_id = ? and subject_id is not distinct from ?`, [
        operation,
        c.senco.user.id,
        subject,
      ]);
    const [listed, read] = [await reads('pupils', null), await reads('pupil', pupil.id)];
    ok(await c.senco.client.request(PUPILS, { first: 5 }));
    ok(await c.senco.client.request(PUPIL, { id: pupil.id }));
    ok(await c.senco.client.request(PUPIL, { id: pupil.id }));
    expect(await reads('pupils', null)).toBe(listed + 1);
    expect(await reads('pupil', pupil.id)).toBe(read + 2);
  });
});

describe('who may change pupils', () => {
  it('lets school heads, AP leads, SENCos and attendance leads add pupils to their own roll', async () => {
    await roleMatrix((actor) => create(actor), {
      allowed: { head: c.head, apLead: c.apLead, senco: c.senco, attendanceLead: c.attendanceLead },
      refused: {
        dsl: c.dsl,
        staff: c.schoolStaff,
        commissioner: c.commissioner,
        providerManager: c.manager,
        providerStaff: c.providerStaff,
        platformAdmin: c.platformAdmin,
        anonymous: c.anonymous,
      },
    });
    const created = ok(await create(c.otherSchoolHead)).createPupil;
    expect(created.school.id).toBe(c.otherSchoolHead.organisation.id);
  });

  it('lets the same roles change a pupil, never another school, the LA or a provider', async () => {
    await roleMatrix((actor, name) => actor.client.request(UPDATE, { input: { ...pupilInput({ upn: pupil.upn, legalSurname: `Zephyr-${name}` }), id: pupil.id } }), {
      allowed: { head: c.head, apLead: c.apLead, senco: c.senco, attendanceLead: c.attendanceLead },
      refused: {
        dsl: c.dsl,
        staff: c.schoolStaff,
        otherSchool: c.otherSchoolHead,
        commissioner: c.commissioner,
        otherLa: c.otherLaCommissioner,
        providerManager: c.manager,
        anonymous: c.anonymous,
      },
    });
    expect(refusal(await c.otherSchoolHead.client.request(UPDATE, { input: { ...pupilInput({ upn: randomUpn() }), id: pupil.id } })).code).toBe('NOT_FOUND');
  });

  it('lets the same roles import, and no one else', async () => {
    const csv = () => `UPN,Surname,Forename,DOB,Sex,Year\n${randomUpn()},Imported,Ivy,14/03/2012,F,9\n`;
    await roleMatrix((actor) => actor.client.request(IMPORT, { input: { csv: csv() } }), {
      allowed: { head: c.head, apLead: c.apLead, senco: c.senco, attendanceLead: c.attendanceLead },
      refused: {
        dsl: c.dsl,
        staff: c.schoolStaff,
        commissioner: c.commissioner,
        providerManager: c.manager,
        platformAdmin: c.platformAdmin,
        anonymous: c.anonymous,
      },
    });
  });
});

describe('creating and changing a pupil', () => {
  let school: School;
  let head: Member;
  beforeAll(async () => {
    school = await t.world.school(c.la, 'Validation School');
    head = await t.world.member(school, [Role.HEADTEACHER]);
  });

  it('saves every field, normalising the UPN and trimming names, and audits the write', async () => {
    const created = ok(
      await head.client.request(CREATE, { input: pupilInput({ upn: ' b801 2000 05001 ', legalSurname: '  Okafor ', preferredSurname: '  ' }) }),
    ).createPupil;
    expect(created).toMatchObject({
      upn: 'B801200005001',
      legalSurname: 'Okafor',
      preferredSurname: null,
      displayName: 'Chid Okafor',
      sex: 'M',
      yearGroup: 9,
      ehcPlan: true,
      senSupport: false,
      hasSocialWorker: true,
      emergencyContactPhone: '07700 900456',
      school: { id: school.id },
    });
    expect(await count(t, `audit_event where action = 'write' and subject_type = 'Pupil' and subject_id = ? and user_id = ?`, [created.id, head.user.id])).toBe(1);
  });

  it('accepts a temporary UPN', async () => {
    expect(ok(await head.client.request(CREATE, { input: pupilInput({ upn: 'M80120000500A' }) })).createPupil.upn).toBe('M80120000500A');
  });

  it.each([
    ['A801200005001', /^Enter a real UPN/],
    ['I801200005001', /^UPN must not contain the letters I, O or S$/],
    ['B8012000050', /^UPN must be 13 characters$/],
    ['', /^Enter the UPN$/],
  ])('refuses the UPN %j', async (upn, message) => {
    expect(refusal(await head.client.request(CREATE, { input: pupilInput({ upn }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'upn', message });
  });

  it('refuses a UPN already on the school’s roll, but not one on another school’s', async () => {
    const upn = randomUpn();
    ok(await head.client.request(CREATE, { input: pupilInput({ upn }) }));
    expect(refusal(await head.client.request(CREATE, { input: pupilInput({ upn }) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'upn',
      message: 'A pupil with this UPN is already on roll',
    });
    ok(await c.head.client.request(CREATE, { input: pupilInput({ upn }) }));
  });

  it.each([
    ['2013-02-30', 'Date of birth must be a real date'],
    ['14/03/2012', 'Date of birth must be a real date'],
    ['', 'Enter the date of birth'],
  ])('refuses the date of birth %j', async (dateOfBirth, message) => {
    expect(refusal(await head.client.request(CREATE, { input: pupilInput({ upn: randomUpn(), dateOfBirth }) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'dateOfBirth',
      message,
    });
  });

  it('needs a date of birth for a pupil aged 2 to 19 today', async () => {
    for (const dateOfBirth of [daysFromToday(-365), '1990-05-01', daysFromToday(1)]) {
      expect(refusal(await head.client.request(CREATE, { input: pupilInput({ upn: randomUpn(), dateOfBirth }) }))).toMatchObject({
        field: 'dateOfBirth',
        message: expect.stringMatching(/^Date of birth must be between .* and .*: a pupil aged 2 to 19$/),
      });
    }
    ok(await head.client.request(CREATE, { input: pupilInput({ upn: randomUpn(), dateOfBirth: daysFromToday(-3 * 365) }) }));
  });

  it.each([
    [{ legalSurname: '   ' }, 'legalSurname', 'Enter the legal surname'],
    [{ legalForename: 'x'.repeat(101) }, 'legalForename', 'The legal forename must be 100 characters or fewer'],
    [{ yearGroup: 14 }, 'yearGroup', 'Year group must be Reception or a year from 1 to 13'],
    [{ yearGroup: -1 }, 'yearGroup', 'Year group must be Reception or a year from 1 to 13'],
    [{ socialWorkerName: ' ' }, 'socialWorkerName', 'Enter the social worker’s name'],
    [{ youthOffendingWorkerContact: 'yot@council.example' }, 'youthOffendingWorkerName', 'Enter the youth offending team worker’s name'],
    [{ emergencyContactName: null }, 'emergencyContactName', 'Enter the emergency contact’s name'],
    [{ emergencyContactPhone: null }, 'emergencyContactPhone', 'Enter the emergency contact’s phone number'],
    [{ emergencyContactPhone: '12345' }, 'emergencyContactPhone', 'Enter a UK phone number for the emergency contact, like 07700 900 982'],
    [{ senSupport: true }, 'senSupport', expect.stringMatching(/^Select SEN support or an EHC plan, not both/)],
    [{ medicalNeeds: 'x'.repeat(2001) }, 'medicalNeeds', 'Medical needs must be 2000 characters or fewer'],
  ])('refuses %j', async (overrides, field, message) => {
    expect(refusal(await head.client.request(CREATE, { input: pupilInput({ upn: randomUpn(), ...overrides }) }))).toEqual({ code: 'BAD_USER_INPUT', field, message });
  });

  it('accepts a pupil with no optional details at all', async () => {
    const input = { upn: randomUpn(), legalSurname: 'Bare', legalForename: 'Bea', dateOfBirth: '2015-09-01', sex: 'U', yearGroup: 0 };
    expect(ok(await head.client.request(CREATE, { input })).createPupil).toMatchObject({ yearGroup: 0, ehcPlan: false, hasSocialWorker: false, emergencyContactName: null });
  });

  it('replaces the record on update, clearing fields left out, and keeps UPNs unique', async () => {
    const first = ok(await head.client.request(CREATE, { input: pupilInput({ upn: randomUpn() }) })).createPupil;
    const other = ok(await head.client.request(CREATE, { input: pupilInput({ upn: randomUpn() }) })).createPupil;
    const changed = ok(
      await head.client.request(UPDATE, {
        input: { id: first.id, upn: first.upn, legalSurname: 'Okafor-Reid', legalForename: 'Chidi', dateOfBirth: '2012-03-14', sex: 'M', yearGroup: 10 },
      }),
    ).updatePupil;
    expect(changed).toMatchObject({ id: first.id, legalSurname: 'Okafor-Reid', yearGroup: 10, ehcPlan: false, socialWorkerName: null, hasSocialWorker: false, medicalNeeds: null });
    expect(refusal(await head.client.request(UPDATE, { input: { ...pupilInput({ upn: other.upn }), id: first.id } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'upn',
      message: 'A pupil with this UPN is already on roll',
    });
    expect(refusal(await head.client.request(UPDATE, { input: { ...pupilInput({ upn: first.upn, yearGroup: 20 }), id: first.id } })).field).toBe('yearGroup');
  });
});

describe('finding pupils', () => {
  let la: LocalAuthority;
  let school: School;
  let head: Member;
  let commissioner: Member;
  const names = (result: GraphQLResult) => ok(result).pupils.edges.map((edge: any) => edge.node.legalSurname);

  beforeAll(async () => {
    la = await t.world.la('Search LA');
    school = await t.world.school(la, 'Search School');
    const sibling = await t.world.school(la, 'Sibling School');
    head = await t.world.member(school, [Role.HEADTEACHER]);
    commissioner = await t.world.member(la, [Role.COMMISSIONER]);
    await pupilOf(t, school, { legalSurname: 'Clarke', legalForename: 'Amelia', yearGroup: 9, ehcPlan: true, upn: 'B801200005001' });
    await pupilOf(t, school, { legalSurname: 'adams', legalForename: 'Ben', preferredForename: 'Benji', yearGroup: 10, lookedAfter: true, socialWorkerName: 'Sam Worker' });
    await pupilOf(t, school, { legalSurname: 'Baker', legalForename: 'Cara', yearGroup: 9, behaviourRiskAssessment: true, medicalNeeds: 'Epilepsy' });
    await pupilOf(t, school, { legalSurname: 'Baker', legalForename: 'Aaron', yearGroup: 11, senSupport: true, youthOffendingWorkerName: 'Yusuf Team' });
    await pupilOf(t, sibling, { legalSurname: 'Sibling', legalForename: 'Sid', yearGroup: 9 });
  });

  it('sorts by legal surname then forename, case aside, and pages', async () => {
    expect(names(await head.client.request(PUPILS, {}))).toEqual(['adams', 'Baker', 'Baker', 'Clarke']);
    const page1 = ok(await head.client.request(PUPILS, { first: 2 })).pupils;
    expect(page1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(page1.edges.map((edge: any) => edge.node.legalForename)).toEqual(['Ben', 'Aaron']);
    const page2 = ok(await head.client.request(PUPILS, { first: 2, after: page1.pageInfo.endCursor })).pupils;
    expect(page2.edges.map((edge: any) => edge.node.legalForename)).toEqual(['Cara', 'Amelia']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('searches names and UPNs, case-insensitively, every word', async () => {
    expect(names(await head.client.request(PUPILS, { filter: { search: 'BAK' } }))).toEqual(['Baker', 'Baker']);
    expect(names(await head.client.request(PUPILS, { filter: { search: 'benji' } }))).toEqual(['adams']);
    expect(names(await head.client.request(PUPILS, { filter: { search: 'cara baker' } }))).toEqual(['Baker']);
    expect(names(await head.client.request(PUPILS, { filter: { search: 'b8012000' } }))).toEqual(['Clarke']);
    expect(names(await head.client.request(PUPILS, { filter: { search: '100%' } }))).toEqual([]);
  });

  it('filters by year group and by each flag', async () => {
    const filtered = async (filter: Record<string, unknown>) => names(await head.client.request(PUPILS, { filter }));
    expect(await filtered({ yearGroup: 9 })).toEqual(['Baker', 'Clarke']);
    expect(await filtered({ ehcPlan: true })).toEqual(['Clarke']);
    expect(await filtered({ senSupport: true })).toEqual(['Baker']);
    expect(await filtered({ lookedAfter: true })).toEqual(['adams']);
    expect(await filtered({ hasSocialWorker: true })).toEqual(['adams']);
    expect(await filtered({ hasSocialWorker: false })).toEqual(['Baker', 'Baker', 'Clarke']);
    expect(await filtered({ hasYouthOffendingWorker: true })).toEqual(['Baker']);
    expect(await filtered({ behaviourRiskAssessment: true, medicalNeeds: true })).toEqual(['Baker']);
    expect(await filtered({ yearGroup: 9, ehcPlan: false })).toEqual(['Baker']);
  });

  it('lets an LA officer see all its schools or pick one, never another LA’s school', async () => {
    expect(names(await commissioner.client.request(PUPILS, {}))).toEqual(['adams', 'Baker', 'Baker', 'Clarke', 'Sibling']);
    expect(names(await commissioner.client.request(PUPILS, { filter: { schoolId: school.id, yearGroup: 9 } }))).toEqual(['Baker', 'Clarke']);
    expect(refusal(await commissioner.client.request(PUPILS, { filter: { schoolId: c.school.id } })).code).toBe('FORBIDDEN');
    expect(refusal(await head.client.request(PUPILS, { filter: { schoolId: c.school.id } })).code).toBe('FORBIDDEN');
    expect(refusal(await head.client.request(PUPILS, { filter: { schoolId: 'nope' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'schoolId' });
  });
});

describe('listing many pupils', () => {
  /** An LA with pupils spread over three schools, and its commissioner. */
  async function laWithPupils(pupils: number): Promise<Member> {
    const la = await t.world.la('Scale LA');
    const schools = [await t.world.school(la), await t.world.school(la), await t.world.school(la)];
    for (let i = 0; i < pupils; i += 1) await pupilOf(t, schools[i % schools.length], { socialWorkerName: i % 2 ? 'Worker' : null });
    return t.world.member(la, [Role.COMMISSIONER]);
  }

  it('runs the same SQL statements for 3 pupils as for 15 (no N+1)', async () => {
    const few = await laWithPupils(3);
    const many = await laWithPupils(15);
    const run = async (member: Member, expected: number) => {
      const statements = await t.countQueries(async () => {
        const list = ok(await member.client.request(PUPILS, { first: 50 })).pupils;
        expect(list.totalCount).toBe(expected);
      });
      return statements.length;
    };
    expect(await run(many, 15)).toBe(await run(few, 3));
  });
});

describe('the demo pupils', () => {
  it('gives every demo school valid KS3/KS4 pupils with the flags the compliance rules look at', async () => {
    const organisations = new Map<string, Organisation>();
    for (const key of ['oakfield', 'northfield', 'levett', 'dormston', 'alp']) organisations.set(key, await t.world.school(c.la, key));
    const em = t.owner();
    for (const [key, school] of organisations) organisations.set(key, em.merge(school));
    await seedDemoPupils(em, { organisations });
    await em.flush();

    for (const school of organisations.values()) {
      const pupils = await t.owner().find(Pupil, { school: school.id });
      expect(pupils.length).toBeGreaterThanOrEqual(5);
      for (const pupil of pupils) {
        expect(validPupil(Object.fromEntries(PUPIL_FIELDS.map((field) => [field, pupil[field]])), todayInEngland())).toBeTruthy();
        expect(pupil.upn.slice(1, 8)).toBe((school as School).laestab);
        expect(pupil.yearGroup).toBeGreaterThanOrEqual(8);
        expect(pupil.yearGroup).toBeLessThanOrEqual(11);
      }
      expect(pupils.some((pupil) => pupil.socialWorkerName && pupil.socialWorkerContact)).toBe(true);
      expect(pupils.some((pupil) => pupil.ehcPlan)).toBe(true);
      expect(pupils.some((pupil) => pupil.lookedAfter)).toBe(true);
      expect(pupils.some((pupil) => pupil.behaviourRiskAssessment)).toBe(true);
      expect(pupils.some((pupil) => pupil.medicalNeeds)).toBe(true);
    }
  });
});
