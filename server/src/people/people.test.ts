import { describe, expect, it } from 'vitest';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { Role } from './role.js';
import { User } from './user.entity.js';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';

const MEMBERS = `query($id: ID!) { organisation(id: $id) { members(first: 50) { totalCount edges { node { id roles user { id email displayName } } } } } }`;
const INVITATIONS = `query($id: ID!) { organisation(id: $id) { invitations { id email roles status } } }`;
const INVITE = `mutation($email: String!, $roles: [Role!]!) { inviteMember(input: { email: $email, roles: $roles }) { id email roles status invitedBy { id } } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id status } }`;
const UPDATE_ROLES = `mutation($id: ID!, $roles: [Role!]!) { updateMemberRoles(membershipId: $id, roles: $roles) { id roles } }`;
const REMOVE = `mutation($id: ID!) { removeMember(membershipId: $id) }`;
const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { organisationName organisationKind email roles existingAccount } }`;
const ACCEPT = `mutation($token: String!, $displayName: String, $password: String!) {
  acceptInvitation(input: { token: $token, displayName: $displayName, password: $password }) {
    user { email displayName } activeMembership { roles organisation { id } }
  }
}`;

const t = useTestServer();
let n = 0;
const freshEmail = (label: string) => `${label}.${Date.now()}.${(n += 1)}@invitee.example`;

/** A school with a head and staff, another school in the same LA, a provider and the LA itself. */
async function tenants() {
  const la = await t.world.la();
  const school = await t.world.school(la);
  const otherSchool = await t.world.school(la);
  const provider = await t.world.provider({ la });
  return {
    la,
    school,
    otherSchool,
    provider,
    head: await t.world.member(school, [Role.HEADTEACHER]),
    apLead: await t.world.member(school, [Role.AP_LEAD]),
    dsl: await t.world.member(school, [Role.DSL]),
    staff: await t.world.member(school, [Role.STAFF]),
    otherHead: await t.world.member(otherSchool, [Role.HEADTEACHER]),
    providerManager: await t.world.member(provider, [Role.PROVIDER_MANAGER]),
    commissioner: await t.world.member(la, [Role.COMMISSIONER]),
  };
}

function tokenFromOutbox(email: string): string {
  const mail = t.outbox().filter((m) => m.to === email).at(-1);
  if (!mail) throw new Error(`no e-mail to ${email}`);
  return /accept-invitation\?token=([\w-]+)/.exec(mail.text)![1];
}

describe('members of an organisation', () => {
  it('are listed to every member of that organisation, and to nobody outside it', async () => {
    const w = await tenants();
    await roleMatrix((actor) => actor.client.request(MEMBERS, { id: w.school.id }), {
      allowed: { head: w.head, apLead: w.apLead, dsl: w.dsl, staff: w.staff },
      refused: { otherSchoolHead: w.otherHead, providerManager: w.providerManager, laCommissioner: w.commissioner },
    });
    const { organisation } = await w.staff.client.data(MEMBERS, { id: w.school.id });
    expect(organisation.members.totalCount).toBe(4);
    expect(organisation.members.edges.map((e: any) => e.node.user.email).sort()).toEqual([w.head, w.apLead, w.dsl, w.staff].map((m) => m.email).sort());
  });

  it('never shows another school’s people through any id', async () => {
    const w = await tenants();
    const theirs = w.otherHead.membership.id;
    expect(errorCode(await w.head.client.request(UPDATE_ROLES, { id: theirs, roles: [Role.STAFF] }))).toBe('NOT_FOUND');
    expect(errorCode(await w.head.client.request(REMOVE, { id: theirs }))).toBe('NOT_FOUND');
    const me = await w.head.client.data(`{ me { memberships { organisation { id } } } }`);
    expect(me.me.memberships.map((m: any) => m.organisation.id)).toEqual([w.school.id]);
    const refused = await w.head.client.request(`query($id: ID!) { organisation(id: $id) { name members { edges { node { user { email } } } } } }`, { id: w.otherSchool.id });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(JSON.stringify(refused.data)).not.toContain(w.otherHead.email);
  });
});

describe('inviting a member', () => {
  it('is allowed for member admins and refused for other roles and organisations', async () => {
    const w = await tenants();
    await roleMatrix((actor, name) => actor.client.request(INVITE, { email: freshEmail(name), roles: [Role.STAFF] }), {
      allowed: { head: w.head, apLead: w.apLead },
      refused: { dsl: w.dsl, staff: w.staff },
    });
    // Admins elsewhere invite into their own organisation only: nothing lands in this school.
    await w.otherHead.client.data(INVITE, { email: freshEmail('elsewhere'), roles: [Role.STAFF] });
    const pending = await w.head.client.data(INVITATIONS, { id: w.school.id });
    expect(pending.organisation.invitations).toHaveLength(2);
  });

  it('lists pending invitations to the organisation’s member admins only', async () => {
    const w = await tenants();
    await w.head.client.data(INVITE, { email: freshEmail('pending'), roles: [Role.DSL] });
    await roleMatrix((actor) => actor.client.request(INVITATIONS, { id: w.school.id }), {
      allowed: { head: w.head, apLead: w.apLead },
      refused: { staff: w.staff, otherSchoolHead: w.otherHead, providerManager: w.providerManager, laCommissioner: w.commissioner },
    });
  });

  it('rejects a bad e-mail, no roles and roles of another kind of organisation, saving nothing', async () => {
    const w = await tenants();
    const cases = [
      [{ email: 'not an email', roles: [Role.STAFF] }, 'email'],
      [{ email: freshEmail('noroles'), roles: [] }, 'roles'],
      [{ email: freshEmail('wrongkind'), roles: [Role.PROVIDER_MANAGER] }, 'roles'],
    ] as const;
    for (const [variables, field] of cases) {
      const result = await w.head.client.request(INVITE, variables);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe(field);
    }
    const em = t.server.database.orm.em.fork();
    expect(await em.count(Invitation, { organisation: w.school.id })).toBe(0);
  });

  it('refuses a duplicate invitation and inviting an existing member (CONFLICT on email)', async () => {
    const w = await tenants();
    const email = freshEmail('twice');
    await w.head.client.data(INVITE, { email, roles: [Role.STAFF] });
    const again = await w.head.client.request(INVITE, { email, roles: [Role.STAFF] });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorField(again)).toBe('email');
    const member = await w.head.client.request(INVITE, { email: w.staff.email, roles: [Role.STAFF] });
    expect(errorCode(member)).toBe('CONFLICT');
  });

  it('e-mails a link; a new person accepts with a name and strong password and is signed in to the organisation', async () => {
    const w = await tenants();
    const email = freshEmail('newcomer');
    await w.head.client.data(INVITE, { email, roles: [Role.ATTENDANCE_LEAD] });
    const token = tokenFromOutbox(email);

    const preview = await t.client().data(PREVIEW, { token });
    expect(preview.invitationPreview).toMatchObject({ organisationName: w.school.name, organisationKind: 'SCHOOL', email, roles: ['ATTENDANCE_LEAD'], existingAccount: false });

    const invitee = t.client();
    const weak = await invitee.request(ACCEPT, { token, displayName: 'Nia Roberts', password: 'short' });
    expect(errorField(weak)).toBe('password');
    const noName = await invitee.request(ACCEPT, { token, displayName: ' ', password: 'juniper-orbit-cascade-58' });
    expect(errorField(noName)).toBe('displayName');
    const em = t.server.database.orm.em.fork();
    expect(await em.count(User, { email })).toBe(0);

    const accepted = await invitee.data(ACCEPT, { token, displayName: 'Nia Roberts', password: 'juniper-orbit-cascade-58' });
    expect(accepted.acceptInvitation.activeMembership).toMatchObject({ roles: ['ATTENDANCE_LEAD'], organisation: { id: w.school.id } });
    expect((await invitee.data(`{ me { user { email } } }`)).me.user.email).toBe(email);

    const reuse = await t.client().request(ACCEPT, { token, displayName: 'Someone', password: 'juniper-orbit-cascade-58' });
    expect(errorCode(reuse)).toBe('BAD_USER_INPUT');
    expect(errorField(reuse)).toBe('token');
  });

  it('lets an existing user join a second organisation by confirming their own password', async () => {
    const w = await tenants();
    await w.otherHead.client.data(INVITE, { email: w.staff.email, roles: [Role.SENCO] });
    const token = tokenFromOutbox(w.staff.email);
    expect((await t.client().data(PREVIEW, { token })).invitationPreview.existingAccount).toBe(true);
    const wrong = await t.client().request(ACCEPT, { token, password: 'not-their-password-at-all' });
    expect(errorField(wrong)).toBe('password');
    const joined = await t.client().data(ACCEPT, { token, password: 'violet-harbour-lantern-47' });
    expect(joined.acceptInvitation.activeMembership.organisation.id).toBe(w.otherSchool.id);
    const em = t.server.database.orm.em.fork();
    expect(await em.count(Membership, { user: w.staff.user.id })).toBe(2);
  });

  it('refuses an expired or withdrawn invitation with a clear error', async () => {
    const w = await tenants();
    const expiredEmail = freshEmail('expired');
    await w.head.client.data(INVITE, { email: expiredEmail, roles: [Role.STAFF] });
    const em = t.server.database.orm.em.fork();
    await em.nativeUpdate(Invitation, { email: expiredEmail }, { expiresAt: new Date(Date.now() - 60_000) });
    const expired = await t.client().request(ACCEPT, { token: tokenFromOutbox(expiredEmail), displayName: 'Late Person', password: 'juniper-orbit-cascade-58' });
    expect(errorCode(expired)).toBe('BAD_USER_INPUT');
    expect(expired.errors![0].message).toMatch(/expired/);
    expect(await em.count(User, { email: expiredEmail })).toBe(0);

    const withdrawnEmail = freshEmail('withdrawn');
    const { inviteMember } = await w.head.client.data(INVITE, { email: withdrawnEmail, roles: [Role.STAFF] });
    await w.head.client.data(REVOKE, { id: inviteMember.id });
    const withdrawn = await t.client().request(PREVIEW, { token: tokenFromOutbox(withdrawnEmail) });
    expect(errorCode(withdrawn)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.client().request(PREVIEW, { token: 'made-up-token' }))).toBe('NOT_FOUND');
  });

  it('revoking is for the organisation’s member admins only', async () => {
    const w = await tenants();
    const ids: string[] = [];
    for (let i = 0; i < 2; i += 1) ids.push((await w.head.client.data(INVITE, { email: freshEmail('revoke'), roles: [Role.STAFF] })).inviteMember.id);
    let next = 0;
    await roleMatrix((actor) => actor.client.request(REVOKE, { id: ids[next++ % ids.length] }), {
      allowed: { head: w.head, apLead: w.apLead },
      refused: { staff: w.staff },
    });
    const spare = (await w.head.client.data(INVITE, { email: freshEmail('revoke'), roles: [Role.STAFF] })).inviteMember.id;
    await roleMatrix((actor) => actor.client.request(REVOKE, { id: spare }), {
      allowed: {},
      refused: { otherSchoolHead: w.otherHead, providerManager: w.providerManager, laCommissioner: w.commissioner },
    });
  });
});

describe('changing roles and removing members', () => {
  it('is for member admins of the same organisation', async () => {
    const w = await tenants();
    await roleMatrix((actor: Member) => actor.client.request(UPDATE_ROLES, { id: w.dsl.membership.id, roles: [Role.DSL, Role.STAFF] }), {
      allowed: { head: w.head, apLead: w.apLead },
      refused: { staff: w.staff, dsl: w.dsl, otherSchoolHead: w.otherHead, providerManager: w.providerManager, laCommissioner: w.commissioner },
    });
    const extra = await t.world.member(w.school, [Role.STAFF]);
    await roleMatrix((actor) => actor.client.request(REMOVE, { id: extra.membership.id }), {
      allowed: {},
      refused: { staff: w.staff, otherSchoolHead: w.otherHead, providerManager: w.providerManager, laCommissioner: w.commissioner },
    });
    expect((await w.head.client.data(REMOVE, { id: extra.membership.id })).removeMember).toBe(true);
    expect((await extra.client.data(`{ me { activeMembership { id } } }`)).me.activeMembership).toBeNull();
  });

  it('keeps at least one member admin and leaves nothing changed when refused', async () => {
    const la = await t.world.la();
    const provider = await t.world.provider({ la });
    const manager = await t.world.member(provider, [Role.PROVIDER_MANAGER]);
    const demote = await manager.client.request(UPDATE_ROLES, { id: manager.membership.id, roles: [Role.STAFF] });
    expect(errorCode(demote)).toBe('CONFLICT');
    expect(errorCode(await manager.client.request(REMOVE, { id: manager.membership.id }))).toBe('CONFLICT');
    const em = t.server.database.orm.em.fork();
    expect((await em.findOneOrFail(Membership, manager.membership.id)).roles).toEqual([Role.PROVIDER_MANAGER]);
    const wrongKind = await manager.client.request(UPDATE_ROLES, { id: manager.membership.id, roles: [Role.HEADTEACHER] });
    expect(errorField(wrongKind)).toBe('roles');
  });
});
