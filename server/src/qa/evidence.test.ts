import type { EntityManager } from '@mikro-orm/postgresql';
import { randomInt, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { EVIDENCE_CATALOGUE } from './evidence-catalogue.js';
import { addDays, addMonths } from './evidence-dates.js';
import { ADD_VERSION, countRows, daysFromToday, EVIDENCE, pdf, qaCast, today, uploadedPdf, VERIFY, type QaCast } from './evidence.fixtures.js';

const CATALOGUE = `{ evidenceCatalogue { code title guidance category required renewalMonths issuerLabel details minimumCoverAmount requiredBy } }`;

const t = useTestServer();
let c: QaCast;

beforeAll(async () => {
  c = await qaCast(t);
});

/** A provider of its own, with a manager, so status and history tests start from nothing. */
async function freshProvider(name = 'Evidence Provider') {
  const provider = await t.world.provider({ la: c.la, name });
  return { provider, manager: await t.world.member(provider, [Role.PROVIDER_MANAGER]) };
}

async function evidenceOf(reader: Member, providerId: string): Promise<any[]> {
  return (await reader.client.data(EVIDENCE, { id: providerId })).organisation.evidence;
}

async function itemOf(reader: Member, providerId: string, code: string) {
  return (await evidenceOf(reader, providerId)).find((item) => item.type.code === code);
}

/** Adds a version as this manager: a new document unless one is given. */
async function add(manager: Member, input: Record<string, unknown>): Promise<GraphQLResult> {
  const documentId = (input.documentId as string | undefined) ?? (await uploadedPdf(t, manager));
  return manager.client.request(ADD_VERSION, { input: { type: 'SAFEGUARDING_POLICY', validFrom: daysFromToday(-10), ...input, documentId } });
}

async function added(manager: Member, input: Record<string, unknown>) {
  const result = await add(manager, input);
  if (result.errors) throw new Error(`addEvidenceVersion failed: ${JSON.stringify(result.errors)}`);
  return result.data!.addEvidenceVersion;
}

const EL = { type: 'EMPLOYERS_LIABILITY_INSURANCE', issuer: 'Pennine Mutual Insurance', coverAmount: 5_000_000 };

describe('evidenceCatalogue', () => {
  it('is readable by every signed-in user', async () => {
    await roleMatrix((actor) => actor.client.request(CATALOGUE), {
      allowed: { schoolHead: c.head, providerStaff: c.staffA, laOfficer: c.qaOfficer },
      refused: { anonymous: c.anonymous },
    });
  });

  it('lists domain.md §5.3’s items with their renewal cycles and the details each needs', async () => {
    const { evidenceCatalogue } = await c.head.client.data(CATALOGUE);
    const byCode = Object.fromEntries(evidenceCatalogue.map((type: any) => [type.code, type]));
    expect(evidenceCatalogue.map((type: any) => type.code)).toEqual(EVIDENCE_CATALOGUE.map((type) => type.code));
    for (const code of [
      'EMPLOYERS_LIABILITY_INSURANCE', 'PUBLIC_LIABILITY_INSURANCE', 'SAFEGUARDING_POLICY', 'STAFF_CHECKS_CONFIRMATION', 'DSL_TRAINING', 'BEHAVIOUR_POLICY',
      'TEAM_TEACH_TRAINING', 'HEALTH_AND_SAFETY_POLICY', 'FIRE_RISK_ASSESSMENT', 'FIRST_AID', 'DATA_PROTECTION_POLICY', 'COMPLAINTS_PROCEDURE', 'ATTENDANCE_PROCEDURE',
    ]) {
      expect(byCode[code], code).toBeDefined();
      expect(byCode[code].guidance.length, code).toBeGreaterThan(20);
    }
    expect(byCode.EMPLOYERS_LIABILITY_INSURANCE).toMatchObject({ minimumCoverAmount: 5_000_000, details: ['COVER_AMOUNT'], issuerLabel: 'Insurer', renewalMonths: 12, category: 'INSURANCE' });
    expect(byCode.PUBLIC_LIABILITY_INSURANCE).toMatchObject({ minimumCoverAmount: null, details: ['COVER_AMOUNT'] });
    expect(byCode.STAFF_CHECKS_CONFIRMATION.details).toEqual(['KCSIE_YEAR', 'REPORTS_CHANGES_UNDERTAKING']);
    expect(byCode.TEAM_TEACH_TRAINING.details).toEqual(['TRAINED_STAFF_COUNT', 'COURSE_NAME']);
    expect(byCode.FIRST_AID.renewalMonths).toBe(36);
    expect(byCode.DSL_TRAINING.renewalMonths).toBe(24);
    expect(byCode.PROFESSIONAL_INDEMNITY_INSURANCE.required).toBe(false);
  });
});

describe('Provider.evidence', () => {
  it('is readable by every signed-in user, across LA borders, and refused to anonymous clients', async () => {
    await roleMatrix((actor) => actor.client.request(EVIDENCE, { id: c.providerA.id }), {
      allowed: { managerA: c.managerA, otherProvider: c.managerB, schoolHead: c.head, laOfficer: c.qaOfficer, otherLaOfficer: c.otherLaOfficer },
      refused: { anonymous: c.anonymous },
    });
  });

  it('has one item per catalogue type, MISSING before anything is added', async () => {
    const { provider } = await freshProvider();
    const evidence = await evidenceOf(c.head, provider.id);
    expect(evidence.map((item) => item.type.code)).toEqual(EVIDENCE_CATALOGUE.map((type) => type.code));
    for (const item of evidence) expect(item).toMatchObject({ status: 'MISSING', currentVersion: null, history: [] });
  });

  it('shows every signed-in user the document’s details, but not its contents', async () => {
    const { provider, manager } = await freshProvider();
    const bytes = pdf();
    const documentId = await uploadedPdf(t, manager, bytes);
    await added(manager, { documentId });
    const item = await itemOf(c.head, provider.id, 'SAFEGUARDING_POLICY');
    expect(item.currentVersion.document).toEqual({
      id: documentId,
      filename: 'certificate.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      uploadedAt: expect.any(String),
      downloadPath: `/files/${documentId}`,
    });
    expect(item.currentVersion.uploadedBy).toEqual({ displayName: manager.name });
  });
});

describe('addEvidenceVersion', () => {
  it('is for the managers of the provider that owns the document', async () => {
    const documentOfA = await uploadedPdf(t, c.managerA);
    await roleMatrix(
      async (actor, name) =>
        actor.client.request(ADD_VERSION, {
          input: {
            type: 'COMPLAINTS_PROCEDURE',
            validFrom: daysFromToday(-randomInt(1, 300)),
            documentId: name === 'managerA' ? await uploadedPdf(t, c.managerA) : documentOfA,
          },
        }),
      {
        allowed: { managerA: c.managerA },
        refused: {
          managerBWithADocument: c.managerB,
          providerStaff: c.staffA,
          providerDsl: c.dslA,
          schoolHead: c.head,
          laOfficer: c.qaOfficer,
          admin: c.admin,
          anonymous: c.anonymous,
        },
      },
    );
    expect(errorCode(await add(c.managerB, { documentId: documentOfA }))).toBe('NOT_FOUND');
  });

  it('defaults the expiry date to the day before the renewal cycle comes round', async () => {
    const { manager } = await freshProvider();
    const policy = await added(manager, { type: 'SAFEGUARDING_POLICY', validFrom: '2025-09-01' });
    expect(policy.currentVersion).toMatchObject({ validFrom: '2025-09-01', expiresOn: '2026-08-31', number: 1 });
    const firstAid = await added(manager, { type: 'FIRST_AID', issuer: 'Red Rose First Aid Training', validFrom: '2024-02-29' });
    expect(firstAid.currentVersion.expiresOn).toBe('2027-02-27');
    const dsl = await added(manager, { type: 'DSL_TRAINING', issuer: 'Safeguarding Partnership', validFrom: '2026-01-31' });
    expect(dsl.currentVersion.expiresOn).toBe('2028-01-30');
  });

  it('keeps every earlier version when evidence is renewed; the latest is current', async () => {
    const { provider, manager } = await freshProvider();
    const first = await added(manager, { ...EL, validFrom: daysFromToday(-400), expiresOn: daysFromToday(-36) });
    expect(first.status).toBe('EXPIRED');
    const second = await added(manager, { ...EL, coverAmount: 10_000_000, validFrom: daysFromToday(-35) });
    expect(second.status).toBe('CURRENT');
    expect(second.currentVersion).toMatchObject({ number: 2, coverAmount: 10_000_000, validFrom: daysFromToday(-35) });
    expect(second.history.map((version: any) => version.number)).toEqual([2, 1]);
    expect(second.history[1]).toEqual({ id: first.currentVersion.id, number: 1, validFrom: daysFromToday(-400), expiresOn: daysFromToday(-36) });

    const item = await itemOf(c.qaOfficer, provider.id, 'EMPLOYERS_LIABILITY_INSURANCE');
    expect(item.currentVersion.id).toBe(second.currentVersion.id);
    expect(item.history.map((version: any) => version.id)).toEqual([second.currentVersion.id, first.currentVersion.id]);
    const [stored] = await t.owner().execute('select cover_amount, valid_from::text, expires_on::text from evidence_version where id = ?', [first.currentVersion.id]);
    expect(stored).toEqual({ cover_amount: 5_000_000, valid_from: daysFromToday(-400), expires_on: daysFromToday(-36) });
  });

  it('works out the status from the current version’s dates, on every read', async () => {
    const { provider, manager } = await freshProvider();
    await added(manager, { type: 'SAFEGUARDING_POLICY', validFrom: daysFromToday(-300), expiresOn: daysFromToday(31) });
    await added(manager, { type: 'BEHAVIOUR_POLICY', validFrom: daysFromToday(-300), expiresOn: daysFromToday(30) });
    await added(manager, { type: 'COMPLAINTS_PROCEDURE', validFrom: daysFromToday(-300), expiresOn: today() });
    await added(manager, { type: 'ATTENDANCE_PROCEDURE', validFrom: daysFromToday(-300), expiresOn: daysFromToday(-1) });
    const statuses = Object.fromEntries((await evidenceOf(c.head, provider.id)).map((item) => [item.type.code, item.status]));
    expect(statuses).toMatchObject({
      SAFEGUARDING_POLICY: 'CURRENT',
      BEHAVIOUR_POLICY: 'EXPIRING',
      COMPLAINTS_PROCEDURE: 'EXPIRING',
      ATTENDANCE_PROCEDURE: 'EXPIRED',
      FIRE_RISK_ASSESSMENT: 'MISSING',
    });
    expect(await countRows(t, `information_schema.columns where table_name = 'evidence_version' and column_name = 'status'`)).toBe(0);

    await added(manager, { type: 'ATTENDANCE_PROCEDURE', validFrom: today() });
    expect((await itemOf(c.head, provider.id, 'ATTENDANCE_PROCEDURE')).status).toBe('CURRENT');
  });

  it('records the details each type needs', async () => {
    const { manager } = await freshProvider();
    const checks = await added(manager, { type: 'STAFF_CHECKS_CONFIRMATION', kcsieYear: 2025, reportsChangesUndertaking: true });
    expect(checks.currentVersion).toMatchObject({ kcsieYear: 2025, reportsChangesUndertaking: true, coverAmount: null, issuer: null });
    const teamTeach = await added(manager, { type: 'TEAM_TEACH_TRAINING', issuer: 'Team Teach', trainedStaffCount: 6, courseName: ' Team Teach  Foundation ' });
    expect(teamTeach.currentVersion).toMatchObject({ trainedStaffCount: 6, courseName: 'Team Teach Foundation', issuer: 'Team Teach' });
    const el = await added(manager, EL);
    expect(el.currentVersion).toMatchObject({ coverAmount: 5_000_000, issuer: 'Pennine Mutual Insurance' });
  });

  describe('refuses, naming the field and saving nothing,', () => {
    const cases: { name: string; input: Record<string, unknown>; field: string; message: string }[] = [
      { name: 'employers’ liability cover under £5m', input: { ...EL, coverAmount: 4_999_999 }, field: 'coverAmount', message: 'Employers’ liability insurance cover must be at least £5,000,000' },
      { name: 'insurance without the amount of cover', input: { ...EL, coverAmount: null }, field: 'coverAmount', message: 'Enter the amount of cover' },
      { name: 'public liability cover of £0', input: { type: 'PUBLIC_LIABILITY_INSURANCE', issuer: 'Insurer Ltd', coverAmount: 0 }, field: 'coverAmount', message: 'Amount of cover must be more than £0' },
      { name: 'insurance without the insurer', input: { ...EL, issuer: '  ' }, field: 'issuer', message: 'Enter the insurer' },
      { name: 'an expiry date before the start date', input: { validFrom: '2026-01-10', expiresOn: '2026-01-09' }, field: 'expiresOn', message: 'Expiry date must be after the start date' },
      { name: 'an expiry date on the start date', input: { validFrom: '2026-01-10', expiresOn: '2026-01-10' }, field: 'expiresOn', message: 'Expiry date must be after the start date' },
      {
        name: 'staff checks without the undertaking to report changes',
        input: { type: 'STAFF_CHECKS_CONFIRMATION', kcsieYear: 2025, reportsChangesUndertaking: false },
        field: 'reportsChangesUndertaking',
        message: 'Confirm that you will tell commissioners about anything that may put a child at risk, such as staff changes',
      },
      {
        name: 'staff checks without the KCSIE year',
        input: { type: 'STAFF_CHECKS_CONFIRMATION', reportsChangesUndertaking: true },
        field: 'kcsieYear',
        message: 'Enter the year of the Keeping children safe in education edition the checks follow',
      },
      {
        name: 'staff checks against a KCSIE year before the first edition',
        input: { type: 'STAFF_CHECKS_CONFIRMATION', kcsieYear: 2013, reportsChangesUndertaking: true },
        field: 'kcsieYear',
        message: `KCSIE year must be between 2014 and ${today().slice(0, 4)}`,
      },
      { name: 'Team Teach training with no trained staff', input: { type: 'TEAM_TEACH_TRAINING', issuer: 'Team Teach', trainedStaffCount: 0, courseName: 'Foundation' }, field: 'trainedStaffCount', message: 'Number of trained staff must be 1 or more' },
      { name: 'Team Teach training without a course', input: { type: 'TEAM_TEACH_TRAINING', issuer: 'Team Teach', trainedStaffCount: 3 }, field: 'courseName', message: 'Enter the course name, such as Team Teach Foundation' },
      { name: 'a detail the type does not have', input: { coverAmount: 1_000_000 }, field: 'coverAmount', message: 'Amount of cover does not apply to safeguarding and child protection policy' },
      { name: 'a malformed document id', input: { documentId: 'not-an-id' }, field: 'documentId', message: 'Not a valid id' },
    ];

    it.each(cases)('$name', async ({ input, field, message }) => {
      const { provider, manager } = await freshProvider();
      const result = await add(manager, input);
      expect({ code: errorCode(result), field: errorField(result), message: result.errors?.[0]?.message }).toEqual({ code: 'BAD_USER_INPUT', field, message });
      expect(result.data).toBeNull();
      expect(await countRows(t, 'evidence_version where provider_id = ?', [provider.id])).toBe(0);
    });
  });

  it('refuses a document that does not exist', async () => {
    expect(errorCode(await add(c.managerA, { documentId: randomUUID() }))).toBe('NOT_FOUND');
  });

  it('refuses the same document with the same dates as the current version (CONFLICT), even uploaded again', async () => {
    const { provider, manager } = await freshProvider();
    const bytes = pdf();
    const documentId = await uploadedPdf(t, manager, bytes);
    const input = { type: 'HEALTH_AND_SAFETY_POLICY', documentId, validFrom: '2026-01-05', expiresOn: '2027-01-04' };
    await added(manager, input);

    const again = await add(manager, input);
    expect({ code: errorCode(again), field: errorField(again), message: again.errors?.[0]?.message }).toEqual({
      code: 'CONFLICT',
      field: 'documentId',
      message: 'This document, with these dates, is already the current version',
    });
    const reuploaded = await add(manager, { ...input, documentId: await uploadedPdf(t, manager, bytes) });
    expect(errorCode(reuploaded)).toBe('CONFLICT');
    expect(await countRows(t, 'evidence_version where provider_id = ?', [provider.id])).toBe(1);

    // A correction of the dates is a new version; going back to the first one then is too.
    await added(manager, { ...input, expiresOn: '2026-12-31' });
    await added(manager, input);
    expect(await countRows(t, 'evidence_version where provider_id = ?', [provider.id])).toBe(3);
  });

  it('is audited', async () => {
    const { manager } = await freshProvider();
    const item = await added(manager, {});
    expect(
      await countRows(t, `audit_event where subject_type = 'EvidenceVersion' and subject_id = ? and operation = 'addEvidenceVersion' and user_id = ?`, [
        item.currentVersion.id,
        manager.user.id,
      ]),
    ).toBe(1);
  });
});

describe('verifyEvidence', () => {
  it('is for LA officers (QA officers and commissioners), of any LA', async () => {
    const { currentVersion } = await added(c.managerA, { type: 'DATA_PROTECTION_POLICY', validFrom: daysFromToday(-randomInt(1, 300)) });
    await roleMatrix((actor) => actor.client.request(VERIFY, { id: currentVersion.id }), {
      allowed: { laQaOfficer: c.qaOfficer, laCommissioner: c.commissioner, otherLaOfficer: c.otherLaOfficer },
      refused: {
        ownProviderManager: c.managerA,
        otherProviderManager: c.managerB,
        providerStaff: c.staffA,
        schoolHead: c.head,
        laDesignatedOfficer: c.designatedOfficer,
        admin: c.admin,
        anonymous: c.anonymous,
      },
    });
  });

  it('shows each LA’s verification on the version, with the officer’s name only, to every signed-in user', async () => {
    const { provider, manager } = await freshProvider();
    const { currentVersion } = await added(manager, {});
    const first = (await c.qaOfficer.client.data(VERIFY, { id: currentVersion.id })).verifyEvidence;
    expect(first.verifications).toEqual([
      { id: expect.any(String), localAuthority: { id: c.la.id, name: c.la.name }, verifiedBy: { displayName: c.qaOfficer.name }, verifiedAt: expect.any(String) },
    ]);
    await c.otherLaOfficer.client.data(VERIFY, { id: currentVersion.id });

    const seen = (await itemOf(c.head, provider.id, 'SAFEGUARDING_POLICY')).currentVersion.verifications;
    expect(seen.map((v: any) => [v.localAuthority.name, v.verifiedBy.displayName])).toEqual([
      [c.la.name, c.qaOfficer.name],
      [c.otherLa.name, c.otherLaOfficer.name],
    ]);
    const email = await c.head.client.request(`query($id: ID!) { organisation(id: $id) { ... on Provider { evidence { currentVersion { verifications { verifiedBy { email } } } } } } }`, {
      id: provider.id,
    });
    expect(errorCode(email)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is idempotent per LA: verifying again returns the first verification unchanged', async () => {
    const { currentVersion } = await added(c.managerA, { type: 'EQUALITY_STATEMENT', validFrom: daysFromToday(-randomInt(1, 300)) });
    const first = (await c.qaOfficer.client.data(VERIFY, { id: currentVersion.id })).verifyEvidence.verifications;
    const again = (await c.commissioner.client.data(VERIFY, { id: currentVersion.id })).verifyEvidence.verifications;
    const twice = (await c.qaOfficer.client.data(VERIFY, { id: currentVersion.id })).verifyEvidence.verifications;
    expect(again).toEqual(first);
    expect(twice).toEqual(first);
    expect(first[0].verifiedBy.displayName).toBe(c.qaOfficer.name);
    expect(await countRows(t, 'evidence_verification where version_id = ?', [currentVersion.id])).toBe(1);
    expect(await countRows(t, `audit_event where subject_type = 'EvidenceVerification' and operation = 'verifyEvidence' and user_id = ?`, [c.commissioner.user.id])).toBe(0);
  });

  it('refuses a version that has been superseded (CONFLICT) and an unknown one (NOT_FOUND)', async () => {
    const { manager } = await freshProvider();
    const first = await added(manager, { validFrom: '2025-09-01' });
    await added(manager, { validFrom: '2026-09-01' });
    const stale = await c.qaOfficer.client.request(VERIFY, { id: first.currentVersion.id });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toBe('A newer version of this evidence has been added: verify that one instead');
    expect(await countRows(t, 'evidence_verification where version_id = ?', [first.currentVersion.id])).toBe(0);
    expect(errorCode(await c.qaOfficer.client.request(VERIFY, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(errorCode(await c.qaOfficer.client.request(VERIFY, { id: 'nope' }))).toBe('NOT_FOUND');
  });
});

describe('a provider directory with every provider’s evidence', () => {
  it('costs the same number of queries for 2 providers as for 5 (no N+1)', async () => {
    const word = `Qa${randomUUID().replace(/-/g, '').replace(/\d/g, '').slice(0, 10)}`;
    const DIRECTORY = `query($search: String!) {
      organisations(first: 50, filter: { kind: PROVIDER, search: $search }) {
        edges { node { id ... on Provider {
          profile { legalName keyStages places }
          evidence {
            status type { code title }
            currentVersion {
              id validFrom expiresOn uploadedBy { displayName }
              document { filename size uploadedAt }
              verifications { localAuthority { name } verifiedBy { displayName } verifiedAt }
            }
            history { id number document { filename } verifications { localAuthority { name } } }
          }
        } } }
      }
    }`;
    const addProviders = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        const { manager } = await freshProvider(`${word} provider`);
        await manager.client.data(`mutation { updateProviderProfile(input: { legalName: "Ltd", keyStages: [KS3], places: 4 }) { places } }`);
        await added(manager, { type: 'SAFEGUARDING_POLICY', validFrom: '2025-09-01' });
        const current = await added(manager, { type: 'SAFEGUARDING_POLICY', validFrom: '2026-09-01' });
        const el = await added(manager, { ...EL });
        await c.qaOfficer.client.data(VERIFY, { id: current.currentVersion.id });
        await c.otherLaOfficer.client.data(VERIFY, { id: el.currentVersion.id });
      }
    };
    const run = async (expected: number) => {
      let result: any;
      const queries = await t.countQueries(async () => {
        result = await c.head.client.data(DIRECTORY, { search: word });
      });
      const providers = result.organisations.edges.map((edge: any) => edge.node);
      expect(providers).toHaveLength(expected);
      for (const provider of providers) {
        const policy = provider.evidence.find((item: any) => item.type.code === 'SAFEGUARDING_POLICY');
        expect(policy.history).toHaveLength(2);
        expect(policy.currentVersion.verifications).toHaveLength(1);
      }
      return queries.length;
    };

    await addProviders(2);
    const forTwo = await run(2);
    await addProviders(3);
    const forFive = await run(5);
    expect(forFive).toBe(forTwo);
    expect(forTwo).toBeLessThanOrEqual(12);
  });
});

describe('row-level security on the QA record', () => {
  async function asApp<T>(member: Member, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return t.owner().transactional(async (tx) => {
      await tx.execute('set local role ap_app');
      await tx.execute(`select set_config('app.user_id', ?, true), set_config('app.org_id', ?, true)`, [member.user.id, member.organisation.id]);
      return work(tx);
    });
  }

  it('forces RLS on every new table', async () => {
    const tables = ['provider_profile', 'document', 'evidence_version', 'evidence_verification'];
    const rows = await t.owner().execute(
      `select relname, relrowsecurity, relforcerowsecurity from pg_class where relnamespace = 'public'::regnamespace and relname in (${tables.map(() => '?').join(', ')}) order by relname`,
      tables,
    );
    expect(rows).toEqual([...tables].sort().map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true })));
  });

  it('keeps versions, verifications and documents append-only, and a provider’s evidence its own', async () => {
    const { currentVersion } = await added(c.managerA, { type: 'RSHE_POLICY', validFrom: daysFromToday(-randomInt(1, 300)) });
    await c.qaOfficer.client.data(VERIFY, { id: currentVersion.id });
    for (const sql of [
      `update evidence_version set expires_on = '2099-01-01' where id = ?`,
      `delete from evidence_version where id = ?`,
      `update evidence_verification set verified_by_name = 'x' where version_id = ?`,
      `delete from document where id in (select document_id from evidence_version where id = ?)`,
    ]) {
      await expect(asApp(c.managerA, (tx) => tx.execute(sql, [currentVersion.id])), sql).rejects.toMatchObject({ code: '42501' });
    }
    const intoA = asApp(c.managerB, (tx) =>
      tx.execute(
        `insert into evidence_version (id, provider_id, type, number, document_id, valid_from, expires_on, uploaded_by_id, uploaded_by_name, uploaded_at)
         select gen_random_uuid(), provider_id, type, 99, document_id, valid_from, expires_on, ?, 'B', now() from evidence_version where id = ?`,
        [c.managerB.user.id, currentVersion.id],
      ),
    );
    await expect(intoA).rejects.toMatchObject({ code: '42501' });
    const verifyAsProvider = asApp(c.managerA, (tx) =>
      tx.execute(
        `insert into evidence_verification (id, version_id, local_authority_id, verified_by_id, verified_by_name, verified_at) values (gen_random_uuid(), ?, ?, ?, 'A', now())`,
        [currentVersion.id, c.providerA.id, c.managerA.user.id],
      ),
    );
    await expect(verifyAsProvider).rejects.toMatchObject({ code: '42501' });
  });
});

describe('default expiry arithmetic', () => {
  it('adds whole months, clamping to the end of shorter months', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addDays(addMonths('2025-09-01', 12), -1)).toBe('2026-08-31');
  });
});
