import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../../test/harness.js';
import { Role } from '../people/role.js';
import { PlacementStatus } from '../placements/placement.entity.js';
import { placementOf, pupilOf } from '../placements/placement.fixtures.js';
import { roleMatrix } from '../../test/role-matrix.js';
import {
  asGraphQLResult,
  countRows,
  downloadFile,
  pdf,
  qaCast,
  storedFiles,
  uploadFile,
  uploadedPdf,
  type QaCast,
} from './evidence.fixtures.js';

const t = useTestServer();
let c: QaCast;

beforeAll(async () => {
  c = await qaCast(t);
});

/** A ZIP archive with these entries, stored uncompressed (enough for DOCX, XLSX and ODT detection). */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const openXml = (part: string, mainType: string) =>
  zip({
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${part}" ContentType="${mainType}.main+xml"/></Types>`,
    [part]: '<?xml version="1.0"?><root/>',
  });

function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const jpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64), Buffer.from([0xff, 0xd9])]);

const ACCEPTED = [
  { filename: 'certificate.pdf', bytes: () => pdf(), contentType: 'application/pdf' },
  { filename: 'photo of certificate.PNG', bytes: png, contentType: 'image/png' },
  { filename: 'scan.jpeg', bytes: jpeg, contentType: 'image/jpeg' },
  { filename: 'scan.jpg', bytes: jpeg, contentType: 'image/jpeg' },
  {
    filename: 'policy.docx',
    bytes: () => openXml('word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  {
    filename: 'training-log.xlsx',
    bytes: () => openXml('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  {
    filename: 'policy.odt',
    bytes: () => zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }),
    contentType: 'application/vnd.oasis.opendocument.text',
  },
];

describe('uploading a document (POST /files)', () => {
  it('is for the managers of the organisation that will own it', async () => {
    await roleMatrix((actor) => uploadFile(t, actor, { bytes: pdf(), filename: 'policy.pdf' }).then(asGraphQLResult), {
      allowed: { managerA: c.managerA, managerB: c.managerB },
      refused: { providerStaff: c.staffA, providerDsl: c.dslA, schoolHead: c.head, laOfficer: c.qaOfficer, admin: c.admin, anonymous: c.anonymous },
    });
  });

  it('answers 201 with the document’s id, name, type and size, and stores its bytes and details', async () => {
    const bytes = pdf();
    const result = await uploadFile(t, c.managerA, { bytes, filename: 'Employers liability 2026.pdf' });
    expect(result.status).toBe(201);
    expect(result.body).toEqual({ id: expect.any(String), filename: 'Employers liability 2026.pdf', contentType: 'application/pdf', size: bytes.length });
    const [row] = await t.owner().execute('select * from document where id = ?', [result.body.id]);
    expect(row).toMatchObject({
      owner_id: c.providerA.id,
      uploaded_by_id: c.managerA.user.id,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storage_key: `${c.providerA.id}/${result.body.id}`,
      size: bytes.length,
    });
    const file = storedFiles(t).find((name) => name.endsWith(result.body.id));
    expect(file && fs.readFileSync(file)).toEqual(bytes);
    expect(await countRows(t, `audit_event where subject_type = 'Document' and subject_id = ? and action = 'write' and user_id = ?`, [result.body.id, c.managerA.user.id])).toBe(1);
  });

  it.each(ACCEPTED)('accepts $filename as $contentType', async ({ filename, bytes, contentType }) => {
    const result = await uploadFile(t, c.managerA, { bytes: bytes(), filename });
    expect({ status: result.status, contentType: result.body.contentType, filename: result.body.filename }).toEqual({ status: 201, contentType, filename });
  });

  it('keeps a UTF-8 file name, without any path', async () => {
    const result = await uploadFile(t, c.managerA, { bytes: pdf(), filename: 'C:\\Users\\office\\Politique de sécurité – 2026.pdf' });
    expect(result.status).toBe(201);
    expect(result.body.filename).toBe('Politique de sécurité – 2026.pdf');
  });

  describe('refuses, with a 400 on the "file" field and nothing saved,', () => {
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const cases = [
      { name: 'a Windows program', file: { bytes: exe, filename: 'setup.exe' }, message: 'The selected file must be a PDF, PNG, JPEG, DOCX, XLSX or ODT' },
      { name: 'a program renamed .pdf', file: { bytes: exe, filename: 'certificate.pdf' }, message: 'The selected file must be a PDF, PNG, JPEG, DOCX, XLSX or ODT' },
      { name: 'an HTML page renamed .pdf', file: { bytes: html, filename: 'certificate.pdf' }, message: 'The selected file must be a PDF, PNG, JPEG, DOCX, XLSX or ODT' },
      { name: 'plain text', file: { bytes: Buffer.from('Our safeguarding policy'), filename: 'policy.txt' }, message: 'The selected file must be a PDF, PNG, JPEG, DOCX, XLSX or ODT' },
      { name: 'a PNG named .pdf', file: { bytes: png(), filename: 'certificate.pdf' }, message: 'The selected file is a PNG, so its name must end .png' },
      { name: 'an empty file', file: { bytes: new Uint8Array(0), filename: 'certificate.pdf' }, message: 'The selected file is empty' },
      {
        name: 'a file over 10MB',
        file: { bytes: Buffer.concat([pdf(), Buffer.alloc(10 * 1024 * 1024)]), filename: 'certificate.pdf' },
        message: 'The selected file must be smaller than 10MB',
      },
      { name: 'no file at all', file: null, message: 'Select a file' },
    ];

    it.each(cases)('$name', async ({ file, message }) => {
      const documentsBefore = await countRows(t, 'document where owner_id = ?', [c.providerA.id]);
      const filesBefore = storedFiles(t).length;
      const result = await uploadFile(t, c.managerA, file);
      expect({ status: result.status, body: result.body }).toEqual({ status: 400, body: { error: { code: 'BAD_USER_INPUT', field: 'file', message } } });
      expect(await countRows(t, 'document where owner_id = ?', [c.providerA.id])).toBe(documentsBefore);
      expect(storedFiles(t).length).toBe(filesBefore);
    });

    it('a file sent under another field name', async () => {
      const result = await uploadFile(t, c.managerA, { bytes: pdf(), filename: 'certificate.pdf' }, { field: 'document' });
      expect(result.status).toBe(400);
      expect(result.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    });
  });

  it('refuses an upload without a preflight header (cross-site request forgery), saving nothing', async () => {
    const documentsBefore = await countRows(t, 'document where owner_id = ?', [c.providerA.id]);
    const result = await uploadFile(t, c.managerA, { bytes: pdf(), filename: 'certificate.pdf' }, { csrfHeader: false });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('BAD_REQUEST');
    expect(result.body.error.message).toMatch(/cross-site request forgery/);
    expect(await countRows(t, 'document where owner_id = ?', [c.providerA.id])).toBe(documentsBefore);

    const withXRequestedWith = await fetch(`${t.url}/files`, {
      method: 'POST',
      headers: { 'x-requested-with': 'XMLHttpRequest', cookie: c.managerA.client.sessionCookie! },
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([pdf()]), 'certificate.pdf');
        return form;
      })(),
    });
    expect(withXRequestedWith.status).toBe(201);
  });
});

