import fs from 'node:fs';
import path from 'node:path';
import type { GraphQLResult } from '../../test/graphql-client.js';
import type { TestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { addDays, todayInEngland } from './evidence-dates.js';
import { minimalPdf } from './evidence.demo.js';

/** Shared by the QA-record tests: a cast of actors, uploads over HTTP, and the operations the portals will send. */

export const ADD_VERSION = `mutation($input: AddEvidenceVersionInput!) {
  addEvidenceVersion(input: $input) {
    status
    type { code }
    currentVersion { id number validFrom expiresOn issuer coverAmount kcsieYear reportsChangesUndertaking trainedStaffCount courseName document { id filename } uploadedBy { displayName } }
    history { id number validFrom expiresOn }
  }
}`;

export const VERIFY = `mutation($id: ID!) {
  verifyEvidence(versionId: $id) { id verifications { id localAuthority { id name } verifiedBy { displayName } verifiedAt } }
}`;

export const EVIDENCE = `query($id: ID!) {
  organisation(id: $id) {
    ... on Provider {
      evidence {
        status
        type { code title renewalMonths }
        currentVersion {
          id number issuer validFrom expiresOn coverAmount uploadedAt uploadedBy { displayName }
          document { id filename contentType size uploadedAt downloadPath }
          verifications { localAuthority { id name } verifiedBy { displayName } verifiedAt }
        }
        history { id number validFrom expiresOn document { id } }
      }
    }
  }
}`;

export const today = () => todayInEngland();
export const daysFromToday = (days: number) => addDays(todayInEngland(), days);

let counter = 0;
/** A small PDF, different every call unless `label` is given. */
export function pdf(label = `document ${(counter += 1)} ${Date.now()}`): Buffer {
  return minimalPdf([label]);
}

/** Two providers, a school, two LAs, a platform admin, and members in every role the QA record cares about. */
export async function qaCast(t: TestServer) {
  const la = await t.world.la('Home LA');
  const otherLa = await t.world.la('Other LA');
  const providerA = await t.world.provider({ la, name: 'Provider A' });
  const providerB = await t.world.provider({ la, name: 'Provider B' });
  const school = await t.world.school(la);
  const platform = await t.world.platform();
  return {
    la,
    otherLa,
    providerA,
    providerB,
    school,
    managerA: await t.world.member(providerA, [Role.PROVIDER_MANAGER]),
    staffA: await t.world.member(providerA, [Role.STAFF]),
    dslA: await t.world.member(providerA, [Role.DSL]),
    managerB: await t.world.member(providerB, [Role.PROVIDER_MANAGER]),
    head: await t.world.member(school, [Role.HEADTEACHER]),
    qaOfficer: await t.world.member(la, [Role.QA_OFFICER]),
    commissioner: await t.world.member(la, [Role.COMMISSIONER]),
    designatedOfficer: await t.world.member(la, [Role.DESIGNATED_OFFICER]),
    otherLaOfficer: await t.world.member(otherLa, [Role.QA_OFFICER]),
    admin: await t.world.member(platform, [Role.PLATFORM_ADMIN]),
    anonymous: { client: t.client() } as Member,
  };
}

export type QaCast = Awaited<ReturnType<typeof qaCast>>;

export interface HttpResult {
  status: number;
  body: any;
  headers: Headers;
}

/** POST /files as this member (or anonymously), with the CSRF header unless told otherwise. */
export async function uploadFile(
  t: TestServer,
  member: Member | null,
  file: { bytes: Uint8Array; filename: string } | null,
  options: { csrfHeader?: boolean; field?: string } = {},
): Promise<HttpResult> {
  const form = new FormData();
  if (file) form.append(options.field ?? 'file', new Blob([file.bytes]), file.filename);
  const cookie = member?.client.sessionCookie;
  const response = await fetch(`${t.url}/files`, {
    method: 'POST',
    headers: { ...(options.csrfHeader === false ? {} : { 'apollo-require-preflight': 'true' }), ...(cookie ? { cookie } : {}) },
    body: form,
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** Uploads a PDF as this member and returns the new document's id. */
export async function uploadedPdf(t: TestServer, member: Member, bytes = pdf()): Promise<string> {
  const result = await uploadFile(t, member, { bytes, filename: 'certificate.pdf' });
  if (result.status !== 201) throw new Error(`upload failed: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body.id as string;
}

/** GET /files/:id as this member (or anonymously); the body as bytes when it succeeded. */
export async function downloadFile(t: TestServer, member: Member | null, id: string): Promise<HttpResult & { bytes?: Buffer }> {
  const cookie = member?.client.sessionCookie;
  const response = await fetch(`${t.url}/files/${id}`, { headers: cookie ? { cookie } : {} });
  if (response.ok) return { status: response.status, body: null, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** An HTTP answer in the shape roleMatrix reads: data on success, an error with its code otherwise. */
export function asGraphQLResult(result: HttpResult & { bytes?: Buffer }): GraphQLResult {
  if (result.status < 300) return { data: result.body ?? { bytes: result.bytes?.length } };
  return { errors: [{ message: result.body.error.message, extensions: { code: result.body.error.code, field: result.body.error.field } }] };
}

/** Every file under the test server's document store. */
export function storedFiles(t: TestServer): string[] {
  const root = path.join(t.config.dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** How many rows match, read as the owner (no RLS). */
export async function countRows(t: TestServer, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.owner().execute<{ n: number }[]>(`select count(*)::int as n from ${sql}`, params);
  return row.n;
}
