import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Context } from '../graphql/context.js';
import { requireText } from '../organisations/identifiers.js';
import { Provider } from '../organisations/organisation.entity.js';
import { User } from '../people/user.entity.js';
import { assertLocalAuthorityCan, canSeeAssessment } from './qa-access.js';
import { parseDate } from './assessment.dates.js';
import { QaActionItem, QaActionItemStatus, QaAssessment, QaAssessmentStatus, QaCriterionRating, QaVisit } from './assessment.entity.js';
import type {
  AddActionPlanItemInput,
  CompleteAssessmentInput,
  RateCriterionInput,
  RecordQaVisitInput,
  StartAssessmentInput,
} from './assessment.inputs.js';
import { todayInEngland } from './evidence-dates.js';
import { FAILING, NEEDS_ACTION, QaCriterion, QaFrameworkVersion, QaRating, RATINGS_OF_SCALE, type QaRatingScale } from './framework.entity.js';
import { optionalText, validEvidenceTypes } from './framework.rules.js';
import type { FrameworkService } from './framework.service.js';

const ONLY_ASSESSOR = 'Only the local authority that owns the framework can change its assessments.';
const DETAILS_FORBIDDEN = 'Only commissioners and the provider itself can see ratings, visits and action plans.';
export const COMPLETED_IS_READ_ONLY = 'This assessment is complete and cannot change';

/** Assessments of providers against published framework versions: ratings, QA visits, action plans, outcome. */
export class AssessmentService {
  constructor(
    private readonly audit: AuditService,
    private readonly frameworks: FrameworkService,
  ) {}

  async byId(context: Context, id: string): Promise<QaAssessment | null> {
    const actor = requireActor(context.auth.actor);
    const em = await context.tenant.em();
    const assessment = await em.findOne(QaAssessment, { id: asUuid(id) });
    return assessment && canSeeAssessment(actor, assessment) ? assessment : null;
  }

  /** Per provider: the latest completed assessment on each framework, and any in progress the actor may see. */
  async summaryOf(context: Context, providerId: string): Promise<QaAssessment[]> {
    const actor = requireActor(context.auth.actor);
    const assessments = await context.loaders.assessmentSummariesByProvider.load(providerId);
    return assessments.filter((assessment) => canSeeAssessment(actor, assessment));
  }

  /** DataLoader batch function for summaryOf. */
  async summariesOfProviders(em: EntityManager, providerIds: readonly string[]): Promise<QaAssessment[][]> {
    const assessments = await em
      .createQueryBuilder(QaAssessment, 'a')
      .where({ provider: { $in: [...providerIds] } })
      .andWhere(
        `(a.status = 'IN_PROGRESS' or a.completed_at = (select max(x.completed_at) from qa_assessment x
          where x.provider_id = a.provider_id and x.framework_id = a.framework_id and x.status = 'COMPLETED'))`,
      )
      .orderBy({ completedAt: 'desc nulls first', startedAt: 'desc' })
      .getResultList();
    return providerIds.map((id) => assessments.filter((assessment) => assessment.provider.id === id));
  }

  /** Every assessment of a provider (optionally on one framework) the actor may see, newest first. */
  async history(context: Context, providerId: string, frameworkId: string | null | undefined, page: PageArgs): Promise<Connection<QaAssessment>> {
    const actor = requireActor(context.auth.actor);
    return this.page(context, actor, { provider: providerId, ...(frameworkId ? { framework: asUuid(frameworkId, 'frameworkId') } : {}) }, page);
  }

  /** Assessments on one framework the actor may see, newest first, optionally of one status. */
  async onFramework(context: Context, frameworkId: string, status: QaAssessmentStatus | null | undefined, page: PageArgs): Promise<Connection<QaAssessment>> {
    const actor = requireActor(context.auth.actor);
    return this.page(context, actor, { framework: frameworkId, ...(status ? { status } : {}) }, page);
  }

