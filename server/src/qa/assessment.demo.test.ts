import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';
import type { LocalAuthority, Organisation } from '../organisations/organisation.entity.js';
import { Role } from '../people/role.js';
import type { User } from '../people/user.entity.js';
import { seedQaFrameworks } from './assessment.demo.js';
import { ok } from './framework.fixtures.js';

const t = useTestServer();

const PROVIDER = `query($id: ID!) {
  organisation(id: $id) {
    ... on Provider {
      approvals { status reason framework { name } }
      approvalHistory(first: 10) { totalCount }
      assessments { outcome framework { name } ratings { rating criterion { code } } actionPlan { status criterion { code } } visits { visitDate } }
    }
  }
}`;

/** The demo seed run against this test's own LAs and providers, keyed as demo-data.ts keys them. */
async function seededWorld() {
  const las = new Map<string, LocalAuthority>();
  const users = new Map<string, User>();
  const domains = new Map<string, string>();
  const officers = new Map<string, Member>();
  for (const key of ['doncaster', 'rotherham', 'dudley', 'leicestershire']) {
    const la = await t.world.la();
    las.set(key, la);
    domains.set(key, `${key}-${la.laCode}.example`);
    const officer = await t.world.member(la, [Role.QA_OFFICER]);
    officers.set(key, officer);
    users.set(`qa@${domains.get(key)}`, officer.user);
  }
  const organisations = new Map<string, Organisation>();
  for (const key of ['bridgepark', 'riverside', 'pathways', 'brightside']) organisations.set(key, await t.world.provider({ la: las.get('doncaster') }));

  const em = t.owner() as EntityManager;
  const world = { las, organisations, users, domains };
  for (const map of [las, organisations, users] as Map<string, object>[]) {
    for (const [key, entity] of map) map.set(key, em.merge(entity as Organisation));
  }
  seedQaFrameworks(em, world);
  await em.flush();
  return { organisations, officers };
}

describe('the QA demo data', () => {
  it('gives every LA a published framework and tells the assessment story of the demo providers', async () => {
    const { organisations, officers } = await seededWorld();
    // Any LA is a commissioner, so Doncaster's officer also sees Dudley's ratings and action plans.
    const reader = officers.get('doncaster')!;
    const read = async (key: string) => ok(await reader.client.request(PROVIDER, { id: organisations.get(key)!.id })).organisation;

    for (const [key, officer] of officers) {
      const { frameworks } = ok(
        await reader.client.request(`query($la: ID!) { frameworks(localAuthorityId: $la, first: 5) { edges { node { name latestPublishedVersion { number } } } } }`, {
          la: officer.organisation.id,
        }),
      );
      expect({ key, frameworks: frameworks.edges.map((edge: { node: object }) => edge.node) }).toEqual({
        key,
        frameworks: [{ name: expect.any(String), latestPublishedVersion: { number: 1 } }],
      });
    }

    const bridgePark = await read('bridgepark');
    expect(bridgePark.approvals).toEqual([{ status: 'APPROVED', reason: null, framework: { name: 'DMBC QA Framework' } }]);
    expect(bridgePark.approvalHistory.totalCount).toBe(2);

    const riverside = await read('riverside');
    expect(riverside.approvals).toEqual([{ status: 'CONDITIONAL', reason: expect.stringContaining('Team Teach'), framework: { name: 'DMBC QA Framework' } }]);
    const [assessment] = riverside.assessments;
    expect(assessment.outcome).toBe('AMBER');
    const amber = assessment.ratings.filter((r: { rating: string }) => r.rating === 'AMBER').map((r: { criterion: { code: string } }) => r.criterion.code);
    expect(amber).toEqual(['BH1', 'AT1']);
    const covered = new Set(assessment.actionPlan.map((a: { criterion: { code: string } }) => a.criterion.code));
    for (const code of amber) expect(covered).toContain(code);

    const pathways = await read('pathways');
    expect(pathways.approvals).toEqual([{ status: 'APPROVED', reason: null, framework: { name: 'Dudley AP Quality Framework' } }]);
    expect(pathways.assessments[0].outcome).toBe('PASS');
    expect(pathways.assessments[0].ratings.every((r: { rating: string }) => r.rating === 'PASS')).toBe(true);

    expect(await read('brightside')).toEqual({ approvals: [], approvalHistory: { totalCount: 0 }, assessments: [] });
  });
});
