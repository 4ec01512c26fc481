import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';
import type { School } from '../organisations/organisation.entity.js';
import { Role } from '../people/role.js';
import { pupilOf, randomUpn } from '../placements/placement.fixtures.js';
import { count, ok } from '../qa/framework.fixtures.js';
import { MAX_IMPORT_ROWS, readPupilCsv } from './pupil-import.js';
import { IMPORT, PUPILS } from './pupil.fixtures.js';
import { upnFromDigits } from './upn.js';

const t = useTestServer();
const TODAY = '2026-11-23';
const HEADER = 'UPN,Legal Surname,Legal Forename,DOB,Sex,Year';
const SECOND = upnFromDigits('801200005002');

function refusal(result: GraphQLResult) {
  return { code: errorCode(result), field: errorField(result), message: result.errors?.[0]?.message };
}

describe('reading a MIS export', () => {
  it('matches columns by heading, any case or order, with common aliases and formats', () => {
    const csv = [
      '\uFEFFsurname,First Name,Gender,NC Year,Date of Birth,upn,SEN Status,Looked After,Preferred Forename',
      `Khan,Amira,Female,Year 9,05/09/2012,${'b801 2000 05001'},E,Yes,Ami`,
      'Shaw,Tom,male,R,2021-01-31,M80120000500A,k,n,',
      `Lewis,Rhys,U,11,1/2/2010,${SECOND},,,`,
    ].join('\r\n');
    const rows = readPupilCsv(csv, TODAY);
    expect(rows.map((row) => row.problems)).toEqual([[], [], []]);
    expect(rows[0]).toMatchObject({
      line: 2,
      upn: 'b801 2000 05001',
      values: {
        upn: 'B801200005001',
        legalSurname: 'Khan',
        legalForename: 'Amira',
        preferredForename: 'Ami',
        dateOfBirth: '2012-09-05',
        sex: 'F',
        yearGroup: 9,
        ehcPlan: true,
        senSupport: false,
        lookedAfter: true,
      },
    });
    expect(rows[1].values).toMatchObject({ sex: 'M', yearGroup: 0, ehcPlan: false, senSupport: true, lookedAfter: false, preferredForename: null });
    expect(rows[2].values).toMatchObject({ dateOfBirth: '2010-02-01', yearGroup: 11, ehcPlan: false, senSupport: false });
  });

  it('only carries the optional fields whose columns are in the file', () => {
    const [row] = readPupilCsv(`${HEADER}\nB801200005001,Khan,Amira,05/09/2012,F,9`, TODAY);
    expect(Object.keys(row.values).sort()).toEqual(['dateOfBirth', 'legalForename', 'legalSurname', 'sex', 'upn', 'yearGroup']);
  });

  it('reports every problem of every row, with its line', () => {
    const csv = [
      'UPN,Surname,Forename,DOB,Sex,Year,SEN status,Looked after',
      'A801200005001,,Amira,30/02/2013,X,Year 15,Q,maybe',
      '',
      'B801200005001,Khan,Amira,05/09/2012,F,9,N,N',
    ].join('\n');
    const rows = readPupilCsv(csv, TODAY);
    expect(rows[0]).toMatchObject({ line: 2, upn: 'A801200005001' });
    expect(rows[0].problems.map((problem) => problem.field)).toEqual([
      'upn',
      'legalSurname',
      'dateOfBirth',
      'sex',
      'yearGroup',
      'senStatus',
      'lookedAfter',
    ]);
    expect(rows[0].problems).toContainEqual({ field: 'dateOfBirth', message: 'Date of birth must be a real date' });
    expect(rows[1]).toMatchObject({ line: 4, problems: [] });
  });

  it('rejects every line of a UPN that appears more than once', () => {
    const rows = readPupilCsv(`${HEADER}\nB801200005001,Khan,Amira,05/09/2012,F,9\n${SECOND},Lewis,Rhys,01/02/2011,M,10\nb801200005001,Khan,Amira,05/09/2012,F,9`, TODAY);
    const message = 'UPN must be on one line only: the file has it on lines 2, 4';
    expect(rows.map((row) => row.problems)).toEqual([[{ field: 'upn', message }], [], [{ field: 'upn', message }]]);
  });

  it.each([
    ['', /^The file is empty/],
    [HEADER, /^The file has no pupils in it/],
    ['UPN,Surname,Forename,Sex\nB801200005001,Khan,Amira,F', /^The file must have a column headed DOB, Year: /],
    [`${HEADER}\n"B801200005001,Khan`, /^The file is not a CSV file we can read: check line 2/],
    [`${HEADER}\n${'B801200005001,Khan,Amira,05/09/2012,F,9\n'.repeat(MAX_IMPORT_ROWS + 1)}`, /^The file must have 5,000 pupils or fewer/],
    [`${HEADER}\n${'x'.repeat(1024 * 1024)}`, /^The file must be smaller than 900 KB/],
  ])('refuses a file it cannot import (%#)', (csv, message) => {
    expect(() => readPupilCsv(csv, TODAY)).toThrow(expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ field: 'csv' }) }));
  });
});