describe('downloading a document (GET /files/:id)', () => {
  let documentId: string;
  let bytes: Buffer;

  beforeAll(async () => {
    bytes = pdf('Public liability certificate');
    const result = await uploadFile(t, c.managerA, { bytes, filename: 'Public liability – 2026.pdf' });
    documentId = result.body.id;
  });

  it('is for the owner organisation’s members and LA members only; everyone else gets a 404 (anonymous: 401)', async () => {
    await roleMatrix((actor) => downloadFile(t, actor, documentId).then(asGraphQLResult), {
      allowed: { managerA: c.managerA, providerStaffA: c.staffA, laOfficer: c.qaOfficer, otherLaOfficer: c.otherLaOfficer, laCommissioner: c.commissioner },
      refused: { managerB: c.managerB, schoolHead: c.head, admin: c.admin, anonymous: c.anonymous },
    });
    expect((await downloadFile(t, c.managerB, documentId)).status).toBe(404);
    expect((await downloadFile(t, c.head, documentId)).body).toEqual({ error: { code: 'NOT_FOUND', message: 'Document not found.' } });
    expect((await downloadFile(t, null, documentId)).status).toBe(401);
  });

  it('is also for a school with a placement at the provider (sent and not cancelled); a draft or a cancelled one is not enough', async () => {
    const school = await t.world.school(c.la, 'Commissioning School');
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const pupil = await pupilOf(t, school);
    await placementOf(t, head, { pupil, provider: c.providerA, status: PlacementStatus.DRAFT });
    await placementOf(t, head, { pupil, provider: c.providerA, status: PlacementStatus.CANCELLED });
    expect((await downloadFile(t, head, documentId)).status).toBe(404);
    await placementOf(t, head, { pupil, provider: c.providerA, status: PlacementStatus.ACTIVE });
    expect((await downloadFile(t, head, documentId)).status).toBe(200);
    expect((await downloadFile(t, head, await uploadedPdf(t, c.managerB))).status).toBe(404);
  });

  it('streams the bytes as an attachment with the real content type', async () => {
    const result = await downloadFile(t, c.qaOfficer, documentId);
    expect(result.status).toBe(200);
    expect(result.bytes).toEqual(bytes);
    expect(result.headers.get('content-type')).toBe('application/pdf');
    expect(result.headers.get('content-length')).toBe(String(bytes.length));
    expect(result.headers.get('content-disposition')).toBe(`attachment; filename="Public liability ? 2026.pdf"; filename*=UTF-8''Public%20liability%20%E2%80%93%202026.pdf`);
    expect(result.headers.get('x-content-type-options')).toBe('nosniff');
    expect(result.headers.get('cache-control')).toBe('private, no-store');
  });

  it('audits every download, and no refused attempt', async () => {
    const reads = () => countRows(t, `audit_event where subject_type = 'Document' and subject_id = ? and action = 'read'`, [documentId]);
    const before = await reads();
    await downloadFile(t, c.qaOfficer, documentId);
    await downloadFile(t, c.managerA, documentId);
    await downloadFile(t, c.head, documentId);
    expect(await reads()).toBe(before + 2);
    const [last] = await t.owner().execute(
      `select user_id, organisation_id, operation from audit_event where subject_type = 'Document' and subject_id = ? and action = 'read' order by at desc limit 1`,
      [documentId],
    );
    expect(last).toEqual({ user_id: c.managerA.user.id, organisation_id: c.providerA.id, operation: 'downloadFile' });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await downloadFile(t, c.qaOfficer, randomUUID())).status).toBe(404);
    expect((await downloadFile(t, c.qaOfficer, 'not-an-id')).status).toBe(404);
  });

  it('serves documents uploaded by any member of the owner organisation to that organisation', async () => {
    const id = await uploadedPdf(t, c.managerB);
    expect((await downloadFile(t, c.managerB, id)).status).toBe(200);
    expect((await downloadFile(t, c.managerA, id)).status).toBe(404);
  });
});
