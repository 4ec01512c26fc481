import { randomInt, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../people/role.js';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import type { LocalAuthority, Provider, School } from './organisation.entity.js';

const DIRECTORY = `query($first: Int! = 20, $after: String, $filter: OrganisationFilter) {
  organisations(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind } }
  }
}`;
const ORGANISATION = `query($id: ID!) {
  organisation(id: $id) {
    id name kind
    ... on LocalAuthority { laCode }
    ... on School { urn laestab localAuthority { id name } }
    ... on Provider { providerUrn: urn ukprn registrationStatus settingType sites { name addressLine1 addressLine2 town postcode localAuthority { id } } }
  }
}`;
const CREATE_LA = `mutation($input: CreateLocalAuthorityInput!) { createLocalAuthority(input: $input) { id name laCode kind } }`;
const CREATE_SCHOOL = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id name urn laestab localAuthority { id } } }`;
const CREATE_PROVIDER = `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id name urn ukprn registrationStatus settingType } }`;
const ADD_SITE = `mutation($input: ProviderSiteInput!) { addProviderSite(input: $input) { id name postcode town addressLine2 localAuthority { id } } }`;

const t = useTestServer();


async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.owner().execute<{ n: number }[]>(`select count(*)::int as n from ${sql}`, params);
  return row.n;
}

/** A random value no organisation holds yet in `column` (the database is shared by every test file). */
async function unused(column: 'la_code' | 'urn' | 'laestab' | 'provider_urn' | 'ukprn', make: () => string): Promise<string> {
  for (;;) {
    const value = make();
    if (!(await count(`organisation where ${column} = ?`, [value]))) return value;
  }
}
const unusedLaCode = () => unused('la_code', () => String(randomInt(100, 1000)));
const unusedUrn = () => unused('urn', () => String(randomInt(100000, 1000000)));
const unusedProviderUrn = () => unused('provider_urn', () => String(randomInt(100000, 1000000)));
const unusedUkprn = () => unused('ukprn', () => `1${randomInt(1000000, 10000000)}`);
const unusedLaestab = (laCode: string) => unused('laestab', () => `${laCode}${randomInt(1000, 10000)}`);

/** Letters only, so a search for a URN, UKPRN or LA code can never match it by name. */
function uniqueWord(): string {
  const letters = Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');
  return `${letters[0].toUpperCase()}${letters.slice(1)}`;
}

/** One of each kind of signed-in member, in organisations of their own. */
async function cast() {
  const la = await t.world.la();
  const school = await t.world.school(la);
  const provider = await t.world.provider({ la });
  const platform = await t.world.platform();
  return {
    la,
    school,
    provider,
    head: await t.world.member(school, [Role.HEADTEACHER]),
    schoolStaff: await t.world.member(school, [Role.STAFF]),
    providerManager: await t.world.member(provider, [Role.PROVIDER_MANAGER]),
    providerStaff: await t.world.member(provider, [Role.STAFF]),
    providerDsl: await t.world.member(provider, [Role.DSL]),
    commissioner: await t.world.member(la, [Role.COMMISSIONER]),
    qaOfficer: await t.world.member(la, [Role.QA_OFFICER]),
    admin: await t.world.member(platform, [Role.PLATFORM_ADMIN]),
    anonymous: { client: t.client() } as Member,
  };
}

/** The admin's mutation's data, or a thrown error naming the GraphQL errors. */
async function created<T = Record<string, any>>(admin: Member, query: string, input: Record<string, unknown>): Promise<T> {
  return admin.client.data<T>(query, { input });
}

function nodes(result: GraphQLResult): { id: string; name: string; kind: string }[] {
  return result.data!.organisations.edges.map((edge: { node: { id: string; name: string; kind: string } }) => edge.node);
}

describe('the organisation directory', () => {
  it('is readable by every signed-in role and refused to anonymous clients', async () => {
    const c = await cast();
    await roleMatrix(
      (actor) =>
        actor.client.request(`query($id: ID!) { organisations(first: 5) { totalCount edges { node { id } } } organisation(id: $id) { id name } }`, {
          id: c.provider.id,
        }),
      {
        allowed: { schoolStaff: c.schoolStaff, providerStaff: c.providerStaff, laOfficer: c.qaOfficer },
        refused: { anonymous: c.anonymous },
      },
    );
    await roleMatrix((actor) => actor.client.request(ORGANISATION, { id: c.school.id }), {
      allowed: { schoolStaff: c.schoolStaff, providerStaff: c.providerStaff, laOfficer: c.qaOfficer },
      refused: { anonymous: c.anonymous },
    });
    expect(errorCode(await c.anonymous.client.request(DIRECTORY))).toBe('UNAUTHENTICATED');
    expect(errorCode(await c.anonymous.client.request(ORGANISATION, { id: c.school.id }))).toBe('UNAUTHENTICATED');
  });

  it('shows each kind’s public details, and null for an unknown id', async () => {
    const c = await cast();
    const school = (await c.providerStaff.client.data(ORGANISATION, { id: c.school.id })).organisation;
    expect(school).toEqual({
      id: c.school.id,
      name: c.school.name,
      kind: 'SCHOOL',
      urn: c.school.urn,
      laestab: c.school.laestab,
      localAuthority: { id: c.la.id, name: c.la.name },
    });
    const provider = (await c.schoolStaff.client.data(ORGANISATION, { id: c.provider.id })).organisation;
    expect(provider).toMatchObject({ kind: 'PROVIDER', providerUrn: null, ukprn: null, registrationStatus: 'NON_SCHOOL', settingType: 'OTH' });
    expect(provider.sites).toEqual([
      { name: 'Main site', addressLine1: '1 Test Street', addressLine2: null, town: 'Testville', postcode: 'DN1 3BU', localAuthority: { id: c.la.id } },
    ]);
    expect((await c.head.client.data(ORGANISATION, { id: c.la.id })).organisation).toMatchObject({ kind: 'LOCAL_AUTHORITY', laCode: c.la.laCode });
    expect((await c.head.client.data(ORGANISATION, { id: randomUUID() })).organisation).toBeNull();
    expect((await c.head.client.data(ORGANISATION, { id: 'not-an-id' })).organisation).toBeNull();
  });

  describe('filters', () => {
    let c: Awaited<ReturnType<typeof cast>>;
    let prefix: string;
    let x: LocalAuthority;
    let y: LocalAuthority;
    let inX: School;
    let inY: School;
    let siteInX: Provider;
    let siteInY: Provider;
    let sitesInBoth: Provider;

    beforeAll(async () => {
      c = await cast();
      prefix = uniqueWord();
      const newLa = async (name: string) => (await created(c.admin, CREATE_LA, { name, laCode: await unusedLaCode() })).createLocalAuthority as LocalAuthority;
      x = await newLa(`${prefix} Council`);
      y = await newLa(`${prefix} Borough`);
      const newSchool = async (name: string, la: LocalAuthority) =>
        (await created(c.admin, CREATE_SCHOOL, { name, urn: await unusedUrn(), laestab: await unusedLaestab(la.laCode), localAuthorityId: la.id }))
          .createSchool as School;
      inX = await newSchool(`${prefix} Academy`, x);
      inY = await newSchool(`${prefix} High School`, y);
      const newProvider = async (name: string, extra: Record<string, unknown>) =>
        (await created(c.admin, CREATE_PROVIDER, { name, registrationStatus: 'NON_SCHOOL', ...extra })).createProvider as Provider;
      siteInX = await newProvider(`${prefix} Learning Centre`, { ukprn: await unusedUkprn() });
      siteInY = await newProvider(`${prefix} Farm`, { settingType: 'WBP' });
      sitesInBoth = await newProvider(`${prefix} Tuition`, { settingType: 'OOT' });
      const site = (provider: Provider, la: LocalAuthority, name: string) =>
        created(c.admin, ADD_SITE, { providerId: provider.id, name, addressLine1: '1 High Street', town: 'Town', postcode: 'S1 2HE', localAuthorityId: la.id });
      await site(siteInX, x, 'Main');
      await site(siteInY, y, 'Main');
      await site(sitesInBoth, x, 'North');
      await site(sitesInBoth, x, 'South');
      await site(sitesInBoth, y, 'East');
    });

    const search = (filter: Record<string, unknown>, first = 20) => c.schoolStaff.client.request(DIRECTORY, { first, filter });
    const idsOf = async (filter: Record<string, unknown>) => {
      const result = await search(filter);
      expect(result.errors).toBeUndefined();
      expect(result.data!.organisations.totalCount).toBe(result.data!.organisations.edges.length);
      return nodes(result).map((node) => node.id);
    };

    it('finds by part of the name, case-insensitively, in name order', async () => {
      const result = await search({ search: prefix.slice(2, 8).toLowerCase() });
      expect(nodes(result).map((n) => n.name)).toEqual(
        [`${prefix} Academy`, `${prefix} Borough`, `${prefix} Council`, `${prefix} Farm`, `${prefix} High School`, `${prefix} Learning Centre`, `${prefix} Tuition`],
      );
      expect(result.data!.organisations.totalCount).toBe(7);
    });

    it('treats % and _ in the search as plain characters', async () => {
      expect(await idsOf({ search: `${prefix}%` })).toEqual([]);
      expect(await idsOf({ search: `${prefix}_` })).toEqual([]);
    });

    it('narrows by kind', async () => {
      expect(await idsOf({ search: prefix, kind: 'SCHOOL' })).toEqual([inX.id, inY.id]);
      expect(await idsOf({ search: prefix, kind: 'PROVIDER' })).toEqual([siteInY.id, siteInX.id, sitesInBoth.id]);
      expect(await idsOf({ search: prefix, kind: 'LOCAL_AUTHORITY' })).toEqual([y.id, x.id]);
    });

    it('finds by exact URN, UKPRN and LA code', async () => {
      const school = (await c.schoolStaff.client.data(ORGANISATION, { id: inX.id })).organisation;
      const provider = (await c.schoolStaff.client.data(ORGANISATION, { id: siteInX.id })).organisation;
      expect(await idsOf({ search: school.urn, kind: 'SCHOOL' })).toEqual([inX.id]);
      expect(await idsOf({ search: ` ${provider.ukprn} `, kind: 'PROVIDER' })).toEqual([siteInX.id]);
      expect(await idsOf({ search: x.laCode, kind: 'LOCAL_AUTHORITY' })).toEqual([x.id]);
    });

    it('by local authority, finds its schools and the providers with a site there (once each)', async () => {
      expect(await idsOf({ localAuthorityId: x.id, kind: 'SCHOOL' })).toEqual([inX.id]);
      expect(await idsOf({ localAuthorityId: x.id, kind: 'PROVIDER' })).toEqual([siteInX.id, sitesInBoth.id]);
      expect(await idsOf({ localAuthorityId: y.id, kind: 'SCHOOL' })).toEqual([inY.id]);
      expect(await idsOf({ localAuthorityId: y.id, kind: 'PROVIDER' })).toEqual([siteInY.id, sitesInBoth.id]);
      expect(await idsOf({ localAuthorityId: x.id, search: 'Tuition', kind: 'PROVIDER' })).toEqual([sitesInBoth.id]);
      expect(await idsOf({ localAuthorityId: randomUUID() })).toEqual([]);
      const bad = await search({ localAuthorityId: 'not-an-id' });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(errorField(bad)).toBe('filter.localAuthorityId');
    });

    it('pages with cursors: first/after, hasNextPage, totalCount', async () => {
      const all = nodes(await search({ search: prefix }, 100)).map((n) => n.id);
      expect(all).toHaveLength(7);
      const seen: string[] = [];
      let after: string | null = null;
      const pages: { size: number; hasNextPage: boolean; totalCount: number }[] = [];
      do {
        const result: GraphQLResult = await c.schoolStaff.client.request(DIRECTORY, { first: 3, after, filter: { search: prefix } });
        expect(result.errors).toBeUndefined();
        const page = result.data!.organisations;
        pages.push({ size: page.edges.length, hasNextPage: page.pageInfo.hasNextPage, totalCount: page.totalCount });
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
        seen.push(...nodes(result).map((n) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(pages).toEqual([
        { size: 3, hasNextPage: true, totalCount: 7 },
        { size: 3, hasNextPage: true, totalCount: 7 },
        { size: 1, hasNextPage: false, totalCount: 7 },
      ]);
      expect(seen).toEqual(all);

      // Any edge's cursor continues right after that edge.
      const firstPage = (await c.schoolStaff.client.data(DIRECTORY, { first: 7, filter: { search: prefix } })).organisations;
      const fromSecond = (await c.schoolStaff.client.data(DIRECTORY, { first: 2, after: firstPage.edges[1].cursor, filter: { search: prefix } })).organisations;
      expect(fromSecond.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(all.slice(2, 4));

      const past = (await c.schoolStaff.client.data(DIRECTORY, { first: 3, after: firstPage.edges[6].cursor, filter: { search: prefix } })).organisations;
      expect(past).toEqual({ totalCount: 7, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });

    it('refuses first outside 1 to 100 and a cursor it did not make', async () => {
      for (const first of [0, 101, -1]) {
        const result = await search({ search: prefix }, first);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(errorField(result)).toBe('first');
        expect(result.data).toBeNull();
      }
      expect((await search({ search: prefix }, 100)).errors).toBeUndefined();
      const badCursor = await c.schoolStaff.client.request(DIRECTORY, { after: 'not a cursor', filter: { search: prefix } });
      expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
      expect(errorField(badCursor)).toBe('after');
    });
  });
});

describe('creating organisations', () => {
  it('only platform admins create local authorities, schools and providers', async () => {
    const c = await cast();
    const refused = { head: c.head, providerManager: c.providerManager, commissioner: c.commissioner };
    const names = (label: string) => Object.keys(refused).map((who) => `${label} by ${who}`);
    const laCode = await unusedLaCode();
    await roleMatrix(async (actor, who) => actor.client.request(CREATE_LA, { input: { name: `LA by ${who}`, laCode } }), {
      allowed: { admin: c.admin },
      refused,
    });
    await roleMatrix(
      async (actor, who) =>
        actor.client.request(CREATE_SCHOOL, {
          input: { name: `School by ${who}`, urn: await unusedUrn(), laestab: await unusedLaestab(c.la.laCode), localAuthorityId: c.la.id },
        }),
      { allowed: { admin: c.admin }, refused },
    );
    await roleMatrix(
      async (actor, who) => actor.client.request(CREATE_PROVIDER, { input: { name: `Provider by ${who}`, registrationStatus: 'FURTHER_EDUCATION', ukprn: await unusedUkprn() } }),
      { allowed: { admin: c.admin }, refused },
    );
    const refusedNames = [...names('LA'), ...names('School'), ...names('Provider')];
    expect(await count(`organisation where name in (${refusedNames.map(() => '?').join(', ')})`, refusedNames)).toBe(0);
    expect(await count(`organisation where la_code = ?`, [laCode])).toBe(1);
  });

  it('saves and normalises what it is given', async () => {
    const c = await cast();
    const laCode = await unusedLaCode();
    const la = (await created(c.admin, CREATE_LA, { name: '  Testshire County Council ', laCode: ` ${laCode} ` })).createLocalAuthority;
    expect(la).toMatchObject({ name: 'Testshire County Council', laCode, kind: 'LOCAL_AUTHORITY' });

    const urn = await unusedUrn();
    const laestab = await unusedLaestab(laCode);
    const school = (await created(c.admin, CREATE_SCHOOL, { name: 'Testshire Academy', urn, laestab: `${laCode}/${laestab.slice(3)}`, localAuthorityId: la.id }))
      .createSchool;
    expect(school).toMatchObject({ urn, laestab, localAuthority: { id: la.id } });

    const providerUrn = await unusedProviderUrn();
    const registered = (await created(c.admin, CREATE_PROVIDER, { name: 'Testshire Independent', registrationStatus: 'REGISTERED_SCHOOL', urn: providerUrn }))
      .createProvider;
    expect(registered).toMatchObject({ urn: providerUrn, ukprn: null, settingType: null, registrationStatus: 'REGISTERED_SCHOOL' });

    const ukprn = await unusedUkprn();
    const college = (await created(c.admin, CREATE_PROVIDER, { name: 'Testshire College', registrationStatus: 'FURTHER_EDUCATION', ukprn: ` ${ukprn}` }))
      .createProvider;
    expect(college).toMatchObject({ urn: null, ukprn, settingType: null });

    const tutor = (await created(c.admin, CREATE_PROVIDER, { name: 'Testshire Tutors', registrationStatus: 'NON_SCHOOL', settingType: 'OOT', urn: ' ', ukprn: '' }))
      .createProvider;
    expect(tutor).toMatchObject({ urn: null, ukprn: null, settingType: 'OOT' });
  });

  describe('refuses bad input on the field, and saves nothing', () => {
    let c: Awaited<ReturnType<typeof cast>>;
    beforeAll(async () => {
      c = await cast();
    });

    const otherLaCode = (code: string) => (code === '100' ? '101' : '100');
    const cases: { name: string; field: string; mutation: 'la' | 'school' | 'provider'; input: () => Promise<Record<string, unknown>> }[] = [
      { name: 'a 2-digit LA code', field: 'laCode', mutation: 'la', input: async () => ({ laCode: '37' }) },
      { name: 'a non-numeric LA code', field: 'laCode', mutation: 'la', input: async () => ({ laCode: 'abc' }) },
      { name: 'a blank LA name', field: 'name', mutation: 'la', input: async () => ({ name: '   ', laCode: await unusedLaCode() }) },
      { name: 'a 5-digit school URN', field: 'urn', mutation: 'school', input: async () => ({ urn: '12345' }) },
      { name: 'a non-numeric school URN', field: 'urn', mutation: 'school', input: async () => ({ urn: 'abcdef' }) },
      { name: 'a LAESTAB of another LA', field: 'laestab', mutation: 'school', input: async () => ({ laestab: `${otherLaCode(c.la.laCode)}4001` }) },
      { name: 'a short LAESTAB', field: 'laestab', mutation: 'school', input: async () => ({ laestab: c.la.laCode }) },
      { name: 'an unknown local authority', field: 'localAuthorityId', mutation: 'school', input: async () => ({ localAuthorityId: randomUUID() }) },
      { name: 'a school as the local authority', field: 'localAuthorityId', mutation: 'school', input: async () => ({ localAuthorityId: c.school.id }) },
      { name: 'a malformed local authority id', field: 'localAuthorityId', mutation: 'school', input: async () => ({ localAuthorityId: 'la-1' }) },
      { name: 'a UKPRN not starting with 1', field: 'ukprn', mutation: 'provider', input: async () => ({ registrationStatus: 'FURTHER_EDUCATION', ukprn: '20001234' }) },
      { name: 'a 4-digit UKPRN', field: 'ukprn', mutation: 'provider', input: async () => ({ registrationStatus: 'FURTHER_EDUCATION', ukprn: '1234' }) },
      { name: 'a 5-digit provider URN', field: 'urn', mutation: 'provider', input: async () => ({ registrationStatus: 'REGISTERED_SCHOOL', urn: '12345' }) },
      { name: 'a registered school without URN', field: 'urn', mutation: 'provider', input: async () => ({ registrationStatus: 'REGISTERED_SCHOOL', ukprn: await unusedUkprn() }) },
      {
        name: 'a setting type with a URN',
        field: 'settingType',
        mutation: 'provider',
        input: async () => ({ registrationStatus: 'REGISTERED_SCHOOL', urn: await unusedProviderUrn(), settingType: 'OTH' }),
      },
      {
        name: 'a setting type with a UKPRN',
        field: 'settingType',
        mutation: 'provider',
        input: async () => ({ registrationStatus: 'FURTHER_EDUCATION', ukprn: await unusedUkprn(), settingType: 'NFE' }),
      },
      { name: 'neither URN, UKPRN nor setting type', field: 'settingType', mutation: 'provider', input: async () => ({ registrationStatus: 'NON_SCHOOL', settingType: null }) },
    ];

    it.each(cases)('$name → BAD_USER_INPUT on $field', async ({ field, mutation, input }) => {
      const name = `Rejected ${uniqueWord()}`;
      const valid = {
        la: async () => ({ name, laCode: await unusedLaCode() }),
        school: async () => ({ name, urn: await unusedUrn(), laestab: await unusedLaestab(c.la.laCode), localAuthorityId: c.la.id }),
        provider: async () => ({ name, registrationStatus: 'NON_SCHOOL', settingType: 'OTH' }),
      }[mutation];
      const query = { la: CREATE_LA, school: CREATE_SCHOOL, provider: CREATE_PROVIDER }[mutation];
      const before = { organisations: await count('organisation'), audit: await count('audit_event where user_id = ?', [c.admin.user.id]) };

      const result = await c.admin.client.request(query, { input: { ...(await valid()), ...(await input()) } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
      expect(result.data).toBeNull();

      expect(await count('organisation where name = ?', [name])).toBe(0);
      expect({ organisations: await count('organisation'), audit: await count('audit_event where user_id = ?', [c.admin.user.id]) }).toEqual(before);
    });
  });

  it('refuses duplicates with CONFLICT on the field, and saves nothing', async () => {
    const c = await cast();
    const ukprn = await unusedUkprn();
    const providerUrn = await unusedProviderUrn();
    await created(c.admin, CREATE_PROVIDER, { name: 'Original College', registrationStatus: 'FURTHER_EDUCATION', ukprn });
    await created(c.admin, CREATE_PROVIDER, { name: 'Original Independent', registrationStatus: 'REGISTERED_SCHOOL', urn: providerUrn });
    const school = (await c.head.client.data(ORGANISATION, { id: c.school.id })).organisation;

    const attempts: [string, string, Record<string, unknown>][] = [
      [CREATE_LA, 'laCode', { laCode: c.la.laCode }],
      [CREATE_SCHOOL, 'urn', { urn: school.urn, laestab: await unusedLaestab(c.la.laCode), localAuthorityId: c.la.id }],
      [CREATE_SCHOOL, 'laestab', { urn: await unusedUrn(), laestab: school.laestab, localAuthorityId: c.la.id }],
      [CREATE_PROVIDER, 'ukprn', { registrationStatus: 'FURTHER_EDUCATION', ukprn }],
      [CREATE_PROVIDER, 'urn', { registrationStatus: 'REGISTERED_SCHOOL', urn: providerUrn }],
    ];
    for (const [query, field, input] of attempts) {
      const name = `Duplicate ${uniqueWord()}`;
      const before = await count('organisation');
      const result = await c.admin.client.request(query, { input: { name, ...input } });
      expect({ field, code: errorCode(result), on: errorField(result) }).toEqual({ field, code: 'CONFLICT', on: field });
      expect(await count('organisation where name = ?', [name])).toBe(0);
      expect(await count('organisation')).toBe(before);
    }
    expect(await count('organisation where ukprn = ?', [ukprn])).toBe(1);
    expect(await count('organisation where provider_urn = ?', [providerUrn])).toBe(1);
  });
});

describe('adding a provider site', () => {
  const site = (extra: Record<string, unknown> = {}) => ({
    name: `Site ${uniqueWord()}`,
    addressLine1: '12 Station Road',
    town: 'Doncaster',
    postcode: 'DN1 3BU',
    ...extra,
  });
  const sitesOf = async (provider: Provider) => count('provider_site where provider_id = ?', [provider.id]);

  it('is for the provider’s manager (own provider) and platform admins (any provider)', async () => {
    const c = await cast();
    const other = await t.world.provider({ la: c.la });
    const otherManager = await t.world.member(other, [Role.PROVIDER_MANAGER]);
    const before = await sitesOf(c.provider);
    const input = (actor: Member) => site({ localAuthorityId: c.la.id, ...(actor === c.admin || actor === otherManager ? { providerId: c.provider.id } : {}) });
    await roleMatrix((actor) => actor.client.request(ADD_SITE, { input: input(actor) }), {
      allowed: { manager: c.providerManager, admin: c.admin },
      refused: {
        providerStaff: c.providerStaff,
        providerDsl: c.providerDsl,
        otherProvidersManager: otherManager,
        head: c.head,
        commissioner: c.commissioner,
      },
    });
    expect(await sitesOf(c.provider)).toBe(before + 2);
    expect(await sitesOf(other)).toBe(1);

    const crossing = await otherManager.client.request(ADD_SITE, { input: site({ localAuthorityId: c.la.id, providerId: c.provider.id }) });
    expect(errorCode(crossing)).toBe('FORBIDDEN');
    expect(await sitesOf(c.provider)).toBe(before + 2);
  });

  it('adds to the manager’s own provider, and to the chosen one for an admin', async () => {
    const c = await cast();
    const la2 = await t.world.la();
    const own = (await c.providerManager.client.data(ADD_SITE, { input: site({ name: 'Annexe', localAuthorityId: la2.id, addressLine2: ' Unit 4 ' }) })).addProviderSite;
    expect(own).toMatchObject({ name: 'Annexe', addressLine2: 'Unit 4', localAuthority: { id: la2.id } });
    const byAdmin = (await c.admin.client.data(ADD_SITE, { input: site({ name: 'Barn', providerId: c.provider.id, localAuthorityId: c.la.id }) })).addProviderSite;
    expect(byAdmin.name).toBe('Barn');
    const sites = (await c.providerStaff.client.data(ORGANISATION, { id: c.provider.id })).organisation.sites;
    expect(sites.map((s: { name: string }) => s.name)).toEqual(['Annexe', 'Barn', 'Main site']);

    // The manager's own id as providerId is fine; an admin must say which provider.
    expect((await c.providerManager.client.request(ADD_SITE, { input: site({ providerId: c.provider.id, localAuthorityId: c.la.id }) })).errors).toBeUndefined();
    const noProvider = await c.admin.client.request(ADD_SITE, { input: site({ localAuthorityId: c.la.id }) });
    expect(errorCode(noProvider)).toBe('BAD_USER_INPUT');
    expect(errorField(noProvider)).toBe('providerId');
    const notAProvider = await c.admin.client.request(ADD_SITE, { input: site({ providerId: c.school.id, localAuthorityId: c.la.id }) });
    expect(errorCode(notAProvider)).toBe('NOT_FOUND');
  });

  it('normalises postcodes', async () => {
    const c = await cast();
    for (const [given, stored] of [
      ['dn13bu', 'DN1 3BU'],
      [' sw1a   1aa ', 'SW1A 1AA'],
      ['m1 1ae', 'M1 1AE'],
      ['B338TH', 'B33 8TH'],
    ]) {
      const added = (await c.providerManager.client.data(ADD_SITE, { input: site({ postcode: given, localAuthorityId: c.la.id }) })).addProviderSite;
      expect(added.postcode).toBe(stored);
    }
  });

  it('refuses a bad postcode, an unknown local authority or a blank field, and saves nothing', async () => {
    const c = await cast();
    const before = await sitesOf(c.provider);
    const attempts: [Record<string, unknown>, string][] = [
      [{ postcode: 'DN1', localAuthorityId: c.la.id }, 'postcode'],
      [{ postcode: '12345', localAuthorityId: c.la.id }, 'postcode'],
      [{ postcode: 'DN1 3BUX', localAuthorityId: c.la.id }, 'postcode'],
      [{ localAuthorityId: randomUUID() }, 'localAuthorityId'],
      [{ localAuthorityId: c.school.id }, 'localAuthorityId'],
      [{ localAuthorityId: 'nowhere' }, 'localAuthorityId'],
      [{ name: ' ', localAuthorityId: c.la.id }, 'name'],
      [{ town: '', localAuthorityId: c.la.id }, 'town'],
    ];
    for (const [input, field] of attempts) {
      const result = await c.providerManager.client.request(ADD_SITE, { input: site(input) });
      expect({ input, code: errorCode(result), field: errorField(result) }).toEqual({ input, code: 'BAD_USER_INPUT', field });
    }
    expect(await sitesOf(c.provider)).toBe(before);
  });
});

describe('no N+1 in the directory', () => {
  it('runs the same number of SQL statements for 6 organisations as for 22', async () => {
    const prefix = uniqueWord();
    const c = await cast();
    const addOrganisations = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        // Each in its own LA, so no two nested local authorities are the same entity.
        await t.world.provider({ la: await t.world.la(), name: `${prefix} Provider` });
        await t.world.school(await t.world.la(), `${prefix} School`);
      }
    };
    const query = `query($search: String!) {
      organisations(first: 100, filter: { search: $search }) {
        totalCount
        edges { node { id name ... on Provider { sites { name localAuthority { name } } } ... on School { localAuthority { name } } } }
      }
    }`;
    const run = async () => {
      let data: Record<string, any> = {};
      const statements = await t.countQueries(async () => {
        data = await c.schoolStaff.client.data(query, { search: prefix });
      });
      const edges = data.organisations.edges as { node: { sites?: { localAuthority: { name: string } }[]; localAuthority?: { name: string } } }[];
      for (const { node } of edges) {
        const las = node.sites ? node.sites.map((s) => s.localAuthority) : [node.localAuthority!];
        expect(las.length).toBeGreaterThan(0);
        for (const la of las) expect(la.name).toMatch(/^Test LA \d{3}$/);
      }
      return { organisations: data.organisations.totalCount as number, statements };
    };

    await addOrganisations(3);
    const few = await run();
    await addOrganisations(8);
    const many = await run();
    expect(few.organisations).toBe(6);
    expect(many.organisations).toBe(22);
    expect(many.statements.length, many.statements.join('\n')).toBe(few.statements.length);
    expect(few.statements.length).toBeLessThanOrEqual(12);
  });
});
