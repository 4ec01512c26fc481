import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { PlacementStatus } from '../placements/placement.entity.js';
import { placementOf, pupilOf } from '../placements/placement.fixtures.js';
import {
  DECIDE,
  asApp,
  completedAssessment,
  daysFromToday,
  ok,
  publishedFramework,
  qaCast,
  startAssessment,
  today,
  type PublishedFramework,
  type QaCast,
} from './framework.fixtures.js';

const t = useTestServer();

const OUTCOMES = `query($id: ID!) {
  organisation(id: $id) {
    ... on Provider {
      approvals { status reason reviewDate framework { name } }
      approvalHistory(first: 10) { totalCount }
      assessments { id status outcome completedAt completedBy detailsVisible framework { id } version { number } localAuthority { id } }
      assessmentHistory(first: 10) { totalCount edges { node { id outcome } } }
    }
  }
}`;
const RATINGS = `query($id: ID!) { assessment(id: $id) { id ratings { rating comment criterion { code } } } }`;
const ACTION_PLAN = `query($id: ID!) { assessment(id: $id) { id actionPlan { description dueDate status } } }`;
const VISITS = `query($id: ID!) { assessment(id: $id) { id visits { visitDate notes } summary } }`;
const OUTCOME = `query($id: ID!) { assessment(id: $id) { id outcome detailsVisible } }`;

let c: QaCast;
let framework: PublishedFramework;
let assessmentId: string;
let inProgressId: string;
let providerDsl: Member;

/** Provider P (in LA A) assessed AMBER by LA A with an action plan, approved on conditions; a second assessment in progress. */
beforeAll(async () => {
  c = await qaCast(t);
  providerDsl = await t.world.member(c.provider, [Role.DSL]);
  framework = await publishedFramework(c.qaOfficer);
  assessmentId = await completedAssessment(c.qaOfficer, framework, c.provider.id, 'AMBER', { AT1: 'AMBER' });
  ok(
    await c.qaOfficer.client.request(DECIDE, {
      input: { frameworkId: framework.frameworkId, providerId: c.provider.id, status: 'CONDITIONAL', effectiveFrom: today(), reviewDate: daysFromToday(90), reason: 'Action plan on attendance' },
    }),
  );
  const second = await publishedFramework(c.qaOfficer);
  inProgressId = await startAssessment(c.qaOfficer, second.versionId, c.provider.id);
});

describe('assessment outcomes and approvals are shared across LA borders', () => {
  it('every signed-in school, LA and provider user reads a provider’s approvals and assessment outcomes', async () => {
    await roleMatrix((actor) => actor.client.request(OUTCOMES, { id: c.provider.id }), {
      allowed: {
        schoolInOtherLa: c.otherHead,
        schoolInSameLa: c.head,
        otherLaOfficer: c.otherQaOfficer,
        otherProvider: c.otherProviderManager,
        provider: c.providerManager,
        designatedOfficer: c.designatedOfficer,
      },
      refused: { anonymous: c.anonymous },
    });
    const read = ok(await c.otherHead.client.request(OUTCOMES, { id: c.provider.id })).organisation;
    expect(read.approvals).toEqual([{ status: 'CONDITIONAL', reason: 'Action plan on attendance', reviewDate: daysFromToday(90), framework: { name: expect.any(String) } }]);
    expect(read.assessments).toEqual([
      expect.objectContaining({ id: assessmentId, status: 'COMPLETED', outcome: 'AMBER', completedBy: c.qaOfficer.name, detailsVisible: false, localAuthority: { id: c.la.id }, version: { number: 1 } }),
    ]);
    expect(read.assessmentHistory.totalCount).toBe(1);
    await roleMatrix((actor) => actor.client.request(OUTCOME, { id: assessmentId }), {
      allowed: { schoolInOtherLa: c.otherHead, otherProvider: c.otherProviderManager },
      refused: { anonymous: c.anonymous },
    });
  });

  it('shows an assessment in progress only to the assessing LA and the provider', async () => {
    for (const reader of [c.qaOfficer, c.providerManager]) {
      const read = ok(await reader.client.request(OUTCOMES, { id: c.provider.id })).organisation;
      expect(read.assessments.map((a: { id: string }) => a.id)).toEqual([inProgressId, assessmentId]);
      expect(ok(await reader.client.request(OUTCOME, { id: inProgressId })).assessment).toMatchObject({ id: inProgressId, outcome: null });
    }
    for (const outsider of [c.otherHead, c.head, c.otherQaOfficer, c.otherProviderManager]) {
      const read = ok(await outsider.client.request(OUTCOMES, { id: c.provider.id })).organisation;
      expect(read.assessments.map((a: { id: string }) => a.id)).toEqual([assessmentId]);
      expect(read.assessmentHistory.totalCount).toBe(1);
      expect(ok(await outsider.client.request(OUTCOME, { id: inProgressId })).assessment).toBeNull();
    }
  });
});

