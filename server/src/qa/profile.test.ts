import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import { Provider } from '../organisations/organisation.entity.js';
import { Role } from '../people/role.js';
import { countRows, daysFromToday, qaCast, today, type QaCast } from './evidence.fixtures.js';

const PROFILE_FIELDS = `legalName ofstedGrade ofstedInspectionDate keyStages subjects qualifications focus places placesAvailable
  contactName contactEmail contactPhone dslName dslEmail dslPhone dslTrainingDate updatedAt`;
const PROFILE = `query($id: ID!) { organisation(id: $id) { ... on Provider { profile { ${PROFILE_FIELDS} } } } }`;
const UPDATE = `mutation($input: ProviderProfileInput!) { updateProviderProfile(input: $input) { ${PROFILE_FIELDS} } }`;

const t = useTestServer();
let c: QaCast;

beforeAll(async () => {
  c = await qaCast(t);
});

const profileOf = async (reader: Member, providerId: string) => (await reader.client.data(PROFILE, { id: providerId })).organisation.profile;

/** A provider of its own with a manager, so each validation test starts from an empty profile. */
async function freshManager(registrationStatus = ProviderRegistrationStatus.NON_SCHOOL) {
  const provider = await t.world.provider({ la: c.la });
  if (registrationStatus !== ProviderRegistrationStatus.NON_SCHOOL) {
    await t.owner().nativeUpdate(Provider, { id: provider.id }, { registrationStatus, settingType: null, providerUrn: String(100000 + Math.floor(Math.random() * 899999)) });
  }
  return { provider, manager: await t.world.member(provider, [Role.PROVIDER_MANAGER]) };
}

const FULL = {
  legalName: '  Pathways   Outdoor Learning CIC ',
  keyStages: ['KS4', 'KS3', 'KS4'],
  subjects: ['Forest school', ' Animal care ', 'forest school', ''],
  qualifications: ['AQA Unit Award Scheme', 'John Muir Award'],
  focus: ['THERAPEUTIC', 'OUTDOOR'],
  places: 16,
  placesAvailable: 3,
  contactName: 'Sam Whitehouse',
  contactEmail: ' Hello@Pathways.Example ',
  contactPhone: '07700 900 318',
  dslName: 'Jo Lee',
  dslEmail: 'dsl@pathways.example',
  dslPhone: '+44 1384  960 000',
  dslTrainingDate: '2025-09-01',
};

