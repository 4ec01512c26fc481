import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLResult } from '../../test/graphql-client.js';
import { useTestServer } from '../../test/harness.js';
import { roleMatrix } from '../../test/role-matrix.js';
import {
  ACTION,
  ACTION_STATUS,
  COMPLETE,
  NEW_DRAFT,
  PUBLISH,
  RATE,
  START,
  UPDATE_DRAFT,
  VISIT,
  completedAssessment,
  count,
  createDraft,
  daysFromToday,
  draftInput,
  ok,
  publishedFramework,
  qaCast,
  startAssessment,
  today,
  type PublishedFramework,
  type QaCast,
} from './framework.fixtures.js';

const t = useTestServer();
const ASSESSMENT = `query($id: ID!) {
  assessment(id: $id) {
    id status outcome completedBy version { id number criteria { code } }
    ratings { rating comment evidenceChecked criterion { code } }
    visits { visitDate visitor notes }
    actionPlan { description dueDate owner status criterion { code } }
  }
}`;

let c: QaCast;
let framework: PublishedFramework;
beforeAll(async () => {
  c = await qaCast(t);
  framework = await publishedFramework(c.qaOfficer);
});

const allowed = () => ({ qaOfficer: c.qaOfficer, commissioner: c.commissioner });
const refused = () => ({
  otherLaQaOfficer: c.otherQaOfficer,
  schoolHead: c.head,
  providerManager: c.providerManager,
  designatedOfficer: c.designatedOfficer,
  anonymous: c.anonymous,
});
const criterion = (code: string) => framework.criteria.find((x) => x.code === code)!.id;

/** A fresh provider with an assessment in progress on the shared framework. */
async function openAssessment(): Promise<string> {
  const provider = await t.world.provider({ la: c.la });
  return startAssessment(c.qaOfficer, framework.versionId, provider.id);
}

function refusal(result: GraphQLResult) {
  return { code: errorCode(result), field: errorField(result), message: result.errors?.[0]?.message };
}

describe('starting an assessment', () => {
  it('is for the framework’s LA: QA officers and commissioners', async () => {
    const providers = new Map<string, string>();
    await roleMatrix(
      async (actor, who) => {
        providers.set(who, (await t.world.provider({ la: c.la })).id);
        return actor.client.request(START, { input: { frameworkVersionId: framework.versionId, providerId: providers.get(who) } });
      },
      { allowed: allowed(), refused: refused() },
    );
    for (const [who, providerId] of providers) {
      expect({ who, assessments: await count(t, 'qa_assessment where provider_id = ?', [providerId]) }).toEqual({
        who,
        assessments: who in allowed() ? 1 : 0,
      });
    }
  });

  it('refuses a draft version with CONFLICT', async () => {
    const draft = await createDraft(c.qaOfficer);
    const result = await c.qaOfficer.client.request(START, { input: { frameworkVersionId: draft.versionId, providerId: c.provider.id } });
    expect(refusal(result)).toMatchObject({ code: 'CONFLICT', message: 'Draft versions cannot be used for assessments; publish the version first' });
    expect(await count(t, 'qa_assessment where framework_version_id = ?', [draft.versionId])).toBe(0);
  });

  it('refuses a second assessment of the same provider on the framework while one is in progress', async () => {
    const provider = await t.world.provider({ la: c.la });
    await startAssessment(c.qaOfficer, framework.versionId, provider.id);
    const again = await c.commissioner.client.request(START, { input: { frameworkVersionId: framework.versionId, providerId: provider.id } });
    expect(refusal(again)).toMatchObject({ code: 'CONFLICT', field: 'providerId' });
    expect(await count(t, 'qa_assessment where provider_id = ?', [provider.id])).toBe(1);
  });

  it('refuses an unknown provider or a school as the provider (BAD_USER_INPUT on providerId)', async () => {
    for (const providerId of [randomUUID(), c.school.id, 'nope']) {
      const result = await c.qaOfficer.client.request(START, { input: { frameworkVersionId: framework.versionId, providerId } });
      expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'providerId' });
    }
  });
});

