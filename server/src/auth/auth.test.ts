import { describe, expect, it } from 'vitest';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { Role } from '../people/role.js';
import { User } from '../people/user.entity.js';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { TEST_PASSWORD } from '../../test/world.js';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { user { email } activeMembership { organisation { name } } permissions }
}`;
const ME = `{ me { user { email } activeMembership { id roles organisation { id name kind } } memberships { id organisation { name } } permissions } }`;
const SWITCH = `mutation($id: ID!) { switchOrganisation(membershipId: $id) { activeMembership { organisation { id name } } } }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }`;

const t = useTestServer();

describe('login, me, logout', () => {
  it('signs in with a session cookie that is httpOnly and SameSite, and me reflects the active membership', async () => {
    const school = await t.world.school();
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: head.email, password: TEST_PASSWORD } }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ap_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await head.client.data(ME);
    expect(me.me.user.email).toBe(head.email);
    expect(me.me.activeMembership.organisation).toMatchObject({ id: school.id, kind: OrganisationKind.SCHOOL });
    expect(me.me.permissions).toContain('member:invite');
  });

  it('gives one message for an unknown e-mail and a wrong password, on the email field', async () => {
    const school = await t.world.school();
    const staff = await t.world.member(school, [Role.STAFF]);
    const wrongPassword = await t.client().request(LOGIN, { email: staff.email, password: 'not the password' });
    const unknownEmail = await t.client().request(LOGIN, { email: 'nobody@test.example', password: 'not the password' });
    expect(errorCode(wrongPassword)).toBe('BAD_USER_INPUT');
    expect(errorField(wrongPassword)).toBe('email');
    expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
  });

  it('rejects a malformed e-mail with a clear error on the field', async () => {
    const result = await t.client().request(LOGIN, { email: 'not-an-email', password: 'x' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('email');
  });

  it('throttles guessing: after 5 failures even the right password is refused with TOO_MANY_REQUESTS', async () => {
    const school = await t.world.school();
    const dsl = await t.world.member(school, [Role.DSL]);
    const client = t.client();
    for (let i = 0; i < 5; i += 1) expect(errorCode(await client.request(LOGIN, { email: dsl.email, password: `guess ${i}` }))).toBe('BAD_USER_INPUT');
    const blocked = await client.request(LOGIN, { email: dsl.email, password: TEST_PASSWORD });
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
  });

  it('returns null for me when signed out, and logout ends the session server-side', async () => {
    expect((await t.client().data(ME)).me).toBeNull();
    const school = await t.world.school();
    const staff = await t.world.member(school, [Role.STAFF]);
    const stolenCookie = staff.client.sessionCookie;
    await staff.client.data(`mutation { logout }`);
    expect((await staff.client.data(ME)).me).toBeNull();
    const replay = t.client();
    replay.useCookie(stolenCookie);
    expect((await replay.data(ME)).me).toBeNull();
  });

  it('refuses GET queries and simple-request POSTs (CSRF prevention)', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { user { id } } }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ me { user { id } } }' }) });
    expect(form.status).toBe(400);
  });

  it('stores argon2id hashes', async () => {
    const em = t.owner();
    const school = await t.world.school();
    const member = await t.world.member(school, [Role.STAFF]);
    const user = await em.findOneOrFail(User, member.user.id, { populate: ['passwordHash'] });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe('switching organisation', () => {
  it('switches between the user’s own memberships only', async () => {
    const la = await t.world.la();
    const schoolA = await t.world.school(la);
    const schoolB = await t.world.school(la);
    const lead = await t.world.member(schoolA, [Role.AP_LEAD]);
    const second = await t.world.member(schoolB, [Role.AP_LEAD], lead);
    const switched = await lead.client.data(SWITCH, { id: second.membership.id });
    expect(switched.switchOrganisation.activeMembership.organisation.id).toBe(schoolB.id);
    expect((await lead.client.data(ME)).me.activeMembership.organisation.id).toBe(schoolB.id);

    const stranger = await t.world.member(await t.world.school(la), [Role.HEADTEACHER]);
    const refused = await stranger.client.request(SWITCH, { id: lead.membership.id });
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect((await stranger.client.data(ME)).me.activeMembership.organisation.id).not.toBe(schoolA.id);
  });

  it('requires sign-in', async () => {
    expect(errorCode(await t.client().request(SWITCH, { id: '00000000-0000-0000-0000-000000000000' }))).toBe('UNAUTHENTICATED');
  });
});

describe('password reset', () => {
  it('e-mails a one-time link; the new password works, old sessions end, the link cannot be reused', async () => {
    const school = await t.world.school();
    const senco = await t.world.member(school, [Role.SENCO]);
    expect((await t.client().data(REQUEST_RESET, { email: senco.email })).requestPasswordReset).toBe(true);
    const mail = t.outbox().filter((m) => m.to === senco.email).at(-1)!;
    const token = /reset-password\?token=([\w-]+)/.exec(mail.text)![1];

    const weak = await t.client().request(RESET, { token, password: 'password1234' });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(errorField(weak)).toBe('password');

    const newPassword = 'copper-meadow-giraffe-91';
    expect((await t.client().data(RESET, { token, password: newPassword })).resetPassword).toBe(true);
    expect((await senco.client.data(ME)).me).toBeNull();
    expect((await t.client().request(LOGIN, { email: senco.email, password: newPassword })).errors).toBeUndefined();

    const reused = await t.client().request(RESET, { token, password: 'another-long-phrase-here-22' });
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    expect(errorField(reused)).toBe('token');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = t.outbox().length;
    expect((await t.client().data(REQUEST_RESET, { email: 'nobody.here@test.example' })).requestPasswordReset).toBe(true);
    expect(t.outbox().length).toBe(before);
  });
});
