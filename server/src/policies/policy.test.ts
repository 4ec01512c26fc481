import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { placementCast, placementOf, pupilOf, type PlacementCast } from '../placements/placement.fixtures.js';
import { PlacementStatus } from '../placements/placement.entity.js';
import { Role } from '../people/role.js';
import { count, publishedFramework } from '../qa/framework.fixtures.js';
import { QaFramework } from '../qa/framework.entity.js';
import type { LocalAuthority, Organisation } from '../organisations/organisation.entity.js';
import { seedSchoolPolicies } from './policy.demo.js';
import { SchoolApPolicy } from './school-policy.entity.js';

const t = useTestServer();

const POLICY_FIELDS = `attendanceReporting reviewIntervalWeeks visitsPerTerm reportCadence attendanceTargetPercent fullTimeHoursThreshold
  fullTimeProvidersMustBeRegistered teamTeachForBehaviourRisk fullTimeInTotal writtenPlanRequired baselineRequired finalReportRequired
  providerCommitments schoolCommitments saved requiredFramework { id name }`;
const MY_POLICY = `query { myApPolicy { ${POLICY_FIELDS} } }`;
const SCHOOL_POLICY = `query($id: ID!) { organisation(id: $id) { ... on School { apPolicy { ${POLICY_FIELDS} } } } }`;
const UPDATE = `mutation($input: UpdateSchoolApPolicyInput!) { updateSchoolApPolicy(input: $input) { id ${POLICY_FIELDS} } }`;

/** Oakfield's policy (seed 000) as the change form sends it. */
function oakfieldInput(overrides: Record<string, unknown> = {}) {
  return {
    attendanceReporting: 'WEEKLY',
    reviewIntervalWeeks: 6,
    visitsPerTerm: 1,
    reportCadence: 'TERMLY',
    attendanceTargetPercent: 95,
    fullTimeHoursThreshold: 18,
    fullTimeProvidersMustBeRegistered: true,
    requiredFrameworkId: null,
    teamTeachForBehaviourRisk: false,
    fullTimeInTotal: false,
    writtenPlanRequired: false,
    baselineRequired: false,
    finalReportRequired: false,
    providerCommitments: ['  contact the school whenever the pupil is absent. ', '', 'complete a termly report as part of the school’s monitoring process.'],
    schoolCommitments: ['arrange for an appropriate staff member to conduct periodic visits'],
    ...overrides,
  };
}

let c: PlacementCast;
beforeAll(async () => {
  c = await placementCast(t);
});

