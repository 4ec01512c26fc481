import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { DEFAULT_FRAMEWORKS } from './framework.defaults.js';
import {
  CREATE_FRAMEWORK,
  FRAMEWORK,
  NEW_DRAFT,
  PUBLISH,
  UPDATE_DRAFT,
  asApp,
  count,
  createDraft,
  draftInput,
  ok,
  publishedFramework,
  qaCast,
  uniqueName,
  type QaCast,
} from './framework.fixtures.js';
import { validDraft } from './framework.rules.js';

const t = useTestServer();
const QA_TABLES = ['qa_framework', 'qa_framework_version', 'qa_criterion', 'qa_assessment', 'qa_criterion_rating', 'qa_visit', 'qa_action_item', 'qa_approval'];

let c: QaCast;
beforeAll(async () => {
  c = await qaCast(t);
});

const refusedOutsiders = () => ({
  otherLaQaOfficer: c.otherQaOfficer,
  schoolHead: c.head,
  providerManager: c.providerManager,
  designatedOfficer: c.designatedOfficer,
  anonymous: c.anonymous,
});

describe('creating a framework', () => {
  it('is for LA QA officers and commissioners, in their own LA; refused to schools, providers and designated officers', async () => {
    const names: Record<string, string> = {};
    await roleMatrix(
      (actor, who) => actor.client.request(CREATE_FRAMEWORK, { input: draftInput({ name: (names[who] = uniqueName(who)) }) }),
      {
        allowed: { qaOfficer: c.qaOfficer, commissioner: c.commissioner, otherLaQaOfficer: c.otherQaOfficer },
        refused: { schoolHead: c.head, providerManager: c.providerManager, designatedOfficer: c.designatedOfficer, anonymous: c.anonymous },
      },
    );
    for (const who of ['schoolHead', 'providerManager', 'designatedOfficer', 'anonymous']) {
      expect(await count(t, 'qa_framework where name = ?', [names[who]])).toBe(0);
    }
    const [own] = await t.owner().execute<{ la_id: string }[]>('select la_id from qa_framework where name = ?', [names.otherLaQaOfficer]);
    expect(own.la_id).toBe(c.otherLa.id);
  });

  it('starts as draft version 1 with the criteria normalised, in order', async () => {
    const name = uniqueName();
    const input = draftInput({
      name: `  ${name} `,
      visitsPerYear: null,
      monthsBetweenVisits: 18,
      criteria: [
        { code: ' sg1 ', title: ' Safeguarding ', guidance: ' Check the policy. ', evidenceTypes: ['safeguarding_policy', 'SAFEGUARDING_POLICY', 'DSL_TRAINING'] },
        { code: 'ins.1', title: 'Insurance' },
      ],
    });
    const framework = ok(await c.qaOfficer.client.request(CREATE_FRAMEWORK, { input })).createFramework;
    expect(framework).toMatchObject({ name, localAuthority: { id: c.la.id } });
    expect(framework.draftVersion).toMatchObject({ number: 1, status: 'DRAFT', ratingScale: 'RAG', visitsPerYear: null, monthsBetweenVisits: 18, publishedAt: null });
    expect(framework.draftVersion.criteria.map(({ id: _, ...rest }: { id: string }) => rest)).toEqual([
      { code: 'SG1', title: 'Safeguarding', guidance: 'Check the policy.', evidenceTypes: ['SAFEGUARDING_POLICY', 'DSL_TRAINING'], position: 1 },
      { code: 'INS.1', title: 'Insurance', guidance: '', evidenceTypes: [], position: 2 },
    ]);
  });

  const invalid: { name: string; field: string; input: Record<string, unknown> }[] = [
    { name: 'a blank name', field: 'name', input: { name: '  ' } },
    { name: 'both visit frequencies', field: 'visitsPerYear', input: { visitsPerYear: 1, monthsBetweenVisits: 12 } },
    { name: 'no visit frequency', field: 'visitsPerYear', input: { visitsPerYear: null } },
    { name: '13 visits a year', field: 'visitsPerYear', input: { visitsPerYear: 13 } },
    { name: '0 months between visits', field: 'monthsBetweenVisits', input: { visitsPerYear: null, monthsBetweenVisits: 0 } },
    { name: 'a code used twice', field: 'criteria[1].code', input: { criteria: [{ code: 'SG1', title: 'A' }, { code: 'sg1', title: 'B' }] } },
    { name: 'a code with spaces', field: 'criteria[0].code', input: { criteria: [{ code: 'S G', title: 'A' }] } },
    { name: 'a blank code', field: 'criteria[0].code', input: { criteria: [{ code: ' ', title: 'A' }] } },
    { name: 'a blank title', field: 'criteria[1].title', input: { criteria: [{ code: 'A1', title: 'A' }, { code: 'A2', title: '' }] } },
    { name: 'an unknown evidence type', field: 'criteria[0].evidenceTypes', input: { criteria: [{ code: 'A1', title: 'A', evidenceTypes: ['DBS_CERTIFICATE'] }] } },
  ];
  it.each(invalid)('refuses $name with BAD_USER_INPUT on $field, and saves nothing', async ({ field, input }) => {
    const name = uniqueName('Rejected');
    const before = await count(t, 'qa_framework_version');
    const result = await c.qaOfficer.client.request(CREATE_FRAMEWORK, { input: draftInput({ name, ...input }) });
    expect({ code: errorCode(result), field: errorField(result) }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.data).toBeNull();
    expect(await count(t, 'qa_framework where name = ?', [name])).toBe(0);
    expect(await count(t, 'qa_framework_version')).toBe(before);
  });

  it('refuses a second framework of the same name in the LA (CONFLICT on name); another LA may use it', async () => {
    const name = uniqueName();
    ok(await c.qaOfficer.client.request(CREATE_FRAMEWORK, { input: draftInput({ name }) }));
    const again = await c.commissioner.client.request(CREATE_FRAMEWORK, { input: draftInput({ name: name.toUpperCase() }) });
    expect({ code: errorCode(again), field: errorField(again) }).toEqual({ code: 'CONFLICT', field: 'name' });
    expect(again.errors![0].message).toBe(`Your local authority already has a framework called ${name}`);
    ok(await c.otherQaOfficer.client.request(CREATE_FRAMEWORK, { input: draftInput({ name }) }));
    expect(await count(t, 'qa_framework where lower(name) = lower(?)', [name])).toBe(2);
  });
});

