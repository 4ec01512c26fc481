import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { assertCan, can, requireMembership } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { Portal, portalLink } from '../notifications/links.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { Role } from '../people/role.js';
import { User } from '../people/user.entity.js';
import { assertStatus, notifyAfterCommit, pastDateWithin, providerPlacement, requiredNote } from '../placements/monitoring.rules.js';
import { PlacementStatus } from '../placements/placement.entity.js';
import { pastInstant } from './happened-at.js';
import { BehaviourIncident, IncidentSeverity } from './incident.entity.js';
import type { IncidentFilter, RecordIncidentDecisionInput, ReportIncidentInput } from './incident.inputs.js';

const SEVERITY_WORDS: Record<IncidentSeverity, string> = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high' };

/**
 * Serious behaviour incidents: the provider reports one, the school's AP leads are told and the
 * school decides the course of action (the seeds). Part of the placement record: whoever reads
 * the placement reads its incidents.
 */
export class IncidentService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async report(context: Context, input: ReportIncidentInput): Promise<BehaviourIncident> {
    const em = await context.tenant.em();
    const { actor, placement } = await providerPlacement(context, em, 'incident:report', input.placementId);
    assertStatus(placement, [PlacementStatus.ACTIVE], 'Incidents can be reported only while a placement is active');
    const occurredOn = pastDateWithin(placement, input.occurredOn, 'occurredOn', 'the date it happened');
    const reporter = await em.findOneOrFail(User, actor.userId);
    const incident = em.create(BehaviourIncident, {
      placement,
      reportedById: actor.userId,
      reportedByName: reporter.displayName,
      occurredAt: pastInstant(occurredOn, input.occurredTime, 'occurredTime'),
      description: requiredNote(input.description, 'description', 'what happened'),
      actionTaken: requiredNote(input.actionTaken, 'actionTaken', 'the action taken'),
      severity: input.severity,
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'BehaviourIncident', subjectId: incident.id, operation: 'reportIncident' });
    await em.flush();
    const provider = await placement.provider.loadOrFail();
    await notifyAfterCommit(context, em, this.notifications, {
      organisationId: placement.school.id,
      roles: [Role.AP_LEAD],
      kind: 'BEHAVIOUR_INCIDENT_REPORTED',
      title: `Behaviour incident reported by ${provider.name}`,
      body: `${provider.name} has reported a serious behaviour incident (${SEVERITY_WORDS[incident.severity]} severity) on a placement. Decide the course of action in the portal.`,
      link: portalLink(this.config.publicUrl, Portal.SCHOOL, '/incidents', {}),
    });
    return incident;
  }

  /** The school records its course of action, once. */
  async decide(context: Context, input: RecordIncidentDecisionInput): Promise<BehaviourIncident> {
    const actor = assertCan(context.auth.actor, 'incident:decide');
    if (actor.organisationKind !== OrganisationKind.SCHOOL) throw forbidden();
    const em = await context.tenant.em();
    const incident = await em.findOne(BehaviourIncident, { id: asUuid(input.id, 'id'), placement: { school: actor.organisationId } });
    if (!incident) throw notFound('Incident');
    if (incident.decidedAt) throw conflict('The course of action on this incident has already been decided.');
    const decider = await em.findOneOrFail(User, actor.userId);
    incident.decision = requiredNote(input.decision, 'decision', 'the course of action decided');
    incident.decisionById = actor.userId;
    incident.decisionByName = decider.displayName;
    incident.decidedAt = new Date();
    this.audit.record(em, context, { action: 'write', subjectType: 'BehaviourIncident', subjectId: incident.id, operation: 'recordIncidentDecision' });
    await em.flush();
    return incident;
  }

  async byId(context: Context, id: string): Promise<BehaviourIncident> {
    const actor = incidentReader(context.auth.actor);
    const em = await context.tenant.em();
    const incident = await em.findOne(BehaviourIncident, { $and: [{ id: asUuid(id) }, partyTo(actor)] });
    if (!incident) throw notFound('Incident');
    this.audit.record(em, context, { action: 'read', subjectType: 'BehaviourIncident', subjectId: incident.id, operation: 'behaviourIncident' });
    return incident;
  }

  /** Incidents on placements the actor's organisation is party to (school, provider or home LA), newest first. */
  async list(context: Context, filter: IncidentFilter, page: PageArgs): Promise<Connection<BehaviourIncident>> {
    const actor = incidentReader(context.auth.actor);
    const { offset, limit } = pageWindow(page);
    const em = await context.tenant.em();
    const where: FilterQuery<BehaviourIncident>[] = [partyTo(actor)];
    if (filter.placementId) where.push({ placement: asUuid(filter.placementId, 'placementId') });
    if (filter.undecided) where.push({ decidedAt: null });
    const [items, total] = await em.findAndCount(BehaviourIncident, { $and: where }, { orderBy: { occurredAt: 'desc', id: 'asc' }, offset, limit });
    this.audit.recordReads(em, context, 'BehaviourIncident', items.map((incident) => incident.id), 'behaviourIncidents');
    return toConnection(items, total, offset);
  }

  /** Incidents of many placements, newest first (DataLoader batch function). */
  async incidentsOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<BehaviourIncident[][]> {
    const incidents = await em.find(BehaviourIncident, { placement: { $in: [...placementIds] } }, { orderBy: { occurredAt: 'desc' } });
    return placementIds.map((id) => incidents.filter((incident) => incident.placement.id === id));
  }
}

/** Placement readers, and provider staff who report incidents. */
function incidentReader(actor: Actor | null): Actor & { organisationId: string } {
  const member = requireMembership(actor);
  if (!can(member, 'placement:read') && !can(member, 'incident:report')) throw forbidden();
  return member;
}

function partyTo(actor: Actor & { organisationId: string }): FilterQuery<BehaviourIncident> {
  const org = actor.organisationId;
  if (actor.organisationKind === OrganisationKind.SCHOOL) return { placement: { school: org } };
  if (actor.organisationKind === OrganisationKind.PROVIDER) return { placement: { provider: org } };
  return { placement: { localAuthority: org } };
}
