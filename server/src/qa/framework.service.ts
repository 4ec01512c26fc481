import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { requireActor } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Context } from '../graphql/context.js';
import { LocalAuthority } from '../organisations/organisation.entity.js';
import { assertLocalAuthorityCan } from './qa-access.js';
import { QaCriterion, QaFramework, QaFrameworkVersion, QaFrameworkVersionStatus } from './framework.entity.js';
import type { QaFrameworkDraftInput } from './framework.inputs.js';
import { validDraft, type CriterionContent, type DraftContent } from './framework.rules.js';

const ONLY_OWNER = 'Only the local authority that owns a framework can change it.';
export const PUBLISHED_IS_FROZEN = 'Published versions cannot change; create a new draft';

/** LA QA frameworks and their versions. Everyone signed in reads frameworks and published versions; the owning LA alone edits. */
export class FrameworkService {
  constructor(private readonly audit: AuditService) {}

  async byId(context: Context, id: string): Promise<QaFramework | null> {
    requireActor(context.auth.actor);
    const em = await context.tenant.em();
    return em.findOne(QaFramework, { id: asUuid(id) });
  }

  async versionById(context: Context, id: string): Promise<QaFrameworkVersion | null> {
    const actor = requireActor(context.auth.actor);
    const em = await context.tenant.em();
    const version = await em.findOne(QaFrameworkVersion, { id: asUuid(id) });
    return version && isVisible(actor, version) ? version : null;
  }

  async list(context: Context, localAuthorityId: string | null | undefined, page: PageArgs): Promise<Connection<QaFramework>> {
    requireActor(context.auth.actor);
    const { offset, limit } = pageWindow(page);
    const em = await context.tenant.em();
    const where = localAuthorityId ? { localAuthority: asUuid(localAuthorityId, 'localAuthorityId') } : {};
    const [items, total] = await em.findAndCount(QaFramework, where, { orderBy: { name: 'asc', id: 'asc' }, offset, limit });
    return toConnection(items, total, offset);
  }

  /** Frameworks of many LAs in one query (DataLoader batch function). */
  async frameworksOfLas(em: EntityManager, laIds: readonly string[]): Promise<QaFramework[][]> {
    const frameworks = await em.find(QaFramework, { localAuthority: { $in: [...laIds] } }, { orderBy: { name: 'asc', id: 'asc' } });
    return laIds.map((id) => frameworks.filter((framework) => framework.localAuthority.id === id));
  }

  /** Versions of a framework, newest first: published ones, and drafts of the actor's own LA. */
  async versionsOf(context: Context, frameworkId: string): Promise<QaFrameworkVersion[]> {
    const actor = requireActor(context.auth.actor);
    const versions = await context.loaders.versionsByFramework.load(frameworkId);
    return versions.filter((version) => isVisible(actor, version));
  }

  /** Versions of many frameworks, newest first (DataLoader batch function; row-level security hides other LAs' drafts). */
  async versionsOfFrameworks(em: EntityManager, frameworkIds: readonly string[]): Promise<QaFrameworkVersion[][]> {
    const versions = await em.find(QaFrameworkVersion, { framework: { $in: [...frameworkIds] } }, { orderBy: { number: 'desc' } });
    return frameworkIds.map((id) => versions.filter((version) => version.framework.id === id));
  }

  /** Criteria of many versions, in order. */
  async criteriaOfVersions(em: EntityManager, versionIds: readonly string[]): Promise<QaCriterion[][]> {
    const criteria = await em.find(QaCriterion, { version: { $in: [...versionIds] } }, { orderBy: { position: 'asc' } });
    return versionIds.map((id) => criteria.filter((criterion) => criterion.version.id === id));
  }

