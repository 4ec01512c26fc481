import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { requireActor } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Context } from '../graphql/context.js';
import { Provider } from '../organisations/organisation.entity.js';
import { User } from '../people/user.entity.js';
import { APPROVING, QaApproval, QaApprovalStatus } from './approval.entity.js';
import type { DecideApprovalInput } from './approval.inputs.js';
import { assertLocalAuthorityCan } from './qa-access.js';
import type { QaAssessment } from './assessment.entity.js';
import { parseDate } from './assessment.dates.js';
import type { AssessmentService } from './assessment.service.js';
import { FAILING, QaFramework } from './framework.entity.js';
import { optionalText } from './framework.rules.js';

/** The latest decision per provider and framework: the current standing. */
const CURRENT = `a.decided_at = (select max(x.decided_at) from qa_approval x where x.provider_id = a.provider_id and x.framework_id = a.framework_id)`;

/** Providers' standing on LA frameworks: append-only decisions, readable by everyone signed in. */
export class ApprovalService {
  constructor(
    private readonly audit: AuditService,
    private readonly assessments: AssessmentService,
  ) {}

  /** Current standing of many providers on every framework with a decision (DataLoader batch function). */
  async currentOfProviders(em: EntityManager, providerIds: readonly string[]): Promise<QaApproval[][]> {
    const approvals = await em
      .createQueryBuilder(QaApproval, 'a')
      .where({ provider: { $in: [...providerIds] } })
      .andWhere(CURRENT)
      .orderBy({ decidedAt: 'desc' })
      .getResultList();
    return providerIds.map((id) => approvals.filter((approval) => approval.provider.id === id));
  }

  async current(context: Context, providerId: string): Promise<QaApproval[]> {
    requireActor(context.auth.actor);
    return context.loaders.currentApprovalsByProvider.load(providerId);
  }

  /** Every decision on a provider (optionally on one framework), newest first. */
  async history(context: Context, providerId: string, frameworkId: string | null | undefined, page: PageArgs): Promise<Connection<QaApproval>> {
    requireActor(context.auth.actor);
    const { offset, limit } = pageWindow(page);
    const em = await context.tenant.em();
    const where = { provider: providerId, ...(frameworkId ? { framework: asUuid(frameworkId, 'frameworkId') } : {}) };
    const [items, total] = await em.findAndCount(QaApproval, where, { orderBy: { decidedAt: 'desc', id: 'asc' }, offset, limit });
    return toConnection(items, total, offset);
  }

  /** The current standing of every provider with a decision on a framework, by provider name. */
  async onFramework(context: Context, frameworkId: string, status: QaApprovalStatus | null | undefined, page: PageArgs): Promise<Connection<QaApproval>> {
    requireActor(context.auth.actor);
    const { offset, limit } = pageWindow(page);
    const em = await context.tenant.em();
    const query = em
      .createQueryBuilder(QaApproval, 'a')
      .join('a.provider', 'p')
      .where({ framework: frameworkId, ...(status ? { status } : {}) })
      .andWhere(CURRENT)
      .orderBy({ provider: { name: 'asc' }, id: 'asc' })
      .offset(offset)
      .limit(limit);
    const [items, total] = await query.getResultAndCount();
    return toConnection(items, total, offset);
  }

  async decideApproval(context: Context, input: DecideApprovalInput): Promise<QaApproval> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'approval:decide');
    const em = await context.tenant.em();
    const framework = await em.findOne(QaFramework, { id: asUuid(input.frameworkId, 'frameworkId') });
    if (!framework) throw notFound('Framework');
    if (framework.localAuthority.id !== actor.organisationId) {
      throw forbidden('Only the local authority that owns a framework can decide who is approved on it.');
    }
    const provider = await em.findOne(Provider, { id: asUuid(input.providerId, 'providerId') });
    if (!provider) throw badInput('providerId', 'Choose a provider');
    const effectiveFrom = parseDate(input.effectiveFrom, 'effectiveFrom', 'the date the decision takes effect');
    const reviewDate = input.reviewDate?.trim() ? parseDate(input.reviewDate, 'reviewDate', 'the review date') : null;
    if (reviewDate && reviewDate <= effectiveFrom) throw badInput('reviewDate', 'The review date must be after the date the decision takes effect');
    const reason = optionalText(input.reason, 'reason', 'The reason', 4000);
    if (!reason && input.status !== QaApprovalStatus.APPROVED) {
      throw badInput('reason', `Enter why the provider is ${STATUS_WORDS[input.status]}`);
    }
    let assessment: QaAssessment | null = null;
    if (APPROVING.includes(input.status)) assessment = await this.approvableAssessment(em, framework, provider);
    else await this.assertOnFramework(em, framework, provider, input.status);
    const officer = await em.findOneOrFail(User, actor.userId);
    const approval = em.create(QaApproval, {
      framework,
      localAuthority: framework.localAuthority,
      provider,
      assessment,
      status: input.status,
      effectiveFrom,
      reviewDate,
      reason: reason || null,
      decidedById: actor.userId,
      decidedByName: officer.displayName,
      decidedAt: new Date(),
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'QaApproval', subjectId: approval.id, operation: 'decideApproval' });
    await em.flush();
    return approval;
  }

  private async approvableAssessment(em: EntityManager, framework: QaFramework, provider: Provider): Promise<QaAssessment> {
    const assessment = await this.assessments.latestCompleted(em, provider.id, framework.id);
    if (!assessment) {
      throw conflict(`${provider.name} has no completed assessment on the ${framework.name}: complete one before approving`);
    }
    if (FAILING.includes(assessment.outcome!)) {
      throw conflict(
        `The latest assessment of ${provider.name} on the ${framework.name} was ${assessment.outcome}: a provider cannot be approved on a failing assessment`,
      );
    }
    return assessment;
  }

  private async assertOnFramework(em: EntityManager, framework: QaFramework, provider: Provider, status: QaApprovalStatus): Promise<void> {
    const current = await em.findOne(QaApproval, { provider: provider.id, framework: framework.id }, { orderBy: { decidedAt: 'desc' } });
    if (!current || current.status === QaApprovalStatus.REMOVED) {
      throw conflict(`${provider.name} is not on the ${framework.name}, so it cannot be ${STATUS_WORDS[status]}`);
    }
  }
}

const STATUS_WORDS: Record<QaApprovalStatus, string> = {
  APPROVED: 'approved',
  CONDITIONAL: 'approved on conditions',
  SUSPENDED: 'suspended',
  REMOVED: 'removed',
};