describe('drafts, publishing and new versions', () => {
  it('only the owning LA’s officers change a draft; nobody else changes anything', async () => {
    const draft = await createDraft(c.qaOfficer);
    await roleMatrix(
      (actor, who) =>
        actor.client.request(UPDATE_DRAFT, {
          versionId: draft.versionId,
          input: draftInput({ name: uniqueName(who), criteria: [{ code: who.toUpperCase().slice(0, 10), title: who }] }),
        }),
      { allowed: { qaOfficer: c.qaOfficer, commissioner: c.commissioner }, refused: refusedOutsiders() },
    );
    const [version] = await t.owner().execute<{ codes: string[] }[]>('select array_agg(code) as codes from qa_criterion where version_id = ?', [draft.versionId]);
    expect(version.codes).toEqual(['COMMISSION']);
  });

  it('only the owning LA’s officers publish a draft', async () => {
    const drafts = new Map<string, string>();
    await roleMatrix(
      async (actor, who) => {
        drafts.set(who, (await createDraft(c.qaOfficer)).versionId);
        return actor.client.request(PUBLISH, { versionId: drafts.get(who) });
      },
      { allowed: { qaOfficer: c.qaOfficer, commissioner: c.commissioner }, refused: refusedOutsiders() },
    );
    const statuses = await t.owner().execute<{ id: string; status: string }[]>(
      `select id, status from qa_framework_version where id in (${[...drafts.values()].map(() => '?').join(', ')})`,
      [...drafts.values()],
    );
    const byActor = Object.fromEntries([...drafts].map(([who, id]) => [who, statuses.find((row) => row.id === id)!.status]));
    expect(byActor).toEqual({
      qaOfficer: 'PUBLISHED',
      commissioner: 'PUBLISHED',
      otherLaQaOfficer: 'DRAFT',
      schoolHead: 'DRAFT',
      providerManager: 'DRAFT',
      designatedOfficer: 'DRAFT',
      anonymous: 'DRAFT',
    });
  });

  it('only the owning LA’s officers start a new draft', async () => {
    const frameworks = new Map<string, string>();
    await roleMatrix(
      async (actor, who) => {
        frameworks.set(who, (await publishedFramework(c.qaOfficer)).frameworkId);
        return actor.client.request(NEW_DRAFT, { frameworkId: frameworks.get(who) });
      },
      { allowed: { qaOfficer: c.qaOfficer, commissioner: c.commissioner }, refused: refusedOutsiders() },
    );
    for (const [who, id] of frameworks) {
      expect({ who, versions: await count(t, 'qa_framework_version where framework_id = ?', [id]) }).toEqual({
        who,
        versions: who === 'qaOfficer' || who === 'commissioner' ? 2 : 1,
      });
    }
  });

  it('replaces a draft’s criteria, scale and frequency, and the framework’s name and description', async () => {
    const draft = await createDraft(c.qaOfficer);
    const name = uniqueName('Renamed');
    const updated = ok(
      await c.commissioner.client.request(UPDATE_DRAFT, {
        versionId: draft.versionId,
        input: {
          name,
          description: 'Pass or fail listing.',
          ratingScale: 'PASS_FAIL',
          monthsBetweenVisits: 12,
          criteria: [
            { code: 'INS1', title: 'Insurance', evidenceTypes: ['EMPLOYERS_LIABILITY_INSURANCE'] },
            { code: 'SG1', title: 'Safeguarding' },
          ],
        },
      }),
    ).updateFrameworkDraft;
    expect(updated).toMatchObject({ status: 'DRAFT', ratingScale: 'PASS_FAIL', visitsPerYear: null, monthsBetweenVisits: 12, framework: { name, description: 'Pass or fail listing.' } });
    expect(updated.criteria.map((criterion: { code: string; position: number }) => [criterion.code, criterion.position])).toEqual([['INS1', 1], ['SG1', 2]]);
    expect(await count(t, 'qa_criterion where version_id = ?', [draft.versionId])).toBe(2);
  });

  it('publishing freezes a version: any change afterwards is CONFLICT, and nothing changes', async () => {
    const framework = await publishedFramework(c.qaOfficer);
    const update = await c.qaOfficer.client.request(UPDATE_DRAFT, { versionId: framework.versionId, input: draftInput({ criteria: [] }) });
    expect(errorCode(update)).toBe('CONFLICT');
    expect(update.errors![0].message).toBe('Published versions cannot change; create a new draft');
    const publishAgain = await c.qaOfficer.client.request(PUBLISH, { versionId: framework.versionId });
    expect(errorCode(publishAgain)).toBe('CONFLICT');
    expect(await count(t, 'qa_criterion where version_id = ?', [framework.versionId])).toBe(3);
  });

  it('refuses to publish a draft with no criteria (BAD_USER_INPUT on criteria)', async () => {
    const draft = await createDraft(c.qaOfficer, { criteria: [] });
    const result = await c.qaOfficer.client.request(PUBLISH, { versionId: draft.versionId });
    expect({ code: errorCode(result), field: errorField(result) }).toEqual({ code: 'BAD_USER_INPUT', field: 'criteria' });
    expect(await count(t, `qa_framework_version where id = ? and status = 'DRAFT'`, [draft.versionId])).toBe(1);
  });

  it('a new draft copies the latest published version; changing it leaves the published one as it was', async () => {
    const framework = await publishedFramework(c.qaOfficer, { visitsPerYear: 2 });
    const draft = ok(await c.qaOfficer.client.request(NEW_DRAFT, { frameworkId: framework.frameworkId })).createFrameworkDraft;
    expect(draft).toMatchObject({ number: 2, status: 'DRAFT', ratingScale: 'RAG', visitsPerYear: 2 });
    expect(draft.criteria.map((criterion: { code: string }) => criterion.code)).toEqual(['SG1', 'INS1', 'AT1']);
    expect(draft.criteria[0]).toMatchObject({ title: 'Safeguarding and child protection', evidenceTypes: ['SAFEGUARDING_POLICY', 'DSL_TRAINING'] });
    expect(draft.criteria.map((criterion: { id: string }) => criterion.id)).not.toContain(framework.criteria[0].id);

    const second = await c.qaOfficer.client.request(NEW_DRAFT, { frameworkId: framework.frameworkId });
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors![0].message).toBe('Version 2 is already a draft; change that one');

    ok(await c.qaOfficer.client.request(UPDATE_DRAFT, { versionId: draft.id, input: draftInput({ criteria: [{ code: 'NEW1', title: 'New' }] }) }));
    ok(await c.qaOfficer.client.request(PUBLISH, { versionId: draft.id }));
    const read = ok(await c.otherHead.client.request(FRAMEWORK, { id: framework.frameworkId })).framework;
    expect(read.versions.map((version: { number: number; criteria: { code: string }[] }) => [version.number, version.criteria.map((x) => x.code)])).toEqual([
      [2, ['NEW1']],
      [1, ['SG1', 'INS1', 'AT1']],
    ]);
    expect(read.latestPublishedVersion.number).toBe(2);
  });

  it('cannot start a new draft while the first version is still a draft', async () => {
    const draft = await createDraft(c.qaOfficer);
    const result = await c.qaOfficer.client.request(NEW_DRAFT, { frameworkId: draft.frameworkId });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(await count(t, 'qa_framework_version where framework_id = ?', [draft.frameworkId])).toBe(1);
  });

  it('answers NOT_FOUND for an unknown version or framework', async () => {
    expect(errorCode(await c.qaOfficer.client.request(PUBLISH, { versionId: randomUUID() }))).toBe('NOT_FOUND');
    expect(errorCode(await c.qaOfficer.client.request(NEW_DRAFT, { frameworkId: 'not-an-id' }))).toBe('NOT_FOUND');
  });
});