describe('rating, visiting and planning actions', () => {
  it('rating a criterion is for the assessing LA’s officers only', async () => {
    const assessmentId = await openAssessment();
    await roleMatrix(
      (actor) => actor.client.request(RATE, { input: { assessmentId, criterionId: criterion('SG1'), rating: 'GREEN', comment: 'Policy seen.' } }),
      { allowed: allowed(), refused: refused() },
    );
    expect(await count(t, 'qa_criterion_rating where assessment_id = ?', [assessmentId])).toBe(1);
  });

  it('recording a QA visit is for the assessing LA’s officers only', async () => {
    const assessmentId = await openAssessment();
    await roleMatrix((actor, who) => actor.client.request(VISIT, { input: { assessmentId, visitDate: today(), visitor: who, notes: 'Met the DSL.' } }), {
      allowed: allowed(),
      refused: refused(),
    });
    expect(await count(t, 'qa_visit where assessment_id = ?', [assessmentId])).toBe(2);
  });

  it('adding to the action plan is for the assessing LA’s officers only', async () => {
    const assessmentId = await openAssessment();
    await roleMatrix(
      (actor, who) =>
        actor.client.request(ACTION, { input: { assessmentId, criterionId: criterion('AT1'), description: `Action by ${who}`, dueDate: daysFromToday(10), owner: 'Manager' } }),
      { allowed: allowed(), refused: refused() },
    );
    expect(await count(t, 'qa_action_item where assessment_id = ?', [assessmentId])).toBe(2);
  });

  it('completing is for the assessing LA’s officers only', async () => {
    const assessments = new Map<string, string>();
    await roleMatrix(
      async (actor, who) => {
        const assessmentId = await openAssessment();
        assessments.set(who, assessmentId);
        for (const x of framework.criteria) ok(await c.qaOfficer.client.request(RATE, { input: { assessmentId, criterionId: x.id, rating: 'GREEN' } }));
        return actor.client.request(COMPLETE, { input: { assessmentId, outcome: 'GREEN' } });
      },
      { allowed: allowed(), refused: refused() },
    );
    for (const [who, id] of assessments) {
      const [row] = await t.owner().execute<{ status: string }[]>('select status from qa_assessment where id = ?', [id]);
      expect({ who, status: row.status }).toEqual({ who, status: who in allowed() ? 'COMPLETED' : 'IN_PROGRESS' });
    }
  });

  it('marking an action done is for the assessing LA’s officers only', async () => {
    const assessmentId = await openAssessment();
    const item = ok(
      await c.qaOfficer.client.request(ACTION, { input: { assessmentId, description: 'Renew first aid certificates', dueDate: daysFromToday(20), owner: 'Manager' } }),
    ).addActionPlanItem;
    await roleMatrix((actor) => actor.client.request(ACTION_STATUS, { id: item.id, status: 'DONE' }), { allowed: allowed(), refused: refused() });
  });

  it('saves ratings (again replaces), visits and actions as given', async () => {
    const assessmentId = await openAssessment();
    ok(await c.qaOfficer.client.request(RATE, { input: { assessmentId, criterionId: criterion('SG1'), rating: 'RED', comment: 'No DSL named.', evidenceChecked: [] } }));
    const rerated = ok(
      await c.commissioner.client.request(RATE, {
        input: { assessmentId, criterionId: criterion('SG1'), rating: 'AMBER', comment: ' DSL named, training overdue. ', evidenceChecked: ['dsl_training', 'SAFEGUARDING_POLICY'] },
      }),
    ).rateCriterion;
    expect(rerated).toMatchObject({ rating: 'AMBER', comment: 'DSL named, training overdue.', evidenceChecked: ['DSL_TRAINING', 'SAFEGUARDING_POLICY'], criterion: { code: 'SG1' } });
    expect(rerated.ratedBy).toBe(c.commissioner.name);
    ok(await c.qaOfficer.client.request(VISIT, { input: { assessmentId, visitDate: daysFromToday(-3), visitor: ' Priya Shaw, QA officer ', notes: 'Saw the SCR.' } }));
    ok(await c.qaOfficer.client.request(ACTION, { input: { assessmentId, criterionId: criterion('SG1'), description: 'Book DSL refresher training', dueDate: daysFromToday(30), owner: 'DSL' } }));
    const read = ok(await c.qaOfficer.client.request(ASSESSMENT, { id: assessmentId })).assessment;
    expect(read).toMatchObject({
      status: 'IN_PROGRESS',
      outcome: null,
      ratings: [{ rating: 'AMBER', criterion: { code: 'SG1' } }],
      visits: [{ visitDate: daysFromToday(-3), visitor: 'Priya Shaw, QA officer', notes: 'Saw the SCR.' }],
      actionPlan: [{ description: 'Book DSL refresher training', dueDate: daysFromToday(30), owner: 'DSL', status: 'OPEN', criterion: { code: 'SG1' } }],
    });
  });

  const invalid: { name: string; field: string; run: (assessmentId: string) => Promise<GraphQLResult> }[] = [
    { name: 'a rating not on the scale', field: 'rating', run: (id) => rate(id, { rating: 'PASS' }) },
    { name: 'a criterion of another version', field: 'criterionId', run: (id) => rate(id, { criterionId: randomUUID() }) },
    { name: 'an amber rating without a comment', field: 'comment', run: (id) => rate(id, { rating: 'AMBER', comment: ' ' }) },
    { name: 'an unknown evidence type checked', field: 'evidenceChecked', run: (id) => rate(id, { evidenceChecked: ['DBS_CERTIFICATE'] }) },
    { name: 'a visit tomorrow', field: 'visitDate', run: (id) => visit(id, { visitDate: daysFromToday(1) }) },
    { name: 'a visit on 30 February', field: 'visitDate', run: (id) => visit(id, { visitDate: '2026-02-30' }) },
    { name: 'a visit with no date', field: 'visitDate', run: (id) => visit(id, { visitDate: '' }) },
    { name: 'a visit with no visitor', field: 'visitor', run: (id) => visit(id, { visitor: '  ' }) },
    { name: 'an action due today', field: 'dueDate', run: (id) => action(id, { dueDate: today() }) },
    { name: 'an action due on a made-up date', field: 'dueDate', run: (id) => action(id, { dueDate: '31/12/2030' }) },
    { name: 'an action with no description', field: 'description', run: (id) => action(id, { description: '' }) },
    { name: 'an action with no owner', field: 'owner', run: (id) => action(id, { owner: '' }) },
    { name: 'an action on another version’s criterion', field: 'criterionId', run: (id) => action(id, { criterionId: randomUUID() }) },
  ];
  const rate = (assessmentId: string, input: Record<string, unknown>) =>
    c.qaOfficer.client.request(RATE, { input: { assessmentId, criterionId: criterion('INS1'), rating: 'GREEN', comment: 'Fine', ...input } });
  const visit = (assessmentId: string, input: Record<string, unknown>) =>
    c.qaOfficer.client.request(VISIT, { input: { assessmentId, visitDate: today(), visitor: 'QA officer', ...input } });
  const action = (assessmentId: string, input: Record<string, unknown>) =>
    c.qaOfficer.client.request(ACTION, { input: { assessmentId, description: 'Do it', dueDate: daysFromToday(7), owner: 'Manager', ...input } });

  it.each(invalid)('refuses $name with BAD_USER_INPUT on $field, and saves nothing', async ({ field, run }) => {
    const assessmentId = await openAssessment();
    const audit = await count(t, 'audit_event where subject_id = ?', [assessmentId]);
    const result = await run(assessmentId);
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data).toBeNull();
    for (const table of ['qa_criterion_rating', 'qa_visit', 'qa_action_item']) {
      expect({ table, rows: await count(t, `${table} where assessment_id = ?`, [assessmentId]) }).toEqual({ table, rows: 0 });
    }
    expect(await count(t, 'audit_event where subject_id = ?', [assessmentId])).toBe(audit);
  });

  it('refuses the same visit or the same action twice (CONFLICT), keeping one', async () => {
    const assessmentId = await openAssessment();
    ok(await visit(assessmentId, { visitDate: daysFromToday(-1) }));
    expect(refusal(await visit(assessmentId, { visitDate: daysFromToday(-1) }))).toMatchObject({ code: 'CONFLICT', field: 'visitDate' });
    ok(await action(assessmentId, {}));
    expect(refusal(await action(assessmentId, {}))).toMatchObject({ code: 'CONFLICT', field: 'description' });
    expect(await count(t, 'qa_visit where assessment_id = ?', [assessmentId])).toBe(1);
    expect(await count(t, 'qa_action_item where assessment_id = ?', [assessmentId])).toBe(1);
  });
});