describe('importing pupils', () => {
  let school: School;
  let head: Member;
  beforeAll(async () => {
    const la = await t.world.la('Import LA');
    school = await t.world.school(la, 'Import School');
    head = await t.world.member(school, [Role.AP_LEAD]);
  });

  const onRoll = () => count(t, 'pupil where school_id = ?', [school.id]);
  const importCsv = (csv: string, skipInvalidRows?: boolean) => head.client.request(IMPORT, { input: { csv, skipInvalidRows } });

  it('saves nothing when a row is invalid, then only the valid rows when told to skip', async () => {
    const [good1, good2] = [randomUpn(), randomUpn()];
    const csv = [HEADER, `${good1},Khan,Amira,05/09/2012,F,9`, 'A801200005001,Bad,Check,05/09/2012,F,9', `${good2},Lewis,Rhys,01/02/2011,M,10`, `${randomUpn()},Old,Date,2013-02-30,M,8`].join('\n');
    const before = await onRoll();

    const dryRun = ok(await importCsv(csv)).importPupils;
    expect(dryRun).toMatchObject({ applied: false, created: 0, updated: 0, rows: 4 });
    expect(dryRun.rejected).toEqual([
      { line: 3, upn: 'A801200005001', problems: [{ field: 'upn', message: expect.stringMatching(/^Enter a real UPN/) }] },
      { line: 5, upn: expect.any(String), problems: [{ field: 'dateOfBirth', message: 'Date of birth must be a real date' }] },
    ]);
    expect(await onRoll()).toBe(before);

    const applied = ok(await importCsv(csv, true)).importPupils;
    expect(applied).toMatchObject({ applied: true, created: 2, updated: 0, rows: 4 });
    expect(applied.rejected).toHaveLength(2);
    expect(await onRoll()).toBe(before + 2);
    const listed = ok(await head.client.request(PUPILS, { filter: { search: 'Khan' } })).pupils.edges.map((edge: any) => edge.node);
    expect(listed).toEqual([expect.objectContaining({ upn: good1, legalForename: 'Amira', dateOfBirth: '2012-09-05', sex: 'F', yearGroup: 9 })]);
  });

  it('updates the MIS details of a pupil already on roll and keeps the rest of the record', async () => {
    const existing = await pupilOf(t, school, {
      legalSurname: 'Evans',
      yearGroup: 8,
      ehcPlan: true,
      socialWorkerName: 'Helen Marsh',
      medicalNeeds: 'Asthma',
      emergencyContactName: 'Jo Evans',
      emergencyContactPhone: '07700 900111',
    });
    const fresh = randomUpn();
    const csv = `${HEADER},Looked After\n${existing.upn},Evans-Price,${existing.legalForename},14/03/2012,F,Year 9,Y\n${fresh},New,Nia,01/10/2013,F,8,N`;
    expect(ok(await importCsv(csv)).importPupils).toEqual({ applied: true, created: 1, updated: 1, rows: 2, rejected: [] });
    const [row] = await t.owner().execute(
      'select legal_surname, year_group, looked_after, ehc_plan, social_worker_name, medical_needs, emergency_contact_phone from pupil where id = ?',
      [existing.id],
    );
    expect(row).toEqual({
      legal_surname: 'Evans-Price',
      year_group: 9,
      looked_after: true,
      ehc_plan: true,
      social_worker_name: 'Helen Marsh',
      medical_needs: 'Asthma',
      emergency_contact_phone: '07700 900111',
    });
  });

  it('audits one write per applied import, and none for a refused one', async () => {
    const writes = () => count(t, `audit_event where action = 'write' and operation = 'importPupils' and user_id = ?`, [head.user.id]);
    const before = await writes();
    ok(await importCsv(`${HEADER}\n${randomUpn()},One,Ann,01/10/2013,F,8\n${randomUpn()},Two,Bob,01/10/2013,M,8`));
    ok(await importCsv(`${HEADER}\nA801200005001,Bad,Row,01/10/2013,F,8`));
    expect(await writes()).toBe(before + 1);
  });

  it('refuses a file without the required columns on the csv field', async () => {
    const before = await onRoll();
    expect(refusal(await importCsv(`UPN,Surname,DOB,Sex,Year\n${randomUpn()},Khan,05/09/2012,F,9`))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'csv',
      message: 'The file must have a column headed Legal Forename: the first row must name the columns',
    });
    expect(await onRoll()).toBe(before);
  });
});
