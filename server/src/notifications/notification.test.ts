import { describe, expect, it } from 'vitest';
import { Role } from '../people/role.js';
import { errorCode } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';

const LIST = `query($unreadOnly: Boolean) { notifications(first: 20, unreadOnly: $unreadOnly) { totalCount edges { node { id kind title body link readAt } } } me { unreadNotifications } }`;
const MARK_READ = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

const t = useTestServer();

async function notify(organisationId: string, roles: Role[], dedupeKey: string | null = null) {
  const em = t.owner();
  return t.server.services.notifications.notifyMembers(em, {
    organisationId,
    roles,
    kind: 'EVIDENCE_EXPIRING',
    title: 'Employers’ liability insurance expires in 30 days',
    body: 'Upload the renewed certificate so schools and the LA see it as current.',
    link: 'http://localhost:4000/provider/qa/evidence',
    dedupeKey: dedupeKey ?? undefined,
  });
}

describe('notifications', () => {
  it('reach only members with the named roles, once per event, with an e-mail each', async () => {
    const provider = await t.world.provider();
    const manager = await t.world.member(provider, [Role.PROVIDER_MANAGER]);
    const staff = await t.world.member(provider, [Role.STAFF]);
    const emails = await notify(provider.id, [Role.PROVIDER_MANAGER], `test:${provider.id}`);
    expect(emails.map((e) => e.to)).toEqual([manager.email]);
    expect(emails[0].text).toContain('http://localhost:4000/provider/qa/evidence');
    expect(await notify(provider.id, [Role.PROVIDER_MANAGER], `test:${provider.id}`)).toEqual([]);

    const mine = await manager.client.data(LIST);
    expect(mine.notifications.totalCount).toBe(1);
    expect(mine.notifications.edges[0].node).toMatchObject({ kind: 'EVIDENCE_EXPIRING', link: '/provider/qa/evidence', readAt: null });
    expect(mine.me.unreadNotifications).toBe(1);
    expect((await staff.client.data(LIST)).notifications.totalCount).toBe(0);
  });

  it('are marked read by their recipient only', async () => {
    const la = await t.world.la();
    const school = await t.world.school(la);
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const colleague = await t.world.member(school, [Role.STAFF]);
    const otherHead = await t.world.member(await t.world.school(la), [Role.HEADTEACHER]);
    const provider = await t.world.member(await t.world.provider({ la }), [Role.PROVIDER_MANAGER]);
    const commissioner = await t.world.member(la, [Role.COMMISSIONER]);
    await notify(school.id, [Role.HEADTEACHER]);
    const id = (await head.client.data(LIST)).notifications.edges[0].node.id;

    await roleMatrix((actor) => actor.client.request(MARK_READ, { id }), {
      allowed: { recipient: head },
      refused: { colleague, otherSchoolHead: otherHead, provider, laCommissioner: commissioner },
    });
    const after = await head.client.data(LIST, { unreadOnly: true });
    expect(after.notifications.totalCount).toBe(0);
    expect(after.me.unreadNotifications).toBe(0);
  });

  it('need sign-in', async () => {
    expect(errorCode(await t.client().request(LIST))).toBe('UNAUTHENTICATED');
  });
});
