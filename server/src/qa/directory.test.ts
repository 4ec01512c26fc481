import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Role } from '../people/role.js';
import { errorCode } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { addDays, todayInEngland } from './evidence-dates.js';
import { EVIDENCE_CATALOGUE } from './evidence-catalogue.js';
import { DECIDE, completedAssessment, publishedFramework } from './framework.fixtures.js';

const DIRECTORY = `query($filter: ProviderDirectoryFilter, $first: Int) {
  providerDirectory(first: $first, filter: $filter) { totalCount edges { node { id name } } }
}`;
const UPDATE_PROFILE = `mutation($input: ProviderProfileInput!) { updateProviderProfile(input: $input) { keyStages } }`;

const t = useTestServer();

/** Latest version of every required evidence type, expiring `days` from today (one of them sooner when `oneExpiresIn` is given). */
async function giveEvidence(providerId: string, uploader: Member, days: number, oneExpiresIn?: number): Promise<void> {
  const em = t.owner();
  const documentId = randomUUID();
  await em.execute(
    `insert into document (id, owner_id, filename, content_type, size, sha256, storage_key, uploaded_by_id, uploaded_at) values (?, ?, 'x.pdf', 'application/pdf', 1, ?, ?, ?, now())`,
    [documentId, providerId, randomUUID(), randomUUID(), uploader.user.id],
  );
  for (const [index, type] of EVIDENCE_CATALOGUE.filter((entry) => entry.required).entries()) {
    const expiresOn = addDays(todayInEngland(), index === 0 && oneExpiresIn !== undefined ? oneExpiresIn : days);
    await em.execute(
      `insert into evidence_version (id, provider_id, type, number, document_id, valid_from, expires_on, uploaded_by_id, uploaded_by_name, uploaded_at)
       values (?, ?, ?, 1, ?, ?, ?, ?, 'Test', now())`,
      [randomUUID(), providerId, type.code, documentId, addDays(todayInEngland(), -300), expiresOn, uploader.user.id],
    );
  }
}

const names = (data: any) => data.providerDirectory.edges.map((e: any) => e.node.name).sort();

describe('the provider directory', () => {
  it('is searchable by every school and LA user and by providers, not anonymously', async () => {
    const la = await t.world.la();
    const provider = await t.world.provider({ la });
    const readers = {
      schoolStaff: await t.world.member(await t.world.school(la), [Role.STAFF]),
      otherLaSchoolHead: await t.world.member(await t.world.school(), [Role.HEADTEACHER]),
      laOfficer: await t.world.member(la, [Role.QA_OFFICER]),
      providerManager: await t.world.member(provider, [Role.PROVIDER_MANAGER]),
    };
    await roleMatrix((actor) => actor.client.request(DIRECTORY, { filter: { search: provider.name } }), {
      allowed: readers,
      refused: { anonymous: { client: t.client() } as Member },
    });
    expect(errorCode(await t.client().request(DIRECTORY))).toBe('UNAUTHENTICATED');
  });

  it('filters by area, key stage, focus, offer, registration, framework approval and evidence standing', async () => {
    const tag = `Dir${Date.now()}`;
    const la = await t.world.la();
    const elsewhere = await t.world.la();
    const [current, expiring, lacking, away] = await Promise.all([
      t.world.provider({ la, name: `${tag} Current` }),
      t.world.provider({ la, name: `${tag} Expiring` }),
      t.world.provider({ la, name: `${tag} Lacking` }),
      t.world.provider({ la: elsewhere, name: `${tag} Away` }),
    ]);
    const managers = await Promise.all([current, expiring, lacking, away].map((p) => t.world.member(p, [Role.PROVIDER_MANAGER])));
    await managers[0].client.data(UPDATE_PROFILE, { input: { keyStages: ['KS4'], focus: ['VOCATIONAL'], subjects: ['Motor vehicle maintenance'], qualifications: ['BTEC Level 1'] } });
    await managers[1].client.data(UPDATE_PROFILE, { input: { keyStages: ['KS3', 'KS4'], focus: ['THERAPEUTIC'], subjects: ['English'], qualifications: [] } });
    await giveEvidence(current.id, managers[0], 200);
    await giveEvidence(expiring.id, managers[1], 200, 5);

    const qaOfficer = await t.world.member(la, [Role.QA_OFFICER]);
    const framework = await publishedFramework(qaOfficer);
    await completedAssessment(qaOfficer, framework, current.id, 'GREEN');
    await qaOfficer.client.data(DECIDE, { input: { frameworkId: framework.frameworkId, providerId: current.id, status: 'APPROVED', effectiveFrom: todayInEngland() } });

    const reader = await t.world.member(await t.world.school(elsewhere), [Role.AP_LEAD]);
    const find = async (filter: Record<string, unknown>) => names(await reader.client.data(DIRECTORY, { first: 50, filter: { search: tag, ...filter } }));
    expect(await find({})).toEqual([`${tag} Away`, `${tag} Current`, `${tag} Expiring`, `${tag} Lacking`].map((n) => expect.stringContaining(n)));
    expect(await find({ localAuthorityId: la.id })).toHaveLength(3);
    expect(await find({ keyStages: ['KS3'] })).toEqual([expect.stringContaining('Expiring')]);
    expect(await find({ keyStages: ['KS4'] })).toHaveLength(2);
    expect(await find({ focus: ['VOCATIONAL'] })).toEqual([expect.stringContaining('Current')]);
    expect(await find({ offer: 'btec' })).toEqual([expect.stringContaining('Current')]);
    expect(await find({ registrationStatuses: ['REGISTERED_SCHOOL'] })).toEqual([]);
    expect(await find({ approvedOnFrameworkId: framework.frameworkId })).toEqual([expect.stringContaining('Current')]);
    expect(await find({ evidence: 'ALL_CURRENT' })).toEqual([expect.stringContaining('Current')]);
    expect(await find({ evidence: 'SOME_EXPIRING' })).toEqual([expect.stringContaining('Expiring')]);
    expect(await find({ evidence: 'SOME_EXPIRED_OR_MISSING' })).toEqual([expect.stringContaining('Away'), expect.stringContaining('Lacking')]);

    await qaOfficer.client.data(DECIDE, {
      input: { frameworkId: framework.frameworkId, providerId: current.id, status: 'SUSPENDED', effectiveFrom: todayInEngland(), reason: 'Safeguarding concern under investigation' },
    });
    expect(await find({ approvedOnFrameworkId: framework.frameworkId })).toEqual([]);
  });
});