describe('reading frameworks (shared across LA borders)', () => {
  const LIST = `query($la: ID) { frameworks(localAuthorityId: $la, first: 100) { totalCount edges { node { id name localAuthority { id } } } } }`;

  it('every signed-in user reads frameworks and published versions; anonymous users are refused', async () => {
    const framework = await publishedFramework(c.qaOfficer);
    const readers = { qaOfficer: c.qaOfficer, otherLaQaOfficer: c.otherQaOfficer, schoolInOtherLa: c.otherHead, providerManager: c.providerManager, designatedOfficer: c.designatedOfficer };
    await roleMatrix((actor) => actor.client.request(FRAMEWORK, { id: framework.frameworkId }), { allowed: readers, refused: { anonymous: c.anonymous } });
    await roleMatrix((actor) => actor.client.request(LIST, { la: c.la.id }), { allowed: readers, refused: { anonymous: c.anonymous } });
    const VERSION = `query($id: ID!) { frameworkVersion(id: $id) { id criteria { code } } }`;
    await roleMatrix((actor) => actor.client.request(VERSION, { id: framework.versionId }), { allowed: readers, refused: { anonymous: c.anonymous } });
    const read = ok(await c.otherHead.client.request(FRAMEWORK, { id: framework.frameworkId })).framework;
    expect(read.versions[0].criteria.map((criterion: { code: string }) => criterion.code)).toEqual(['SG1', 'INS1', 'AT1']);
  });

  it('shows a draft only to the owning LA', async () => {
    const framework = await publishedFramework(c.qaOfficer);
    const draft = ok(await c.qaOfficer.client.request(NEW_DRAFT, { frameworkId: framework.frameworkId })).createFrameworkDraft;
    const asOwner = ok(await c.commissioner.client.request(FRAMEWORK, { id: framework.frameworkId })).framework;
    expect(asOwner.versions.map((version: { number: number }) => version.number)).toEqual([2, 1]);
    expect(asOwner.draftVersion).toEqual({ id: draft.id, number: 2 });
    for (const outsider of [c.otherQaOfficer, c.otherHead, c.head, c.providerManager] as Member[]) {
      const read = ok(await outsider.client.request(FRAMEWORK, { id: framework.frameworkId })).framework;
      expect(read.versions.map((version: { number: number }) => version.number)).toEqual([1]);
      expect(read.draftVersion).toBeNull();
      expect(ok(await outsider.client.request(`query($id: ID!) { frameworkVersion(id: $id) { id } }`, { id: draft.id })).frameworkVersion).toBeNull();
    }
  });

  it('lists one LA’s frameworks by name, and shows them on the local authority', async () => {
    const la = await t.world.la();
    const officer = await t.world.member(la, [Role.QA_OFFICER]);
    await createDraft(officer, { name: 'Zebra framework' });
    await createDraft(officer, { name: 'Alpha framework' });
    const listed = ok(await c.otherHead.client.request(LIST, { la: la.id })).frameworks;
    expect(listed.totalCount).toBe(2);
    expect(listed.edges.map((edge: { node: { name: string; localAuthority: { id: string } } }) => [edge.node.name, edge.node.localAuthority.id])).toEqual([
      ['Alpha framework', la.id],
      ['Zebra framework', la.id],
    ]);
    const onLa = ok(await c.providerManager.client.request(`query($id: ID!) { organisation(id: $id) { ... on LocalAuthority { frameworks { name } } } }`, { id: la.id }));
    expect(onLa.organisation.frameworks).toEqual([{ name: 'Alpha framework' }, { name: 'Zebra framework' }]);
    const bad = await c.otherHead.client.request(LIST, { la: 'not-an-id' });
    expect({ code: errorCode(bad), field: errorField(bad) }).toEqual({ code: 'BAD_USER_INPUT', field: 'localAuthorityId' });
  });
});