describe("a school's AP policy", () => {
  it('is the national defaults until the school saves one', async () => {
    const school = await t.world.school(c.la);
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    expect((await head.client.data(MY_POLICY)).myApPolicy).toMatchObject({
      attendanceReporting: 'DAILY',
      reviewIntervalWeeks: 6,
      visitsPerTerm: 1,
      reportCadence: 'TERMLY',
      attendanceTargetPercent: 95,
      fullTimeHoursThreshold: 18,
      fullTimeProvidersMustBeRegistered: false,
      providerCommitments: [],
      saved: false,
      requiredFramework: null,
    });
    expect(await count(t, 'school_ap_policy where school_id = ?', [school.id])).toBe(0);
  });

  it('is set by the headteacher or AP lead, for their own school only, and audited', async () => {
    await roleMatrix((actor) => actor.client.request(UPDATE, { input: oakfieldInput() }), {
      allowed: { head: c.head, apLead: c.apLead },
      refused: { senco: c.senco, dsl: c.dsl, staff: c.schoolStaff, commissioner: c.commissioner, providerManager: c.manager, anonymous: { client: t.client() } as Member },
    });
    const saved = (await c.head.client.data(MY_POLICY)).myApPolicy;
    expect(saved).toMatchObject({
      attendanceReporting: 'WEEKLY',
      fullTimeProvidersMustBeRegistered: true,
      providerCommitments: ['contact the school whenever the pupil is absent.', 'complete a termly report as part of the school’s monitoring process.'],
      saved: true,
    });
    expect(await count(t, `audit_event where operation = 'updateSchoolApPolicy' and organisation_id = ?`, [c.school.id])).toBe(2);

    // Another school's head changes their own school's policy, never this one.
    await c.otherSchoolHead.client.data(UPDATE, { input: oakfieldInput({ attendanceReporting: 'DAILY', fullTimeInTotal: true }) });
    expect((await c.head.client.data(MY_POLICY)).myApPolicy).toMatchObject({ attendanceReporting: 'WEEKLY', fullTimeInTotal: false });
    expect((await c.otherSchoolHead.client.data(MY_POLICY)).myApPolicy).toMatchObject({ attendanceReporting: 'DAILY', fullTimeInTotal: true });
  });

  it('names a QA framework providers must be approved on', async () => {
    const framework = await publishedFramework(c.commissioner);
    const updated = (await c.head.client.data(UPDATE, { input: oakfieldInput({ requiredFrameworkId: framework.frameworkId }) })).updateSchoolApPolicy;
    expect(updated.requiredFramework).toMatchObject({ id: framework.frameworkId });
    const cleared = (await c.head.client.data(UPDATE, { input: oakfieldInput() })).updateSchoolApPolicy;
    expect(cleared.requiredFramework).toBeNull();
  });

  it.each([
    ['reviewIntervalWeeks', { reviewIntervalWeeks: 0 }, 'Review interval must be between 1 and 16 weeks'],
    ['reviewIntervalWeeks', { reviewIntervalWeeks: 17 }, 'Review interval must be between 1 and 16 weeks'],
    ['visitsPerTerm', { visitsPerTerm: 13 }, 'Visits per term must be between 0 and 12'],
    ['attendanceTargetPercent', { attendanceTargetPercent: 49 }, 'Attendance target must be between 50% and 100%'],
    ['fullTimeHoursThreshold', { fullTimeHoursThreshold: 33 }, 'Full-time hours must be between 10 and 32.5 hours a week'],
    ['fullTimeHoursThreshold', { fullTimeHoursThreshold: 9.5 }, 'Full-time hours must be between 10 and 32.5 hours a week'],
    ['requiredFrameworkId', { requiredFrameworkId: 'not-an-id' }, 'Not a valid id'],
    ['requiredFrameworkId', { requiredFrameworkId: '6f1c3a52-8d0e-4c4f-9a51-2f7f4a8f0b11' }, 'Choose a QA framework from the list'],
    ['providerCommitments', { providerCommitments: ['x'.repeat(501)] }, 'Each provider commitment must be 500 characters or fewer'],
    ['schoolCommitments', { schoolCommitments: Array.from({ length: 31 }, (_, i) => `Line ${i}`) }, 'Enter up to 30 lines, one school commitment each'],
  ])('refuses a wrong %s, naming the field', async (field, overrides, message) => {
    const result = await c.apLead.client.request(UPDATE, { input: oakfieldInput(overrides) });
    expect({ code: errorCode(result), field: errorField(result), message: result.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', field, message });
  });

  it('accepts the edges of each range', async () => {
    const input = oakfieldInput({ reviewIntervalWeeks: 16, visitsPerTerm: 0, attendanceTargetPercent: 100, fullTimeHoursThreshold: 32.5 });
    expect((await c.apLead.client.data(UPDATE, { input })).updateSchoolApPolicy).toMatchObject({ reviewIntervalWeeks: 16, visitsPerTerm: 0, fullTimeHoursThreshold: 32.5 });
  });

  it('is read by the school, its LA and providers with a referral from it; nobody else', async () => {
    const pupil = await pupilOf(t, c.school);
    await placementOf(t, c.apLead, { pupil, provider: c.provider, status: PlacementStatus.PROPOSED });
    const draftOnly = await t.world.provider({ la: c.hostLa });
    await placementOf(t, c.apLead, { pupil, provider: draftOnly, status: PlacementStatus.DRAFT });
    const draftOnlyManager = await t.world.member(draftOnly, [Role.PROVIDER_MANAGER]);
    await roleMatrix((actor) => actor.client.request(SCHOOL_POLICY, { id: c.school.id }), {
      allowed: { head: c.head, staff: c.schoolStaff, commissioner: c.commissioner, providerManager: c.manager, providerStaff: c.providerStaff },
      refused: {
        otherSchoolHead: c.otherSchoolHead,
        otherLaCommissioner: c.otherLaCommissioner,
        otherProviderManager: c.otherProviderManager,
        providerWithDraftOnly: draftOnlyManager,
        hostLaCommissioner: c.hostCommissioner,
      },
    });
    expect((await c.manager.client.data(SCHOOL_POLICY, { id: c.school.id })).organisation.apPolicy).toMatchObject({ attendanceReporting: expect.any(String), saved: true });
  });

  it('is only a school’s own: others have no myApPolicy', async () => {
    for (const member of [c.commissioner, c.manager]) expect(errorCode(await member.client.request(MY_POLICY))).toBe('FORBIDDEN');
  });
});

describe('the demo policies', () => {
  it('are each seed school’s policy as its seed states it, Levett’s on Doncaster’s DMBC QA Framework', async () => {
    const las = new Map<string, LocalAuthority>();
    for (const key of ['doncaster', 'rotherham', 'dudley', 'leicestershire']) las.set(key, await t.world.la());
    const organisations = new Map<string, Organisation>();
    for (const [key, la] of [['oakfield', 'rotherham'], ['northfield', 'doncaster'], ['levett', 'doncaster'], ['dormston', 'dudley'], ['alp', 'leicestershire']]) {
      organisations.set(key, await t.world.school(las.get(la)));
    }
    const em = t.owner();
    for (const map of [las, organisations] as Map<string, Organisation>[]) for (const [key, entity] of map) map.set(key, em.merge(entity));
    const dmbc = em.create(QaFramework, { localAuthority: las.get('doncaster')!, name: 'DMBC QA Framework', description: '', createdAt: new Date() });
    await seedSchoolPolicies(em, { organisations, las });
    await em.flush();

    const policyOf = (key: string) => em.findOneOrFail(SchoolApPolicy, { school: organisations.get(key)!.id });
    const oakfield = await policyOf('oakfield');
    expect(oakfield).toMatchObject({ attendanceReporting: 'WEEKLY', reportCadence: 'TERMLY', fullTimeProvidersMustBeRegistered: true });
    expect(oakfield.providerCommitments).toHaveLength(7);
    expect(oakfield.providerCommitments[2]).toBe('provide the school with attendance details on a weekly basis.');
    expect(oakfield.schoolCommitments).toHaveLength(5);
    expect(await policyOf('northfield')).toMatchObject({ attendanceReporting: 'DAILY', reviewIntervalWeeks: 8, writtenPlanRequired: true });
    expect((await policyOf('northfield')).providerCommitments).toEqual(['Safeguarding arrangements', 'Attendance monitoring', 'Behaviour expectations', 'Reporting procedures']);
    const levett = await policyOf('levett');
    expect(levett).toMatchObject({ attendanceReporting: 'DAILY', reportCadence: 'TERMLY' });
    expect(levett.requiredFramework?.id).toBe(dmbc.id);
    expect(await policyOf('dormston')).toMatchObject({ fullTimeInTotal: true, baselineRequired: true, finalReportRequired: true });
    const alp = await policyOf('alp');
    expect(alp).toMatchObject({ attendanceReporting: 'DAILY', visitsPerTerm: 2, reportCadence: 'TERMLY', teamTeachForBehaviourRisk: true });
    expect(alp.providerCommitments).toContain('Provide ALP Leicester with attendance details on a weekly basis.');
  });
});
