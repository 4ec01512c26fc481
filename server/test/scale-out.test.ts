import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/people/role.js';
import { startTestServer, type TestServer } from './harness.js';

const ME = `{ me { user { email } activeMembership { organisation { id } } } }`;

/** Two API processes' worth of server (own HTTP listener, ORM pool and services) on the run's one database. */
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer();
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('two API processes on one database', () => {
  it('are separate processes’ worth of state on the same database', () => {
    expect(a.url).not.toBe(b.url);
    expect(a.server.database.orm).not.toBe(b.server.database.orm);
    expect(a.server.database.url).toBe(b.server.database.url);
  });

  it('accept a session started on A at B, and a logout on B ends it at A', async () => {
    const school = await a.world.school();
    const head = await a.world.member(school, [Role.HEADTEACHER]); // signs in through server A
    const cookie = head.client.sessionCookie;
    expect(cookie).toBeDefined();

    const atB = b.client();
    atB.useCookie(cookie);
    const me = await atB.data(ME);
    expect(me.me).toEqual({ user: { email: head.email }, activeMembership: { organisation: { id: school.id } } });

    // Work done through B is tenant-scoped for the same actor: the head sees their school's members.
    const members = await atB.data(`{ me { activeMembership { organisation { members { totalCount } } } } }`);
    expect(members.me.activeMembership.organisation.members.totalCount).toBe(1);

    expect((await atB.data(`mutation { logout }`)).logout).toBe(true);
    expect(atB.sessionCookie).toBeUndefined();
    expect((await head.client.data(ME)).me).toBeNull(); // A, still holding the cookie, no longer knows the session
  });

  it('see each other’s writes at once (no process-local cache in between)', async () => {
    const platform = await a.world.platform();
    const admin = await a.world.member(platform, [Role.PLATFORM_ADMIN]);
    const la = await a.world.la();
    const provider = await a.world.provider({ la });
    const atB = b.client();
    atB.useCookie(admin.client.sessionCookie);
    const sitesQuery = `query($id: ID!) { organisation(id: $id) { ... on Provider { sites { name } } } }`;
    expect((await admin.client.data(sitesQuery, { id: provider.id })).organisation.sites).toHaveLength(1);

    await atB.data(
      `mutation($input: ProviderSiteInput!) { addProviderSite(input: $input) { id } }`,
      { input: { providerId: provider.id, name: 'Annexe', addressLine1: '2 Test Street', town: 'Testville', postcode: 'DN1 3BU', localAuthorityId: la.id } },
    );
    expect((await admin.client.data(sitesQuery, { id: provider.id })).organisation.sites.map((s: { name: string }) => s.name)).toEqual(['Annexe', 'Main site']);
  });
});