describe('ratings, visits and action plans', () => {
  const readers = () => ({ assessingLa: c.qaOfficer, otherLa: c.otherQaOfficer, provider: c.providerManager, providerDsl });
  const outsiders = () => ({ schoolInOtherLa: c.otherHead, schoolInSameLa: c.head, otherProvider: c.otherProviderManager, anonymous: c.anonymous });

  it.each([
    ['ratings', RATINGS],
    ['the action plan', ACTION_PLAN],
    ['visits and the summary', VISITS],
  ])('%s: commissioners (LAs) and the provider itself; refused to schools without a placement and to other providers', async (_, query) => {
    await roleMatrix((actor) => actor.client.request(query, { id: assessmentId }), { allowed: readers(), refused: outsiders() });
  });

  it('tells who may see them, and refuses them with a clear FORBIDDEN while the outcome stays readable', async () => {
    const result: GraphQLResult = await c.otherHead.client.request(
      `query($id: ID!) { assessment(id: $id) { outcome detailsVisible } other: assessment(id: $id) { actionPlan { description } } }`,
      { id: assessmentId },
    );
    expect(result.data?.assessment).toEqual({ outcome: 'AMBER', detailsVisible: false });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.errors![0].message).toBe('Only commissioners and the provider itself can see ratings, visits and action plans.');
    expect(ok(await c.providerManager.client.request(OUTCOME, { id: assessmentId })).assessment.detailsVisible).toBe(true);
    const plan = ok(await c.providerManager.client.request(ACTION_PLAN, { id: assessmentId })).assessment.actionPlan;
    expect(plan).toEqual([{ description: 'Fix AT1', dueDate: daysFromToday(30), status: 'OPEN' }]);
  });

  it('a school becomes a commissioner with a placement at the provider: a sent one, not a draft', async () => {
    const school = await t.world.school(c.la, 'Placing School');
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const pupil = await pupilOf(t, school);
    await placementOf(t, head, { pupil, provider: c.provider, status: PlacementStatus.DRAFT });
    expect(errorCode(await head.client.request(RATINGS, { id: assessmentId }))).toBe('FORBIDDEN');
    await placementOf(t, head, { pupil, provider: c.provider, status: PlacementStatus.ACTIVE });
    expect(ok(await head.client.request(OUTCOME, { id: assessmentId })).assessment.detailsVisible).toBe(true);
    expect(ok(await head.client.request(RATINGS, { id: assessmentId })).assessment.ratings).not.toHaveLength(0);
  });

  it('records each read of the details in the audit log', async () => {
    const before = await auditReads();
    ok(await c.otherQaOfficer.client.request(ACTION_PLAN, { id: assessmentId }));
    expect(await auditReads()).toBe(before + 1);
  });

  it('are filtered by row-level security too: an outside school or provider reads no rows', async () => {
    const rows = async (member: Member, orgId: string) =>
      asApp(t, { userId: member.user.id, orgId }, async (tx) => {
        const counts: Record<string, number> = {};
        for (const table of ['qa_criterion_rating', 'qa_visit', 'qa_action_item', 'qa_assessment', 'qa_approval']) {
          const [row] = await tx.execute<{ n: number }[]>(`select count(*)::int as n from ${table} where provider_id = ?`, [c.provider.id]);
          counts[table] = row.n;
        }
        return counts;
      });
    const details = { qa_criterion_rating: 3, qa_visit: 1, qa_action_item: 1 };
    expect(await rows(c.otherHead, c.otherSchool.id)).toEqual({ qa_criterion_rating: 0, qa_visit: 0, qa_action_item: 0, qa_assessment: 1, qa_approval: 1 });
    expect(await rows(c.otherProviderManager, c.otherProvider.id)).toEqual({ qa_criterion_rating: 0, qa_visit: 0, qa_action_item: 0, qa_assessment: 1, qa_approval: 1 });
    expect(await rows(c.providerManager, c.provider.id)).toEqual({ ...details, qa_assessment: 2, qa_approval: 1 });
    expect(await rows(c.otherQaOfficer, c.otherLa.id)).toEqual({ ...details, qa_assessment: 1, qa_approval: 1 });
    expect(await rows(c.qaOfficer, c.la.id)).toEqual({ ...details, qa_assessment: 2, qa_approval: 1 });
  });
});

async function auditReads(): Promise<number> {
  const [row] = await t.owner().execute<{ n: number }[]>(
    `select count(*)::int as n from audit_event where action = 'read' and subject_type = 'QaAssessment' and subject_id = ? and user_id = ?`,
    [assessmentId, c.otherQaOfficer.user.id],
  );
  return row.n;
}

describe('no N+1 across a provider list', () => {
  it('reads approvals and assessment outcomes of 3 providers and of 9 with the same number of statements', async () => {
    const prefix = `Nplusone${Date.now()}`;
    const addAssessedProviders = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        const la = await t.world.la();
        const officer = await t.world.member(la, [Role.QA_OFFICER]);
        const own = await publishedFramework(officer);
        const provider = await t.world.provider({ la, name: prefix });
        await completedAssessment(officer, own, provider.id, 'GREEN');
        ok(
          await officer.client.request(DECIDE, {
            input: { frameworkId: own.frameworkId, providerId: provider.id, status: 'APPROVED', effectiveFrom: today() },
          }),
        );
      }
    };
    const query = `query($search: String!) {
      organisations(first: 100, filter: { search: $search, kind: PROVIDER }) {
        totalCount
        edges { node { id ... on Provider {
          approvals { status framework { name localAuthority { name } } assessment { outcome } }
          assessments { outcome completedAt version { number } framework { name } localAuthority { name } }
        } } }
      }
    }`;
    const run = async () => {
      let data: Record<string, any> = {};
      const statements = await t.countQueries(async () => {
        data = await c.otherHead.client.data(query, { search: prefix });
      });
      for (const { node } of data.organisations.edges) {
        expect(node.approvals).toEqual([expect.objectContaining({ status: 'APPROVED', assessment: { outcome: 'GREEN' } })]);
        expect(node.assessments).toEqual([expect.objectContaining({ outcome: 'GREEN', version: { number: 1 } })]);
      }
      return { providers: data.organisations.totalCount as number, statements };
    };
    await addAssessedProviders(3);
    const few = await run();
    await addAssessedProviders(6);
    const many = await run();
    expect(few.providers).toBe(3);
    expect(many.providers).toBe(9);
    expect(many.statements.length, many.statements.join('\n')).toBe(few.statements.length);
    expect(few.statements.length, few.statements.join('\n')).toBeLessThanOrEqual(15);
  });
});