describe('completing an assessment', () => {
  async function rated(ratings: Record<string, string>, scale?: PublishedFramework): Promise<string> {
    const on = scale ?? framework;
    const provider = await t.world.provider({ la: c.la });
    const assessmentId = await startAssessment(c.qaOfficer, on.versionId, provider.id);
    for (const [code, rating] of Object.entries(ratings)) {
      ok(await c.qaOfficer.client.request(RATE, { input: { assessmentId, criterionId: on.criteria.find((x) => x.code === code)!.id, rating, comment: `${rating} because` } }));
    }
    return assessmentId;
  }
  const complete = (assessmentId: string, outcome: string) => c.qaOfficer.client.request(COMPLETE, { input: { assessmentId, outcome, summary: 'Summary' } });
  const statusOf = async (id: string) => (await t.owner().execute<{ status: string }[]>('select status from qa_assessment where id = ?', [id]))[0].status;

  it('needs every criterion rated (BAD_USER_INPUT on ratings)', async () => {
    const assessmentId = await rated({ SG1: 'GREEN' });
    const result = await complete(assessmentId, 'GREEN');
    expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'ratings', message: 'Rate every criterion before completing: INS1 Insurance, AT1 Attendance reporting not rated yet' });
    expect(await statusOf(assessmentId)).toBe('IN_PROGRESS');
  });

  it('needs an action in the plan for every amber or red criterion (BAD_USER_INPUT on actionPlan)', async () => {
    const assessmentId = await rated({ SG1: 'AMBER', INS1: 'GREEN', AT1: 'RED' });
    const missingBoth = await complete(assessmentId, 'AMBER');
    expect(refusal(missingBoth)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'actionPlan',
      message: 'Add an action to the plan for each amber, red or fail criterion: SG1 Safeguarding and child protection, AT1 Attendance reporting',
    });
    ok(await c.qaOfficer.client.request(ACTION, { input: { assessmentId, criterionId: criterion('SG1'), description: 'Train the DSL', dueDate: daysFromToday(30), owner: 'DSL' } }));
    // An action not tied to the red criterion does not cover it.
    ok(await c.qaOfficer.client.request(ACTION, { input: { assessmentId, description: 'General improvement', dueDate: daysFromToday(30), owner: 'Manager' } }));
    expect(refusal(await complete(assessmentId, 'AMBER'))).toMatchObject({ field: 'actionPlan', message: expect.stringMatching(/: AT1 Attendance reporting$/) });
    expect(await statusOf(assessmentId)).toBe('IN_PROGRESS');
    ok(await c.qaOfficer.client.request(ACTION, { input: { assessmentId, criterionId: criterion('AT1'), description: 'Same-day absence calls', dueDate: daysFromToday(14), owner: 'Manager' } }));
    const done = ok(await complete(assessmentId, 'AMBER')).completeAssessment;
    expect(done).toMatchObject({ status: 'COMPLETED', outcome: 'AMBER', completedBy: c.qaOfficer.name });
    expect(Date.parse(done.completedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses an outcome off the scale, or green when a criterion is red', async () => {
    const assessmentId = await rated({ SG1: 'GREEN', INS1: 'GREEN', AT1: 'RED' });
    ok(await c.qaOfficer.client.request(ACTION, { input: { assessmentId, criterionId: criterion('AT1'), description: 'Fix it', dueDate: daysFromToday(7), owner: 'Manager' } }));
    expect(refusal(await complete(assessmentId, 'PASS'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    expect(refusal(await complete(assessmentId, 'GREEN'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'outcome',
      message: 'The outcome cannot be GREEN when AT1 Attendance reporting is rated RED',
    });
    expect(await statusOf(assessmentId)).toBe('IN_PROGRESS');
    ok(await complete(assessmentId, 'RED'));
  });

  it('on a pass/fail framework takes PASS or FAIL, and a failed criterion needs an action', async () => {
    const passFail = await publishedFramework(c.qaOfficer, { ratingScale: 'PASS_FAIL' });
    const assessmentId = await rated({ SG1: 'PASS', INS1: 'PASS' }, passFail);
    const wrongScale = await c.qaOfficer.client.request(RATE, {
      input: { assessmentId, criterionId: passFail.criteria.find((x) => x.code === 'AT1')!.id, rating: 'GREEN', comment: 'x' },
    });
    expect(refusal(wrongScale)).toEqual({ code: 'BAD_USER_INPUT', field: 'rating', message: 'Choose PASS or FAIL: this framework rates pass or fail' });
    ok(await c.qaOfficer.client.request(RATE, { input: { assessmentId, criterionId: passFail.criteria.find((x) => x.code === 'AT1')!.id, rating: 'FAIL', comment: 'No procedure' } }));
    expect(refusal(await complete(assessmentId, 'FAIL'))).toMatchObject({ field: 'actionPlan' });
  });

  it('makes the assessment read-only: ratings, visits, actions and completing again are CONFLICT; only action progress changes', async () => {
    const provider = await t.world.provider({ la: c.la });
    const assessmentId = await completedAssessment(c.qaOfficer, framework, provider.id, 'AMBER', { INS1: 'AMBER' });
    const before = ok(await c.qaOfficer.client.request(ASSESSMENT, { id: assessmentId })).assessment;
    const attempts = [
      await c.qaOfficer.client.request(RATE, { input: { assessmentId, criterionId: criterion('INS1'), rating: 'GREEN' } }),
      await c.qaOfficer.client.request(VISIT, { input: { assessmentId, visitDate: today(), visitor: 'Late visitor' } }),
      await c.qaOfficer.client.request(ACTION, { input: { assessmentId, description: 'Late action', dueDate: daysFromToday(5), owner: 'Manager' } }),
      await c.qaOfficer.client.request(COMPLETE, { input: { assessmentId, outcome: 'GREEN' } }),
    ];
    for (const result of attempts) expect(refusal(result)).toMatchObject({ code: 'CONFLICT', message: 'This assessment is complete and cannot change' });
    const item = before.actionPlan[0];
    const [{ id: itemId }] = await t.owner().execute<{ id: string }[]>('select id from qa_action_item where assessment_id = ?', [assessmentId]);
    const doneItem = ok(await c.commissioner.client.request(ACTION_STATUS, { id: itemId, status: 'DONE' })).updateActionPlanItemStatus;
    expect(doneItem.status).toBe('DONE');
    expect(doneItem.doneAt).not.toBeNull();
    const after = ok(await c.qaOfficer.client.request(ASSESSMENT, { id: assessmentId })).assessment;
    expect(after).toEqual({ ...before, actionPlan: [{ ...item, status: 'DONE' }] });
  });
});

describe('versions and assessments', () => {
  it('an assessment keeps the version it used when the framework gets a new version', async () => {
    const own = await publishedFramework(c.qaOfficer);
    const provider = await t.world.provider({ la: c.la });
    const assessmentId = await completedAssessment(c.qaOfficer, own, provider.id, 'GREEN');
    const draft = ok(await c.qaOfficer.client.request(NEW_DRAFT, { frameworkId: own.frameworkId })).createFrameworkDraft;
    ok(await c.qaOfficer.client.request(UPDATE_DRAFT, { versionId: draft.id, input: draftInput({ criteria: [{ code: 'NEW1', title: 'Renamed criterion' }] }) }));
    ok(await c.qaOfficer.client.request(PUBLISH, { versionId: draft.id }));

    const read = ok(await c.head.client.request(`query($id: ID!) { assessment(id: $id) { version { id number criteria { code } } } }`, { id: assessmentId })).assessment;
    expect(read.version).toEqual({ id: own.versionId, number: 1, criteria: [{ code: 'SG1' }, { code: 'INS1' }, { code: 'AT1' }] });
    const ratings = ok(await c.qaOfficer.client.request(ASSESSMENT, { id: assessmentId })).assessment.ratings;
    expect(ratings.map((rating: { criterion: { code: string } }) => rating.criterion.code)).toEqual(['SG1', 'INS1', 'AT1']);

    // A new assessment uses version 2; the criteria of version 1 are not its criteria.
    const next = await startAssessment(c.qaOfficer, draft.id, provider.id);
    const wrong = await c.qaOfficer.client.request(RATE, { input: { assessmentId: next, criterionId: criterion('SG1'), rating: 'GREEN' } });
    expect(refusal(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'criterionId' });
  });
});

describe('unknown assessments', () => {
  it('are NOT_FOUND to write and null to read', async () => {
    const id = randomUUID();
    expect(errorCode(await c.qaOfficer.client.request(COMPLETE, { input: { assessmentId: id, outcome: 'GREEN' } }))).toBe('NOT_FOUND');
    expect(errorCode(await c.qaOfficer.client.request(ACTION_STATUS, { id, status: 'DONE' }))).toBe('NOT_FOUND');
    expect(ok(await c.qaOfficer.client.request(ASSESSMENT, { id })).assessment).toBeNull();
  });
});