describe('updateProviderProfile', () => {
  it('is for provider managers, each changing only their own provider', async () => {
    let n = 0;
    await roleMatrix((actor) => actor.client.request(UPDATE, { input: { contactName: `Contact ${(n += 1)}` } }), {
      allowed: { managerA: c.managerA, managerB: c.managerB },
      refused: {
        providerStaff: c.staffA,
        providerDsl: c.dslA,
        schoolHead: c.head,
        laOfficer: c.qaOfficer,
        laCommissioner: c.commissioner,
        admin: c.admin,
        anonymous: c.anonymous,
      },
    });
    await c.managerA.client.data(UPDATE, { input: { contactName: 'Only A' } });
    await c.managerB.client.data(UPDATE, { input: { contactName: 'Only B' } });
    expect((await profileOf(c.head, c.providerA.id)).contactName).toBe('Only A');
    expect((await profileOf(c.head, c.providerB.id)).contactName).toBe('Only B');
  });

  it('saves a whole profile, tidied: trimmed text, lower-case e-mails, lists once each and in order', async () => {
    const { manager } = await freshManager();
    const saved = (await manager.client.data(UPDATE, { input: FULL })).updateProviderProfile;
    expect(saved).toEqual({
      legalName: 'Pathways Outdoor Learning CIC',
      ofstedGrade: null,
      ofstedInspectionDate: null,
      keyStages: ['KS3', 'KS4'],
      subjects: ['Forest school', 'Animal care'],
      qualifications: ['AQA Unit Award Scheme', 'John Muir Award'],
      focus: ['THERAPEUTIC', 'OUTDOOR'],
      places: 16,
      placesAvailable: 3,
      contactName: 'Sam Whitehouse',
      contactEmail: 'hello@pathways.example',
      contactPhone: '07700 900 318',
      dslName: 'Jo Lee',
      dslEmail: 'dsl@pathways.example',
      dslPhone: '+44 1384 960 000',
      dslTrainingDate: '2025-09-01',
      updatedAt: expect.any(String),
    });
  });

  it('changes only the fields given, and clears those sent as null', async () => {
    const { provider, manager } = await freshManager();
    await manager.client.data(UPDATE, { input: FULL });
    await manager.client.data(UPDATE, { input: { placesAvailable: 0, subjects: null, dslPhone: null } });
    const profile = await profileOf(c.head, provider.id);
    expect(profile).toMatchObject({ places: 16, placesAvailable: 0, subjects: [], dslPhone: null, contactName: 'Sam Whitehouse', keyStages: ['KS3', 'KS4'] });
  });

  it('is audited', async () => {
    const { provider, manager } = await freshManager();
    await manager.client.data(UPDATE, { input: { legalName: 'Audited Ltd' } });
    expect(
      await countRows(t, `audit_event where subject_type = 'ProviderProfile' and subject_id = ? and action = 'write' and operation = 'updateProviderProfile'`, [provider.id]),
    ).toBe(1);
  });

  describe('refuses, naming the field and saving nothing,', () => {
    const cases: { name: string; input: Record<string, unknown>; field: string; message: string; status?: ProviderRegistrationStatus }[] = [
      { name: 'a malformed contact e-mail', input: { contactEmail: 'sam@pathways' }, field: 'contactEmail', message: 'Enter an email address in the correct format, like name@example.com' },
      { name: 'a malformed DSL e-mail', input: { dslEmail: 'not an email' }, field: 'dslEmail', message: 'Enter an email address in the correct format, like name@example.com' },
      { name: 'a contact phone that is not a UK number', input: { contactPhone: '12345' }, field: 'contactPhone', message: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192' },
      { name: 'a DSL phone with letters', input: { dslPhone: '0116 ABC 0720' }, field: 'dslPhone', message: 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192' },
      { name: 'negative places', input: { places: -1 }, field: 'places', message: 'Number of places must be 0 or more' },
      { name: 'negative places available', input: { places: 5, placesAvailable: -1 }, field: 'placesAvailable', message: 'Places available must be 0 or more' },
      { name: 'more places available than places', input: { places: 5, placesAvailable: 6 }, field: 'placesAvailable', message: 'Places available must be no more than the number of places (5)' },
      { name: 'places available without a number of places', input: { placesAvailable: 2 }, field: 'places', message: 'Enter the number of places' },
      { name: 'a DSL training date in the future', input: { dslTrainingDate: daysFromToday(1) }, field: 'dslTrainingDate', message: 'DSL training date must be today or in the past' },
      { name: 'an Ofsted grade for a non-school provider', input: { ofstedGrade: 'GOOD', ofstedInspectionDate: '2024-01-10' }, field: 'ofstedGrade', message: 'Only registered schools and colleges have an Ofsted grade' },
      {
        name: 'a grade without the inspection date',
        input: { ofstedGrade: 'GOOD' },
        field: 'ofstedInspectionDate',
        message: 'Enter the date of the last Ofsted inspection',
        status: ProviderRegistrationStatus.REGISTERED_SCHOOL,
      },
      {
        name: 'an inspection date in the future',
        input: { ofstedGrade: 'OUTSTANDING', ofstedInspectionDate: daysFromToday(1) },
        field: 'ofstedInspectionDate',
        message: 'Inspection date must be today or in the past',
        status: ProviderRegistrationStatus.REGISTERED_SCHOOL,
      },
      {
        name: 'an inspection date for a provider not yet inspected',
        input: { ofstedGrade: 'NOT_YET_INSPECTED', ofstedInspectionDate: '2024-01-10' },
        field: 'ofstedInspectionDate',
        message: 'Only give an inspection date together with the grade from that inspection',
        status: ProviderRegistrationStatus.FURTHER_EDUCATION,
      },
      { name: 'an overlong subject', input: { subjects: ['x'.repeat(101)] }, field: 'subjects', message: 'Each subject must be 100 characters or fewer' },
    ];

    it.each(cases)('$name', async ({ input, field, message, status }) => {
      const { provider, manager } = await freshManager(status);
      const result = await manager.client.request(UPDATE, { input: { contactName: 'Should not be saved', ...input } });
      expect({ code: errorCode(result), field: errorField(result), message: result.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', field, message });
      expect((await profileOf(c.head, provider.id)).contactName).toBeNull();
      expect(await countRows(t, 'provider_profile where provider_id = ?', [provider.id])).toBe(0);
    });
  });

  it('accepts an Ofsted grade and date, today at the latest, for registered schools and colleges', async () => {
    for (const status of [ProviderRegistrationStatus.REGISTERED_SCHOOL, ProviderRegistrationStatus.FURTHER_EDUCATION]) {
      const { manager } = await freshManager(status);
      const saved = (await manager.client.data(UPDATE, { input: { ofstedGrade: 'REQUIRES_IMPROVEMENT', ofstedInspectionDate: today() } })).updateProviderProfile;
      expect(saved).toMatchObject({ ofstedGrade: 'REQUIRES_IMPROVEMENT', ofstedInspectionDate: today() });
      const notYet = (await manager.client.data(UPDATE, { input: { ofstedGrade: 'NOT_YET_INSPECTED', ofstedInspectionDate: null } })).updateProviderProfile;
      expect(notYet).toMatchObject({ ofstedGrade: 'NOT_YET_INSPECTED', ofstedInspectionDate: null });
    }
  });
});

describe('Provider.profile', () => {
  it('is readable by every signed-in user, across LA borders, and refused to anonymous clients', async () => {
    await c.managerA.client.data(UPDATE, { input: { contactName: 'Shared contact' } });
    await roleMatrix((actor) => actor.client.request(PROFILE, { id: c.providerA.id }), {
      allowed: { managerA: c.managerA, providerStaff: c.staffA, otherProvider: c.managerB, schoolHead: c.head, laOfficer: c.qaOfficer, otherLaOfficer: c.otherLaOfficer, admin: c.admin },
      refused: { anonymous: c.anonymous },
    });
    expect((await profileOf(c.otherLaOfficer, c.providerA.id)).contactName).toBe('Shared contact');
  });

  it('is empty, never null, before its managers fill it in', async () => {
    const { provider } = await freshManager();
    expect(await profileOf(c.head, provider.id)).toEqual({
      legalName: null,
      ofstedGrade: null,
      ofstedInspectionDate: null,
      keyStages: [],
      subjects: [],
      qualifications: [],
      focus: [],
      places: null,
      placesAvailable: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      dslName: null,
      dslEmail: null,
      dslPhone: null,
      dslTrainingDate: null,
      updatedAt: null,
    });
  });
});
