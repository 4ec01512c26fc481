import type { EntityManager } from '@mikro-orm/postgresql';
import { randomInt, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { Role } from '../people/role.js';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';

const MEMBERS = `query($first: Int!) { me { activeMembership { organisation { members(first: $first) { totalCount edges { node { user { id } } } } } } } }`;
const INVITE = `mutation($email: String!) { inviteMember(input: { email: $email, roles: [STAFF] }) { id } }`;
const UPDATE_ROLES = `mutation($id: ID!, $roles: [Role!]!) { updateMemberRoles(membershipId: $id, roles: $roles) { id roles } }`;
const REMOVE = `mutation($id: ID!) { removeMember(membershipId: $id) }`;
const CREATE_SCHOOL = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }`;

interface AuditRow {
  user_id: string | null;
  organisation_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  operation: string;
  request_id: string | null;
  ip_address: string | null;
}

const t = useTestServer();


/** A GraphQL request as `member`, returning the result and the request id the server gave it. */
async function send(member: Member, query: string, variables: Record<string, unknown> = {}): Promise<{ result: GraphQLResult; requestId: string }> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: member.client.sessionCookie! },
    body: JSON.stringify({ query, variables }),
  });
  return { result: (await response.json()) as GraphQLResult, requestId: response.headers.get('x-request-id')! };
}

function eventsOf(requestId: string): Promise<AuditRow[]> {
  return t.owner().execute<AuditRow[]>('select * from audit_event where request_id = ? order by subject_id', [requestId]);
}

/** A random identifier no organisation holds yet in this column. */
async function unused(make: () => string, column: 'urn' | 'laestab'): Promise<string> {
  for (;;) {
    const value = make();
    const [row] = await t.owner().execute<{ n: number }[]>(`select count(*)::int as n from organisation where ${column} = ?`, [value]);
    if (row.n === 0) return value;
  }
}

async function eventCountFor(userId: string): Promise<number> {
  const [row] = await t.owner().execute<{ n: number }[]>('select count(*)::int as n from audit_event where user_id = ?', [userId]);
  return row.n;
}

describe('reads', () => {
  it('records one read per member shown, with who, where, which request and which field', async () => {
    const school = await t.world.school();
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const dsl = await t.world.member(school, [Role.DSL]);
    const staff = await t.world.member(school, [Role.STAFF]);

    const { result, requestId } = await send(head, MEMBERS, { first: 50 });
    expect(result.errors).toBeUndefined();
    const shown: string[] = result.data!.me.activeMembership.organisation.members.edges.map((e: { node: { user: { id: string } } }) => e.node.user.id);
    expect(shown.sort()).toEqual([head.user.id, dsl.user.id, staff.user.id].sort());

    const events = await eventsOf(requestId);
    expect(events.map((e) => e.subject_id).sort()).toEqual(shown);
    for (const event of events) {
      expect(event).toMatchObject({
        action: 'read',
        subject_type: 'User',
        user_id: head.user.id,
        organisation_id: school.id,
        operation: 'Organisation.members',
        request_id: requestId,
      });
      expect(event.ip_address).toBeTruthy();
    }
  });

  it('records only the members on the page that was shown', async () => {
    const school = await t.world.school();
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    await t.world.member(school, [Role.STAFF]);
    await t.world.member(school, [Role.SENCO]);
    const { result, requestId } = await send(head, MEMBERS, { first: 1 });
    expect(result.data!.me.activeMembership.organisation.members.totalCount).toBe(3);
    const events = await eventsOf(requestId);
    expect(events).toHaveLength(1);
    expect(events[0].subject_id).toBe(result.data!.me.activeMembership.organisation.members.edges[0].node.user.id);
  });
});

describe('writes', () => {
  it('records inviteMember, updateMemberRoles and removeMember', async () => {
    const school = await t.world.school();
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const staff = await t.world.member(school, [Role.STAFF]);
    const common = { action: 'write', user_id: head.user.id, organisation_id: school.id };

    const invite = await send(head, INVITE, { email: `audit.${randomUUID()}@test.example` });
    expect(await eventsOf(invite.requestId)).toEqual([
      expect.objectContaining({ ...common, subject_type: 'Invitation', subject_id: invite.result.data!.inviteMember.id, operation: 'inviteMember' }),
    ]);

    const update = await send(head, UPDATE_ROLES, { id: staff.membership.id, roles: [Role.STAFF, Role.DSL] });
    expect(update.result.errors).toBeUndefined();
    expect(await eventsOf(update.requestId)).toEqual([
      expect.objectContaining({ ...common, subject_type: 'Membership', subject_id: staff.membership.id, operation: 'updateMemberRoles' }),
    ]);

    const remove = await send(head, REMOVE, { id: staff.membership.id });
    expect(remove.result.data).toEqual({ removeMember: true });
    expect(await eventsOf(remove.requestId)).toEqual([
      expect.objectContaining({ ...common, subject_type: 'Membership', subject_id: staff.membership.id, operation: 'removeMember' }),
    ]);
  });

  it('records createSchool against the platform admin', async () => {
    const platform = await t.world.platform();
    const admin = await t.world.member(platform, [Role.PLATFORM_ADMIN]);
    const la = await t.world.la();
    const urn = await unused(() => String(randomInt(100000, 1000000)), 'urn');
    const laestab = await unused(() => `${la.laCode}${randomInt(1000, 10000)}`, 'laestab');
    const created = await send(admin, CREATE_SCHOOL, { input: { name: `Audited School ${urn}`, urn, laestab, localAuthorityId: la.id } });
    expect(created.result.errors).toBeUndefined();
    expect(await eventsOf(created.requestId)).toEqual([
      expect.objectContaining({
        action: 'write',
        user_id: admin.user.id,
        organisation_id: platform.id,
        subject_type: 'Organisation',
        subject_id: created.result.data!.createSchool.id,
        operation: 'createSchool',
      }),
    ]);
  });

  it('records nothing for a mutation that fails', async () => {
    const school = await t.world.school();
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const before = await eventCountFor(head.user.id);

    const bad = await send(head, INVITE, { email: 'not an e-mail' });
    expect(errorCode(bad.result)).toBe('BAD_USER_INPUT');
    expect(errorField(bad.result)).toBe('email');
    expect(await eventsOf(bad.requestId)).toEqual([]);

    // One document, two writes, the second fails: the first write and its audit are rolled back together.
    const email = `audit.${randomUUID()}@test.example`;
    const half = await send(
      head,
      `mutation($good: String!) { first: inviteMember(input: { email: $good, roles: [STAFF] }) { id } second: inviteMember(input: { email: "nope", roles: [STAFF] }) { id } }`,
      { good: email },
    );
    expect(errorCode(half.result)).toBe('BAD_USER_INPUT');
    expect(await eventsOf(half.requestId)).toEqual([]);
    const [invitations] = await t.owner().execute<{ n: number }[]>('select count(*)::int as n from invitation where email = ?', [email]);
    expect(invitations.n).toBe(0);
    expect(t.outbox().some((mail) => mail.to === email)).toBe(false);

    expect(await eventCountFor(head.user.id)).toBe(before);
  });
});

describe('the audit table under row-level security', () => {
  async function asApp<T>(member: Member, admin: boolean, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return t.owner().transactional(async (tx) => {
      await tx.execute('set local role ap_app');
      await tx.execute(`select set_config('app.user_id', ?, true), set_config('app.org_id', ?, true), set_config('app.is_admin', ?, true)`, [
        member.user.id,
        member.organisation.id,
        admin ? 'on' : '',
      ]);
      return work(tx);
    });
  }
  const count = async (tx: EntityManager, where = 'true', params: unknown[] = []) =>
    (await tx.execute<{ n: number }[]>(`select count(*)::int as n from audit_event where ${where}`, params))[0].n;

  it('shows a non-admin tenant no rows, even its own events; a platform admin sees them', async () => {
    const school = await t.world.school();
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    await send(head, MEMBERS, { first: 10 });
    expect(await eventCountFor(head.user.id)).toBeGreaterThanOrEqual(2); // the sign-in and the read

    expect(await asApp(head, false, (tx) => count(tx))).toBe(0);
    expect(await asApp(head, false, (tx) => count(tx, 'user_id = ?', [head.user.id]))).toBe(0);

    const platform = await t.world.platform();
    expect(platform.kind).toBe(OrganisationKind.PLATFORM);
    const admin = await t.world.member(platform, [Role.PLATFORM_ADMIN]);
    expect(await asApp(admin, true, (tx) => count(tx, 'user_id = ?', [head.user.id]))).toBe(await eventCountFor(head.user.id));
  });

  it('is append-only and cannot be written in someone else’s name', async () => {
    const school = await t.world.school();
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const other = await t.world.member(school, [Role.STAFF]);
    const insert = (userId: string) => (tx: EntityManager) =>
      tx.execute(`insert into audit_event (id, at, user_id, organisation_id, action, subject_type, operation) values (?, now(), ?, ?, 'write', 'Test', 'forged')`, [
        randomUUID(),
        userId,
        school.id,
      ]);
    await expect(asApp(head, false, insert(other.user.id))).rejects.toMatchObject({ code: '42501' });
    await expect(asApp(head, false, (tx) => tx.execute(`update audit_event set operation = 'changed'`))).rejects.toMatchObject({ code: '42501' });
    await expect(asApp(head, false, (tx) => tx.execute(`delete from audit_event`))).rejects.toMatchObject({ code: '42501' });
    const [forged] = await t.owner().execute<{ n: number }[]>(`select count(*)::int as n from audit_event where operation in ('forged', 'changed')`);
    expect(forged.n).toBe(0);
  });
});
