import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalAuthority, School } from '../organisations/organisation.entity.js';
import { Role } from '../people/role.js';
import { useTestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';

/** Every table the app role reaches through a tenant policy (migrations/rls.ts grantTenantAccess). */
const TENANT_TABLES = ['organisation', 'provider_site', 'app_user', 'membership', 'invitation', 'audit_event'];
/** Tables only the auth service touches, as the owner. */
const SYSTEM_TABLES = ['user_session', 'password_reset', 'login_throttle'];

const INVITE = `mutation($email: String!) { inviteMember(input: { email: $email, roles: [STAFF] }) { id } }`;

interface Settings {
  userId?: string;
  orgId?: string;
}

const t = useTestServer();
let la: LocalAuthority;
let schoolA: School;
let schoolB: School;
let headA: Member;
let staffA: Member;
let headB: Member;
let headAInB: Member;
const invitationsA: string[] = [];
const invitationsB: string[] = [];

beforeAll(async () => {
  la = await t.world.la();
  schoolA = await t.world.school(la);
  schoolB = await t.world.school(la);
  headA = await t.world.member(schoolA, [Role.HEADTEACHER]);
  staffA = await t.world.member(schoolA, [Role.STAFF]);
  headB = await t.world.member(schoolB, [Role.HEADTEACHER]);
  // The reader also belongs to school B: their own membership there stays visible, nobody else's.
  headAInB = await t.world.member(schoolB, [Role.STAFF], headA);
  for (const [head, ids] of [[headA, invitationsA], [headB, invitationsB]] as const) {
    const invited = await head.client.data(INVITE, { email: `rls.${randomUUID()}@test.example` });
    ids.push(invited.inviteMember.id);
  }
});

/** Runs `work` in one owner transaction switched to the app role with these tenant settings. */
async function asApp<T>(settings: Settings, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return t.owner().transactional(async (tx) => {
    await tx.execute('set local role ap_app');
    if (settings.userId !== undefined || settings.orgId !== undefined) {
      await tx.execute(`select set_config('app.user_id', ?, true), set_config('app.org_id', ?, true)`, [settings.userId ?? '', settings.orgId ?? '']);
    }
    return work(tx);
  });
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe('the app role', () => {
  it('is neither superuser nor BYPASSRLS, and owns no table', async () => {
    const [role] = await t.owner().execute<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
      `select rolsuper, rolbypassrls from pg_roles where rolname = 'ap_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await t.owner().execute(
      `select relname from pg_class where relnamespace = 'public'::regnamespace and relowner = (select oid from pg_roles where rolname = 'ap_app')`,
    );
    expect(owned).toEqual([]);
  });

  it('meets enabled and FORCEd row-level security on every tenant table', async () => {
    const rows = await t.owner().execute<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]>(
      `select relname, relrowsecurity, relforcerowsecurity from pg_class
        where relnamespace = 'public'::regnamespace and relname in (${TENANT_TABLES.map(() => '?').join(', ')}) order by relname`,
      TENANT_TABLES,
    );
    expect(rows).toEqual([...TENANT_TABLES].sort().map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true })));
  });

  it('can reach no table without forced row-level security, and no view that is not security_invoker', async () => {
    // Guards tables added later: granting the app role a table without a policy fails here.
    const unguarded = await t.owner().execute(
      `select relname from pg_class c
        where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')
          and has_table_privilege('ap_app', c.oid, 'select, insert, update, delete')
          and not (relrowsecurity and relforcerowsecurity)`,
    );
    expect(unguarded).toEqual([]);
    const definerViews = await t.owner().execute(
      `select relname from pg_class
        where relnamespace = 'public'::regnamespace and relkind = 'v'
          and not coalesce(reloptions @> array['security_invoker=true'], false)`,
    );
    expect(definerViews).toEqual([]);
  });

  it('has no privilege at all on sessions, password resets or the login throttle', async () => {
    const rows = await t.owner().execute<{ relname: string; any_privilege: boolean }[]>(
      `select t as relname, has_table_privilege('ap_app', t, 'select, insert, update, delete, truncate, references, trigger') as any_privilege
         from unnest(array[${SYSTEM_TABLES.map(() => '?').join(', ')}]::text[]) as t`,
      SYSTEM_TABLES,
    );
    expect(rows).toEqual(SYSTEM_TABLES.map((relname) => ({ relname, any_privilege: false })));
    await expect(asApp({ userId: headA.user.id, orgId: schoolA.id }, (tx) => tx.execute('select count(*) from user_session'))).rejects.toMatchObject({
      code: '42501',
    });
  });
});

describe('a tenant transaction as the app role', () => {
  it('sees only the active organisation’s memberships, plus the user’s own', async () => {
    const rows = await asApp({ userId: headA.user.id, orgId: schoolA.id }, (tx) => tx.execute<{ id: string }[]>('select * from membership'));
    expect(ids(rows)).toEqual([headA.membership.id, staffA.membership.id, headAInB.membership.id].sort());
    expect(ids(rows)).not.toContain(headB.membership.id);
  });

  it('sees only the users who are members of the active organisation', async () => {
    const rows = await asApp({ userId: headA.user.id, orgId: schoolA.id }, (tx) => tx.execute<{ id: string }[]>('select * from app_user'));
    expect(ids(rows)).toEqual([headA.user.id, staffA.user.id].sort());
  });

  it('sees only the active organisation’s invitations', async () => {
    const rows = await asApp({ userId: headA.user.id, orgId: schoolA.id }, (tx) => tx.execute<{ id: string }[]>('select * from invitation'));
    expect(ids(rows)).toEqual([...invitationsA].sort());
    const asB = await asApp({ userId: headB.user.id, orgId: schoolB.id }, (tx) => tx.execute<{ id: string }[]>('select * from invitation'));
    expect(ids(asB)).toEqual([...invitationsB].sort());
  });

  it('sees nothing at all without tenant settings', async () => {
    const counts = await asApp({}, async (tx) => {
      const result: Record<string, number> = {};
      for (const table of ['app_user', 'membership', 'invitation', 'organisation', 'provider_site', 'audit_event']) {
        const [row] = await tx.execute<{ n: number }[]>(`select count(*)::int as n from "${table}"`);
        result[table] = row.n;
      }
      return result;
    });
    expect(counts).toEqual({ app_user: 0, membership: 0, invitation: 0, organisation: 0, provider_site: 0, audit_event: 0 });
    // The owner sees the same tables populated, so the zeros above are the policy at work.
    const [owned] = await t.owner().execute<{ n: number }[]>('select count(*)::int as n from membership');
    expect(owned.n).toBeGreaterThan(0);
  });

  it('refuses to insert a membership of another organisation (42501), and allows one in its own', async () => {
    const intoB = asApp({ userId: headA.user.id, orgId: schoolA.id }, (tx) =>
      tx.execute(`insert into membership (id, user_id, organisation_id, roles, created_at) values (?, ?, ?, '{HEADTEACHER}', now())`, [
        randomUUID(),
        staffA.user.id,
        schoolB.id,
      ]),
    );
    await expect(intoB).rejects.toMatchObject({ code: '42501' });
    await expect(intoB).rejects.toThrow(/row-level security/);
    const [stored] = await t.owner().execute<{ n: number }[]>('select count(*)::int as n from membership where user_id = ? and organisation_id = ?', [
      staffA.user.id,
      schoolB.id,
    ]);
    expect(stored.n).toBe(0);

    // The same statement for the active organisation passes the policy (then is rolled back).
    const rollback = new Error('roll back');
    const intoA = asApp({ userId: headA.user.id, orgId: schoolA.id }, async (tx) => {
      await tx.execute(`insert into membership (id, user_id, organisation_id, roles, created_at) values (?, ?, ?, '{STAFF}', now())`, [
        randomUUID(),
        headB.user.id,
        schoolA.id,
      ]);
      throw rollback;
    });
    await expect(intoA).rejects.toBe(rollback);
  });

  it('leaves neither the role nor the settings behind once the transaction ends', async () => {
    // One dedicated connection, so "the same connection afterwards" is certain rather than up to the pool.
    const client = new pg.Client({ connectionString: t.server.database.url });
    await client.connect();
    try {
      const state = async () =>
        (
          await client.query<{ role: string; session: string; user_id: string | null; org_id: string | null }>(
            `select current_user as role, session_user as session, current_setting('app.user_id', true) as user_id, current_setting('app.org_id', true) as org_id`,
          )
        ).rows[0];
      for (const end of ['commit', 'rollback']) {
        await client.query('begin');
        await client.query('set local role ap_app');
        await client.query(`select set_config('app.user_id', $1, true), set_config('app.org_id', $2, true)`, [headA.user.id, schoolA.id]);
        expect(await state()).toMatchObject({ role: 'ap_app', user_id: headA.user.id, org_id: schoolA.id });
        expect((await client.query('select id from membership')).rows.length).toBe(3);
        await client.query(end);

        const after = await state();
        expect(after.role).toBe(after.session);
        expect(after.user_id || null).toBeNull();
        expect(after.org_id || null).toBeNull();
        // Back to the owner: every row, not only school A's.
        const everyone = await client.query('select id from membership where organisation_id = $1', [schoolB.id]);
        expect(everyone.rows.length).toBe(2);
      }
    } finally {
      await client.end();
    }
    // And the ORM's pooled connections are all the owner again too.
    const [pooled] = await t.owner().execute<{ same: boolean }[]>('select current_user = session_user as same');
    expect(pooled.same).toBe(true);
  });
});
