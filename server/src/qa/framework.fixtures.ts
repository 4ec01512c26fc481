import type { EntityManager } from '@mikro-orm/postgresql';
import { randomInt } from 'node:crypto';
import type { GraphQLResult } from '../../test/graphql-client.js';
import type { TestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { addDays, todayInEngland } from './evidence-dates.js';

/** GraphQL documents and tenant builders shared by the framework, assessment and approval tests. */

export const CRITERION_FIELDS = 'id code title guidance evidenceTypes position';
export const VERSION_FIELDS = `id number status ratingScale visitsPerYear monthsBetweenVisits publishedAt criteria { ${CRITERION_FIELDS} }`;
export const CREATE_FRAMEWORK = `mutation($input: QaFrameworkDraftInput!) {
  createFramework(input: $input) { id name description localAuthority { id } draftVersion { ${VERSION_FIELDS} } }
}`;
export const UPDATE_DRAFT = `mutation($versionId: ID!, $input: QaFrameworkDraftInput!) {
  updateFrameworkDraft(versionId: $versionId, input: $input) { ${VERSION_FIELDS} framework { id name description } }
}`;
export const PUBLISH = `mutation($versionId: ID!) { publishFrameworkVersion(versionId: $versionId) { ${VERSION_FIELDS} } }`;
export const NEW_DRAFT = `mutation($frameworkId: ID!) { createFrameworkDraft(frameworkId: $frameworkId) { ${VERSION_FIELDS} } }`;
export const FRAMEWORK = `query($id: ID!) {
  framework(id: $id) {
    id name description localAuthority { id }
    versions { ${VERSION_FIELDS} }
    latestPublishedVersion { id number }
    draftVersion { id number }
  }
}`;
export const START = `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id status outcome version { id number } framework { id } provider { id } } }`;
export const RATE = `mutation($input: RateCriterionInput!) { rateCriterion(input: $input) { id rating comment evidenceChecked ratedBy criterion { code } } }`;
export const VISIT = `mutation($input: RecordQaVisitInput!) { recordQaVisit(input: $input) { id visitDate visitor notes } }`;
export const ACTION = `mutation($input: AddActionPlanItemInput!) { addActionPlanItem(input: $input) { id description dueDate owner status criterion { code } } }`;
export const ACTION_STATUS = `mutation($id: ID!, $status: QaActionItemStatus!) { updateActionPlanItemStatus(id: $id, status: $status) { id status doneAt } }`;
export const COMPLETE = `mutation($input: CompleteAssessmentInput!) { completeAssessment(input: $input) { id status outcome completedAt completedBy } }`;
export const DECIDE = `mutation($input: DecideApprovalInput!) {
  decideApproval(input: $input) { id status effectiveFrom reviewDate reason decidedBy decidedAt assessment { id outcome } framework { id } provider { id } }
}`;

export const today = () => todayInEngland();
export const daysFromToday = (days: number) => addDays(todayInEngland(), days);

let counter = 0;
/** Framework names unique across the shared test database. */
export const uniqueName = (label = 'QA Framework') => `${label} ${randomInt(1e6)}-${(counter += 1)}`;

export interface CriterionRef {
  id: string;
  code: string;
}

export interface PublishedFramework {
  frameworkId: string;
  versionId: string;
  criteria: CriterionRef[];
}

export function draftInput(overrides: Record<string, unknown> = {}) {
  return {
    name: uniqueName(),
    description: 'Quality assurance of alternative provision used by our schools.',
    ratingScale: 'RAG',
    visitsPerYear: 1,
    criteria: [
      { code: 'SG1', title: 'Safeguarding and child protection', guidance: 'Policy reviewed since September.', evidenceTypes: ['SAFEGUARDING_POLICY', 'DSL_TRAINING'] },
      { code: 'INS1', title: 'Insurance', evidenceTypes: ['EMPLOYERS_LIABILITY_INSURANCE', 'PUBLIC_LIABILITY_INSURANCE'] },
      { code: 'AT1', title: 'Attendance reporting', evidenceTypes: ['ATTENDANCE_PROCEDURE'] },
    ],
    ...overrides,
  };
}

/** Everyone the QA role matrices need: two LAs, a school and a provider in each, and their people. */
export async function qaCast(t: TestServer) {
  const la = await t.world.la();
  const otherLa = await t.world.la();
  const school = await t.world.school(la);
  const otherSchool = await t.world.school(otherLa);
  const provider = await t.world.provider({ la });
  const otherProvider = await t.world.provider({ la: otherLa });
  return {
    la,
    otherLa,
    school,
    otherSchool,
    provider,
    otherProvider,
    qaOfficer: await t.world.member(la, [Role.QA_OFFICER]),
    commissioner: await t.world.member(la, [Role.COMMISSIONER]),
    designatedOfficer: await t.world.member(la, [Role.DESIGNATED_OFFICER]),
    otherQaOfficer: await t.world.member(otherLa, [Role.QA_OFFICER]),
    head: await t.world.member(school, [Role.HEADTEACHER]),
    otherHead: await t.world.member(otherSchool, [Role.HEADTEACHER]),
    providerManager: await t.world.member(provider, [Role.PROVIDER_MANAGER]),
    otherProviderManager: await t.world.member(otherProvider, [Role.PROVIDER_MANAGER]),
    anonymous: { client: t.client() } as Member,
  };
}

export type QaCast = Awaited<ReturnType<typeof qaCast>>;

/** The data, or a thrown error naming the GraphQL errors. */
export function ok<T = Record<string, any>>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

export async function createDraft(owner: Member, overrides: Record<string, unknown> = {}) {
  const framework = (await owner.client.data(CREATE_FRAMEWORK, { input: draftInput(overrides) })).createFramework;
  return { frameworkId: framework.id as string, versionId: framework.draftVersion.id as string, criteria: framework.draftVersion.criteria as CriterionRef[] };
}

export async function publishedFramework(owner: Member, overrides: Record<string, unknown> = {}): Promise<PublishedFramework> {
  const draft = await createDraft(owner, overrides);
  await owner.client.data(PUBLISH, { versionId: draft.versionId });
  return draft;
}

export async function startAssessment(owner: Member, versionId: string, providerId: string): Promise<string> {
  return (await owner.client.data(START, { input: { frameworkVersionId: versionId, providerId } })).startAssessment.id;
}

/**
 * A completed assessment: each criterion rated (GREEN unless `ratings` says otherwise), one action per
 * amber/red/fail criterion, a QA visit, and the outcome.
 */
export async function completedAssessment(
  owner: Member,
  framework: PublishedFramework,
  providerId: string,
  outcome: string,
  ratings: Record<string, string> = {},
): Promise<string> {
  const assessmentId = await startAssessment(owner, framework.versionId, providerId);
  const meets = outcome === 'PASS' || outcome === 'FAIL' ? 'PASS' : 'GREEN';
  for (const criterion of framework.criteria) {
    const rating = ratings[criterion.code] ?? meets;
    await owner.client.data(RATE, { input: { assessmentId, criterionId: criterion.id, rating, comment: `Rated ${rating}`, evidenceChecked: [] } });
    if (['AMBER', 'RED', 'FAIL'].includes(rating)) {
      await owner.client.data(ACTION, {
        input: { assessmentId, criterionId: criterion.id, description: `Fix ${criterion.code}`, dueDate: daysFromToday(30), owner: 'Provider manager' },
      });
    }
  }
  await owner.client.data(VISIT, { input: { assessmentId, visitDate: today(), visitor: 'QA officer', notes: 'Annual visit.' } });
  await owner.client.data(COMPLETE, { input: { assessmentId, outcome, summary: `Overall ${outcome}` } });
  return assessmentId;
}

/** Runs `work` in one owner transaction switched to the app role with these tenant settings (as db/rls.test.ts). */
export async function asApp<T>(t: TestServer, settings: { userId: string; orgId: string }, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return t.owner().transactional(async (tx) => {
    await tx.execute('set local role ap_app');
    await tx.execute(`select set_config('app.user_id', ?, true), set_config('app.org_id', ?, true)`, [settings.userId, settings.orgId]);
    return work(tx);
  });
}

/** How many rows match, read as the owner. */
export async function count(t: TestServer, from: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.owner().execute<{ n: number }[]>(`select count(*)::int as n from ${from}`, params);
  return row.n;
}