describe('row-level security on QA tables', () => {
  it('is enabled and FORCEd on every QA framework, assessment and approval table', async () => {
    const rows = await t.owner().execute<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]>(
      `select relname, relrowsecurity, relforcerowsecurity from pg_class where relnamespace = 'public'::regnamespace and relname in (${QA_TABLES.map(() => '?').join(', ')}) order by relname`,
      QA_TABLES,
    );
    expect(rows).toEqual([...QA_TABLES].sort().map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true })));
  });

  it('lets no other organisation change a framework, hides drafts from them, and freezes published versions even for the owner', async () => {
    const published = await publishedFramework(c.qaOfficer);
    const draft = await createDraft(c.qaOfficer);
    const other = { userId: c.otherQaOfficer.user.id, orgId: c.otherLa.id };
    const owner = { userId: c.qaOfficer.user.id, orgId: c.la.id };
    const renamed = await asApp(t, other, (tx) => tx.execute(`update qa_framework set name = 'Taken over' where id = ?`, [published.frameworkId], 'run'));
    expect(renamed).toMatchObject({ affectedRows: 0 });
    const seenDrafts = await asApp(t, other, (tx) => tx.execute(`select id from qa_framework_version where id = ?`, [draft.versionId]));
    expect(seenDrafts).toEqual([]);
    const unfrozen = await asApp(t, owner, (tx) => tx.execute(`update qa_framework_version set visits_per_year = 4 where id = ?`, [published.versionId], 'run'));
    expect(unfrozen).toMatchObject({ affectedRows: 0 });
    const addToPublished = asApp(t, owner, (tx) =>
      tx.execute(`insert into qa_criterion (id, version_id, la_id, position, code, title, evidence_types) values (?, ?, ?, 9, 'X9', 'Sneaked in', '{}')`, [
        randomUUID(),
        published.versionId,
        c.la.id,
      ]),
    );
    await expect(addToPublished).rejects.toMatchObject({ code: '42501' });
    expect(await count(t, 'qa_criterion where version_id = ?', [published.versionId])).toBe(3);
  });
});

describe('the default frameworks seeded for the demo LAs', () => {
  it('are valid drafts as they stand, with RAG for Doncaster’s "DMBC QA Framework" and pass/fail for Dudley', () => {
    for (const content of Object.values(DEFAULT_FRAMEWORKS)) {
      expect(validDraft({ ...content, criteria: content.criteria.map((criterion) => ({ ...criterion })) })).toEqual(content);
    }
    expect(DEFAULT_FRAMEWORKS.doncaster).toMatchObject({ name: 'DMBC QA Framework', ratingScale: 'RAG', visitsPerYear: 1 });
    expect(DEFAULT_FRAMEWORKS.dudley).toMatchObject({ ratingScale: 'PASS_FAIL' });
    expect(DEFAULT_FRAMEWORKS.leicestershire).toMatchObject({ visitsPerYear: 2 });
  });
});