  async startAssessment(context: Context, input: StartAssessmentInput): Promise<QaAssessment> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'assessment:conduct');
    const em = await context.tenant.em();
    const version = await this.frameworks.publishedVersion(em, input.frameworkVersionId, 'frameworkVersionId');
    if (version.localAuthority.id !== actor.organisationId) {
      throw forbidden('Only the local authority that owns a framework can assess providers against it.');
    }
    const provider = await em.findOne(Provider, { id: asUuid(input.providerId, 'providerId') });
    if (!provider) throw badInput('providerId', 'Choose a provider');
    const open = await em.count(QaAssessment, { provider: provider.id, framework: version.framework.id, status: QaAssessmentStatus.IN_PROGRESS });
    if (open) throw conflict(`An assessment of ${provider.name} on this framework is already in progress`, 'providerId');
    const assessment = em.create(QaAssessment, {
      framework: version.framework,
      version,
      localAuthority: version.localAuthority,
      provider,
      status: QaAssessmentStatus.IN_PROGRESS,
      startedAt: new Date(),
      startedById: actor.userId,
    });
    return this.saved(em, context, assessment, 'startAssessment');
  }

  async rateCriterion(context: Context, input: RateCriterionInput): Promise<QaCriterionRating> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'assessment:conduct');
    const em = await context.tenant.em();
    const assessment = await this.openAssessment(em, actor, input.assessmentId);
    const version = await assessment.version.loadOrFail();
    const criterion = await this.criterionOf(em, version, input.criterionId);
    if (!criterion) throw badInput('criterionId', 'Choose a criterion of the framework version being assessed');
    assertOnScale(input.rating, version.ratingScale, 'rating');
    const comment = optionalText(input.comment, 'comment', 'The comment', 4000);
    if (!comment && NEEDS_ACTION.includes(input.rating)) throw badInput('comment', `Explain the ${input.rating.toLowerCase()} rating`);
    const evidenceChecked = validEvidenceTypes(input.evidenceChecked ?? [], 'evidenceChecked');
    const officer = await em.findOneOrFail(User, actor.userId);
    const rated = { rating: input.rating, comment, evidenceChecked, ratedAt: new Date(), ratedById: actor.userId, ratedByName: officer.displayName };
    const rating =
      (await em.findOne(QaCriterionRating, { assessment: assessment.id, criterion: criterion.id })) ??
      em.create(QaCriterionRating, {
        assessment,
        criterion,
        localAuthority: assessment.localAuthority,
        provider: assessment.provider,
        ...rated,
      });
    Object.assign(rating, rated);
    this.audit.record(em, context, { action: 'write', subjectType: 'QaAssessment', subjectId: assessment.id, operation: 'rateCriterion' });
    await em.flush();
    return rating;
  }

  async recordQaVisit(context: Context, input: RecordQaVisitInput): Promise<QaVisit> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'assessment:conduct');
    const em = await context.tenant.em();
    const assessment = await this.openAssessment(em, actor, input.assessmentId);
    const visitDate = parseDate(input.visitDate, 'visitDate', 'the date of the visit');
    if (visitDate > todayInEngland()) throw badInput('visitDate', 'The date of the visit must be today or in the past');
    const visitor = requireText(input.visitor, 'visitor', 'who made the visit');
    const notes = optionalText(input.notes, 'notes', 'The notes', 10_000);
    if (await em.count(QaVisit, { assessment: assessment.id, visitDate, visitor })) {
      throw conflict(`A visit by ${visitor} on ${visitDate} is already recorded`, 'visitDate');
    }
    const visit = em.create(QaVisit, {
      assessment,
      localAuthority: assessment.localAuthority,
      provider: assessment.provider,
      visitDate,
      visitor,
      notes,
      recordedAt: new Date(),
      recordedById: actor.userId,
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'QaAssessment', subjectId: assessment.id, operation: 'recordQaVisit' });
    await em.flush();
    return visit;
  }

  async addActionPlanItem(context: Context, input: AddActionPlanItemInput): Promise<QaActionItem> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'assessment:conduct');
    const em = await context.tenant.em();
    const assessment = await this.openAssessment(em, actor, input.assessmentId);
    let criterion: QaCriterion | null = null;
    if (input.criterionId) {
      criterion = await this.criterionOf(em, await assessment.version.loadOrFail(), input.criterionId);
      if (!criterion) throw badInput('criterionId', 'Choose a criterion of the framework version being assessed');
    }
    const description = requireText(input.description, 'description', 'what must be done', 2000);
    const dueDate = parseDate(input.dueDate, 'dueDate', 'the due date');
    if (dueDate <= todayInEngland()) throw badInput('dueDate', 'The due date must be in the future');
    const owner = requireText(input.owner, 'owner', 'who owns the action');
    if (await em.count(QaActionItem, { assessment: assessment.id, criterion: criterion?.id ?? null, description })) {
      throw conflict('This action is already in the plan', 'description');
    }
    const item = em.create(QaActionItem, {
      assessment,
      localAuthority: assessment.localAuthority,
      provider: assessment.provider,
      criterion,
      description,
      dueDate,
      owner,
      status: QaActionItemStatus.OPEN,
      createdAt: new Date(),
      createdById: actor.userId,
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'QaAssessment', subjectId: assessment.id, operation: 'addActionPlanItem' });
    await em.flush();
    return item;
  }

  /** Following the plan up is the one change allowed after completion: judgements stay frozen, progress does not. */
  async updateActionPlanItemStatus(context: Context, id: string, status: QaActionItemStatus): Promise<QaActionItem> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'assessment:conduct');
    const em = await context.tenant.em();
    const item = await em.findOne(QaActionItem, { id: asUuid(id) });
    if (!item) throw notFound('Action');
    if (item.localAuthority.id !== actor.organisationId) throw forbidden(ONLY_ASSESSOR);
    item.status = status;
    item.doneAt = status === QaActionItemStatus.DONE ? (item.doneAt ?? new Date()) : null;
    this.audit.record(em, context, { action: 'write', subjectType: 'QaActionItem', subjectId: item.id, operation: 'updateActionPlanItemStatus' });
    await em.flush();
    return item;
  }

  async completeAssessment(context: Context, input: CompleteAssessmentInput): Promise<QaAssessment> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'assessment:conduct');
    const em = await context.tenant.em();
    const assessment = await this.openAssessment(em, actor, input.assessmentId);
    const version = await assessment.version.loadOrFail();
    assertOnScale(input.outcome, version.ratingScale, 'outcome');
    const criteria = await em.find(QaCriterion, { version: version.id }, { orderBy: { position: 'asc' } });
    const ratings = await em.find(QaCriterionRating, { assessment: assessment.id });
    const actions = await em.find(QaActionItem, { assessment: assessment.id });
    const ratingOf = new Map(ratings.map((rating) => [rating.criterion.id, rating.rating]));
    const unrated = criteria.filter((criterion) => !ratingOf.has(criterion.id));
    if (unrated.length) throw badInput('ratings', `Rate every criterion before completing: ${codes(unrated)} not rated yet`);
    const failing = criteria.filter((criterion) => FAILING.includes(ratingOf.get(criterion.id)!));
    if (failing.length && !NEEDS_ACTION.includes(input.outcome)) {
      throw badInput('outcome', `The outcome cannot be ${input.outcome} when ${codes(failing)} ${failing.length === 1 ? 'is' : 'are'} rated ${ratingOf.get(failing[0].id)}`);
    }
    const withAction = new Set(actions.map((action) => action.criterion?.id));
    const missing = criteria.filter((criterion) => NEEDS_ACTION.includes(ratingOf.get(criterion.id)!) && !withAction.has(criterion.id));
    if (missing.length) throw badInput('actionPlan', `Add an action to the plan for each amber, red or fail criterion: ${codes(missing)}`);
    const officer = await em.findOneOrFail(User, actor.userId);
    Object.assign(assessment, {
      status: QaAssessmentStatus.COMPLETED,
      outcome: input.outcome,
      summary: optionalText(input.summary, 'summary', 'The summary', 10_000) || null,
      completedAt: new Date(),
      completedById: actor.userId,
      completedByName: officer.displayName,
    });
    return this.saved(em, context, assessment, 'completeAssessment');
  }

  /** The latest completed assessment of a provider on a framework, or null. */
  async latestCompleted(em: EntityManager, providerId: string, frameworkId: string): Promise<QaAssessment | null> {
    return em.findOne(
      QaAssessment,
      { provider: providerId, framework: frameworkId, status: QaAssessmentStatus.COMPLETED },
      { orderBy: { completedAt: 'desc' } },
    );
  }

  /** Ratings, visit notes and action plans: the provider itself and its commissioners (batched per request). */
  async detailsVisible(context: Context, assessment: QaAssessment): Promise<boolean> {
    const providerId = assessment.provider.id;
    if (context.auth.actor?.organisationId === providerId) return true;
    return context.loaders.commissionerOf.load({ actor: context.auth.actor, providerId });
  }

  async summary(context: Context, assessment: QaAssessment): Promise<string | null> {
    await this.assertDetails(context, assessment, 'QaAssessment.summary');
    return assessment.summary ?? null;
  }

  async ratings(context: Context, assessment: QaAssessment): Promise<QaCriterionRating[]> {
    await this.assertDetails(context, assessment, 'QaAssessment.ratings');
    return context.loaders.ratingsByAssessment.load(assessment.id);
  }

  async visits(context: Context, assessment: QaAssessment): Promise<QaVisit[]> {
    await this.assertDetails(context, assessment, 'QaAssessment.visits');
    return context.loaders.visitsByAssessment.load(assessment.id);
  }

  async actionPlan(context: Context, assessment: QaAssessment): Promise<QaActionItem[]> {
    await this.assertDetails(context, assessment, 'QaAssessment.actionPlan');
    return context.loaders.actionPlanByAssessment.load(assessment.id);
  }

  /** DataLoader batch functions for the details of many assessments. */
  async ratingsOfAssessments(em: EntityManager, ids: readonly string[]): Promise<QaCriterionRating[][]> {
    const rows = await em.find(QaCriterionRating, { assessment: { $in: [...ids] } }, { populate: ['criterion'], orderBy: { criterion: { position: 'asc' } } });
    return ids.map((id) => rows.filter((row) => row.assessment.id === id));
  }

  async visitsOfAssessments(em: EntityManager, ids: readonly string[]): Promise<QaVisit[][]> {
    const rows = await em.find(QaVisit, { assessment: { $in: [...ids] } }, { orderBy: { visitDate: 'desc', recordedAt: 'desc' } });
    return ids.map((id) => rows.filter((row) => row.assessment.id === id));
  }

  async actionPlansOfAssessments(em: EntityManager, ids: readonly string[]): Promise<QaActionItem[][]> {
    const rows = await em.find(QaActionItem, { assessment: { $in: [...ids] } }, { orderBy: { dueDate: 'asc', createdAt: 'asc' } });
    return ids.map((id) => rows.filter((row) => row.assessment.id === id));
  }

  private async assertDetails(context: Context, assessment: QaAssessment, operation: string): Promise<void> {
    if (!(await this.detailsVisible(context, assessment))) throw forbidden(DETAILS_FORBIDDEN);
    this.audit.record(await context.tenant.em(), context, { action: 'read', subjectType: 'QaAssessment', subjectId: assessment.id, operation });
  }

  private async page(context: Context, actor: Actor, where: Record<string, unknown>, page: PageArgs): Promise<Connection<QaAssessment>> {
    const { offset, limit } = pageWindow(page);
    const em = await context.tenant.em();
    const visible = {
      $or: [
        { status: QaAssessmentStatus.COMPLETED },
        { localAuthority: actor.organisationId ?? null },
        { provider: actor.organisationId ?? null },
      ],
    };
    const [items, total] = await em.findAndCount(
      QaAssessment,
      { $and: [where, visible] },
      { orderBy: { completedAt: 'desc nulls first', startedAt: 'desc', id: 'asc' }, offset, limit },
    );
    return toConnection(items, total, offset);
  }

  private async openAssessment(em: EntityManager, actor: Actor, id: string): Promise<QaAssessment> {
    const assessment = await em.findOne(QaAssessment, { id: asUuid(id) });
    if (!assessment || !canSeeAssessment(actor, assessment)) throw notFound('Assessment');
    if (assessment.localAuthority.id !== actor.organisationId) throw forbidden(ONLY_ASSESSOR);
    if (assessment.isCompleted()) throw conflict(COMPLETED_IS_READ_ONLY);
    return assessment;
  }

  private criterionOf(em: EntityManager, version: QaFrameworkVersion, criterionId: string): Promise<QaCriterion | null> {
    return em.findOne(QaCriterion, { id: asUuid(criterionId, 'criterionId'), version: version.id });
  }

  private async saved(em: EntityManager, context: Context, assessment: QaAssessment, operation: string): Promise<QaAssessment> {
    this.audit.record(em, context, { action: 'write', subjectType: 'QaAssessment', subjectId: assessment.id, operation });
    await em.flush();
    return assessment;
  }
}

export function assertOnScale(rating: QaRating, scale: QaRatingScale, field: string): void {
  const allowed = RATINGS_OF_SCALE[scale];
  if (!allowed.includes(rating)) {
    throw badInput(field, `Choose ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}: this framework rates ${scale === 'RAG' ? 'red, amber or green' : 'pass or fail'}`);
  }
}

function codes(criteria: QaCriterion[]): string {
  return criteria.map((criterion) => `${criterion.code} ${criterion.title}`).join(', ');
}