  async createFramework(context: Context, input: QaFrameworkDraftInput): Promise<QaFramework> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'framework:manage');
    const draft = validDraft(input);
    const em = await context.tenant.em();
    await this.assertNameFree(em, actor.organisationId, draft.name, null);
    const localAuthority = em.getReference(LocalAuthority, actor.organisationId);
    const framework = em.create(QaFramework, { localAuthority, name: draft.name, description: draft.description, createdAt: new Date() });
    const version = em.create(QaFrameworkVersion, {
      framework,
      localAuthority,
      number: 1,
      status: QaFrameworkVersionStatus.DRAFT,
      ...frequencyAndScale(draft),
      createdAt: new Date(),
    });
    addCriteria(em, version, draft.criteria);
    this.audit.record(em, context, { action: 'write', subjectType: 'QaFramework', subjectId: framework.id, operation: 'createFramework' });
    await em.flush();
    return framework;
  }

  async updateFrameworkDraft(context: Context, versionId: string, input: QaFrameworkDraftInput): Promise<QaFrameworkVersion> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'framework:manage');
    const em = await context.tenant.em();
    const version = await this.ownDraft(em, actor, versionId);
    const draft = validDraft(input);
    const framework = await version.framework.loadOrFail();
    await this.assertNameFree(em, actor.organisationId, draft.name, framework.id);
    framework.name = draft.name;
    framework.description = draft.description;
    Object.assign(version, frequencyAndScale(draft));
    // Deleted at once, so the new rows can reuse the codes under the (version, code) unique key.
    await em.nativeDelete(QaCriterion, { version: version.id });
    addCriteria(em, version, draft.criteria);
    this.audit.record(em, context, { action: 'write', subjectType: 'QaFrameworkVersion', subjectId: version.id, operation: 'updateFrameworkDraft' });
    await em.flush();
    return version;
  }

  async publishFrameworkVersion(context: Context, versionId: string): Promise<QaFrameworkVersion> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'framework:manage');
    const em = await context.tenant.em();
    const version = await this.ownDraft(em, actor, versionId);
    if (!(await em.count(QaCriterion, { version: version.id }))) throw badInput('criteria', 'Add at least one criterion before publishing');
    version.status = QaFrameworkVersionStatus.PUBLISHED;
    version.publishedAt = new Date();
    version.publishedById = actor.userId;
    this.audit.record(em, context, { action: 'write', subjectType: 'QaFrameworkVersion', subjectId: version.id, operation: 'publishFrameworkVersion' });
    await em.flush();
    return version;
  }

  /** A new draft copying the latest published version: the way to change a published framework. */
  async createFrameworkDraft(context: Context, frameworkId: string): Promise<QaFrameworkVersion> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'framework:manage');
    const em = await context.tenant.em();
    const framework = await em.findOne(QaFramework, { id: asUuid(frameworkId) });
    if (!framework) throw notFound('Framework');
    if (framework.localAuthority.id !== actor.organisationId) throw forbidden(ONLY_OWNER);
    const versions = await em.find(QaFrameworkVersion, { framework: framework.id }, { orderBy: { number: 'desc' } });
    const existing = versions.find((version) => !version.isPublished());
    if (existing) throw conflict(`Version ${existing.number} is already a draft; change that one`);
    const latest = versions.find((version) => version.isPublished());
    if (!latest) throw conflict('The framework has no published version to copy');
    const draft = em.create(QaFrameworkVersion, {
      framework,
      localAuthority: framework.localAuthority,
      number: versions[0].number + 1,
      status: QaFrameworkVersionStatus.DRAFT,
      ratingScale: latest.ratingScale,
      visitsPerYear: latest.visitsPerYear,
      monthsBetweenVisits: latest.monthsBetweenVisits,
      createdAt: new Date(),
    });
    const criteria = await em.find(QaCriterion, { version: latest.id }, { orderBy: { position: 'asc' } });
    addCriteria(em, draft, criteria);
    this.audit.record(em, context, { action: 'write', subjectType: 'QaFrameworkVersion', subjectId: draft.id, operation: 'createFrameworkDraft' });
    await em.flush();
    return draft;
  }

  /** A published version of a framework, for an assessment; drafts cannot be used. */
  async publishedVersion(em: EntityManager, versionId: string, field: string): Promise<QaFrameworkVersion> {
    const version = await em.findOne(QaFrameworkVersion, { id: asUuid(versionId, field) });
    if (!version) throw notFound('Framework version');
    if (!version.isPublished()) throw conflict('Draft versions cannot be used for assessments; publish the version first', field);
    return version;
  }

  private async ownDraft(em: EntityManager, actor: Actor, versionId: string): Promise<QaFrameworkVersion> {
    const version = await em.findOne(QaFrameworkVersion, { id: asUuid(versionId) });
    if (!version) throw notFound('Framework version');
    if (version.localAuthority.id !== actor.organisationId) throw forbidden(ONLY_OWNER);
    if (version.isPublished()) throw conflict(PUBLISHED_IS_FROZEN);
    return version;
  }

  private async assertNameFree(em: EntityManager, laId: string, name: string, exceptId: string | null): Promise<void> {
    const clash = await em.findOne(QaFramework, { localAuthority: laId, name: { $ilike: name.replace(/[%_\\]/g, '\\$&') } });
    if (clash && clash.id !== exceptId) throw conflict(`Your local authority already has a framework called ${clash.name}`, 'name');
  }
}

function isVisible(actor: Actor, version: QaFrameworkVersion): boolean {
  return version.isPublished() || version.localAuthority.id === actor.organisationId;
}

function frequencyAndScale(draft: DraftContent) {
  return { ratingScale: draft.ratingScale, visitsPerYear: draft.visitsPerYear, monthsBetweenVisits: draft.monthsBetweenVisits };
}

function addCriteria(em: EntityManager, version: QaFrameworkVersion, criteria: CriterionContent[]): void {
  criteria.forEach((criterion, index) =>
    em.create(QaCriterion, {
      version,
      localAuthority: version.localAuthority,
      position: index + 1,
      code: criterion.code,
      title: criterion.title,
      guidance: criterion.guidance,
      evidenceTypes: [...criterion.evidenceTypes],
    }),
  );
}
