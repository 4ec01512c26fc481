import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import {
  DECIDE,
  asApp,
  completedAssessment,
  count,
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
const APPROVALS = `query($id: ID!, $frameworkId: ID) {
  organisation(id: $id) {
    ... on Provider {
      approvals { id status effectiveFrom reviewDate reason decidedBy framework { id name } localAuthority { id } assessment { id outcome } }
      approvalHistory(frameworkId: $frameworkId, first: 20) { totalCount edges { node { status reason } } }
    }
  }
}`;

let c: QaCast;
let framework: PublishedFramework;
beforeAll(async () => {
  c = await qaCast(t);
  framework = await publishedFramework(c.qaOfficer);
});

function refusal(result: GraphQLResult) {
  return { code: errorCode(result), field: errorField(result), message: result.errors?.[0]?.message };
}

const decide = (actor = c.qaOfficer, providerId: string, input: Record<string, unknown> = {}, on = framework) =>
  actor.client.request(DECIDE, { input: { frameworkId: on.frameworkId, providerId, status: 'APPROVED', effectiveFrom: today(), reviewDate: daysFromToday(365), ...input } });

/** A provider with a completed assessment of this outcome on the shared framework. */
async function assessedProvider(outcome = 'GREEN', ratings: Record<string, string> = {}) {
  const provider = await t.world.provider({ la: c.la });
  const assessmentId = await completedAssessment(c.qaOfficer, framework, provider.id, outcome, ratings);
  return { provider, assessmentId };
}

describe('deciding approval on a framework', () => {
  it('is for the framework’s LA: commissioners and QA officers', async () => {
    const { provider } = await assessedProvider();
    await roleMatrix((actor) => decide(actor, provider.id), {
      allowed: { commissioner: c.commissioner, qaOfficer: c.qaOfficer },
      refused: {
        otherLaQaOfficer: c.otherQaOfficer,
        schoolHead: c.head,
        providerManager: c.providerManager,
        designatedOfficer: c.designatedOfficer,
        anonymous: c.anonymous,
      },
    });
    expect(await count(t, 'qa_approval where provider_id = ?', [provider.id])).toBe(2);
  });

  it('records who decided, on which assessment, and shows it as the provider’s current standing', async () => {
    const { provider, assessmentId } = await assessedProvider();
    const decided = ok(await decide(c.commissioner, provider.id, { reason: ' Meets every criterion. ' })).decideApproval;
    expect(decided).toMatchObject({
      status: 'APPROVED',
      effectiveFrom: today(),
      reviewDate: daysFromToday(365),
      reason: 'Meets every criterion.',
      decidedBy: c.commissioner.name,
      assessment: { id: assessmentId, outcome: 'GREEN' },
      framework: { id: framework.frameworkId },
      provider: { id: provider.id },
    });
    const read = ok(await c.otherHead.client.request(APPROVALS, { id: provider.id })).organisation;
    expect(read.approvals).toEqual([
      expect.objectContaining({ id: decided.id, status: 'APPROVED', localAuthority: { id: c.la.id }, assessment: { id: assessmentId, outcome: 'GREEN' } }),
    ]);
  });

  it('needs a completed assessment on the framework that is not red (CONFLICT otherwise)', async () => {
    const unassessed = await t.world.provider({ la: c.la });
    expect(refusal(await decide(c.qaOfficer, unassessed.id))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/has no completed assessment on the .*: complete one before approving$/),
    });
    await startAssessment(c.qaOfficer, framework.versionId, unassessed.id);
    expect(refusal(await decide(c.qaOfficer, unassessed.id, { status: 'CONDITIONAL', reason: 'While in progress' }))).toMatchObject({ code: 'CONFLICT' });

    const { provider: red } = await assessedProvider('RED', { SG1: 'RED' });
    expect(refusal(await decide(c.qaOfficer, red.id))).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/was RED: a provider cannot be approved on a failing assessment$/),
    });

    // An assessment on another LA's framework does not count on this one.
    const elsewhere = await publishedFramework(c.otherQaOfficer);
    const { provider: other } = await assessedProvider();
    expect(refusal(await decide(c.otherQaOfficer, other.id, {}, elsewhere))).toMatchObject({ code: 'CONFLICT' });
    expect(await count(t, 'qa_approval where provider_id in (?, ?, ?)', [unassessed.id, red.id, other.id])).toBe(0);

    const { provider: amber } = await assessedProvider('AMBER', { AT1: 'AMBER' });
    expect(ok(await decide(c.qaOfficer, amber.id, { status: 'CONDITIONAL', reason: 'Action plan on attendance reporting' })).decideApproval.status).toBe('CONDITIONAL');
  });

  it('uses the latest completed assessment: a later red one stops a new approval', async () => {
    const { provider } = await assessedProvider('GREEN');
    ok(await decide(c.qaOfficer, provider.id));
    await completedAssessment(c.qaOfficer, framework, provider.id, 'RED', { INS1: 'RED' });
    expect(refusal(await decide(c.qaOfficer, provider.id))).toMatchObject({ code: 'CONFLICT' });
    expect(ok(await decide(c.qaOfficer, provider.id, { status: 'SUSPENDED', reason: 'Insurance lapsed' })).decideApproval.status).toBe('SUSPENDED');
  });

  it('cannot suspend or remove a provider that is not on the framework', async () => {
    const provider = await t.world.provider({ la: c.la });
    for (const status of ['SUSPENDED', 'REMOVED']) {
      expect(refusal(await decide(c.qaOfficer, provider.id, { status, reason: 'Concern raised' }))).toMatchObject({ code: 'CONFLICT' });
    }
    expect(await count(t, 'qa_approval where provider_id = ?', [provider.id])).toBe(0);
  });

  const invalid: { name: string; field: string; input: Record<string, unknown> }[] = [
    { name: 'conditional approval without a reason', field: 'reason', input: { status: 'CONDITIONAL', reason: '  ' } },
    { name: 'a review date before the effective date', field: 'reviewDate', input: { effectiveFrom: daysFromToday(10), reviewDate: daysFromToday(5) } },
    { name: 'a review date on the effective date', field: 'reviewDate', input: { reviewDate: today() } },
    { name: 'no effective date', field: 'effectiveFrom', input: { effectiveFrom: '' } },
    { name: 'an impossible effective date', field: 'effectiveFrom', input: { effectiveFrom: '2026-13-01' } },
    { name: 'an impossible review date', field: 'reviewDate', input: { reviewDate: 'next year' } },
    { name: 'an unknown provider', field: 'providerId', input: { providerId: randomUUID() } },
  ];
  it.each(invalid)('refuses $name with BAD_USER_INPUT on $field, and saves nothing', async ({ field, input }) => {
    const { provider } = await assessedProvider();
    const result = await decide(c.qaOfficer, provider.id, input);
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(t, 'qa_approval where provider_id = ?', [provider.id])).toBe(0);
  });

  it('keeps every decision as history; the latest is current', async () => {
    const { provider } = await assessedProvider();
    ok(await decide(c.qaOfficer, provider.id));
    ok(await decide(c.commissioner, provider.id, { status: 'SUSPENDED', reason: 'Safeguarding concern under investigation' }));
    ok(await decide(c.commissioner, provider.id, { status: 'APPROVED', reason: 'Concern closed; no further action' }));
    ok(await decide(c.commissioner, provider.id, { status: 'REMOVED', reason: 'Provider closed its Doncaster site' }));
    const read = ok(await c.otherHead.client.request(APPROVALS, { id: provider.id, frameworkId: framework.frameworkId })).organisation;
    expect(read.approvals.map((approval: { status: string }) => approval.status)).toEqual(['REMOVED']);
    expect(read.approvalHistory.totalCount).toBe(4);
    expect(read.approvalHistory.edges.map((edge: { node: { status: string } }) => edge.node.status)).toEqual(['REMOVED', 'APPROVED', 'SUSPENDED', 'APPROVED']);
    expect(refusal(await decide(c.qaOfficer, provider.id, { status: 'SUSPENDED', reason: 'Again' }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('lists the current standing of every provider on the framework', async () => {
    const own = await publishedFramework(c.qaOfficer);
    const approved = await t.world.provider({ la: c.la, name: 'Aardvark Learning' });
    const suspended = await t.world.provider({ la: c.la, name: 'Badger Tutors' });
    for (const provider of [approved, suspended]) {
      await completedAssessment(c.qaOfficer, own, provider.id, 'GREEN');
      ok(await decide(c.qaOfficer, provider.id, {}, own));
    }
    ok(await decide(c.qaOfficer, suspended.id, { status: 'SUSPENDED', reason: 'Under review' }, own));
    const LIST = `query($id: ID!, $status: QaApprovalStatus) { framework(id: $id) { currentApprovals(status: $status, first: 10) { totalCount edges { node { status provider { id } } } } } }`;
    const all = ok(await c.providerManager.client.request(LIST, { id: own.frameworkId })).framework.currentApprovals;
    expect(all.edges.map((edge: { node: { status: string; provider: { id: string } } }) => [edge.node.provider.id, edge.node.status])).toEqual([
      [approved.id, 'APPROVED'],
      [suspended.id, 'SUSPENDED'],
    ]);
    const onlyApproved = ok(await c.providerManager.client.request(LIST, { id: own.frameworkId, status: 'APPROVED' })).framework.currentApprovals;
    expect(onlyApproved.totalCount).toBe(1);
  });

  it('is append-only in the database: the app role can neither change nor delete a decision, even the LA that made it', async () => {
    const { provider } = await assessedProvider();
    const { id } = ok(await decide(c.qaOfficer, provider.id)).decideApproval;
    const owner = { userId: c.qaOfficer.user.id, orgId: c.la.id };
    await expect(asApp(t, owner, (tx) => tx.execute(`update qa_approval set status = 'REMOVED' where id = ?`, [id]))).rejects.toMatchObject({ code: '42501' });
    await expect(asApp(t, owner, (tx) => tx.execute(`delete from qa_approval where id = ?`, [id]))).rejects.toMatchObject({ code: '42501' });
    const forged = asApp(t, { userId: c.otherQaOfficer.user.id, orgId: c.otherLa.id }, (tx) =>
      tx.execute(
        `insert into qa_approval (id, framework_id, la_id, provider_id, status, effective_from, decided_by_id, decided_by_name, decided_at) values (?, ?, ?, ?, 'REMOVED', current_date, ?, 'x', now())`,
        [randomUUID(), framework.frameworkId, c.la.id, provider.id, c.otherQaOfficer.user.id],
      ),
    );
    await expect(forged).rejects.toMatchObject({ code: '42501' });
    expect(await count(t, `qa_approval where provider_id = ? and status = 'APPROVED'`, [provider.id])).toBe(1);
  });
});
