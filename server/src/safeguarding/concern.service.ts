import type { ObjectQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { assertCan } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { Portal, portalLink } from '../notifications/links.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { Role } from '../people/role.js';
import { User } from '../people/user.entity.js';
import { notifyAfterCommit, optionalNote, requiredNote, type Member } from '../placements/monitoring.rules.js';
import { Placement, PlacementStatus } from '../placements/placement.entity.js';
import { parseDate } from '../qa/assessment.dates.js';
import { todayInEngland } from '../qa/evidence-dates.js';
import { ChronologyEntryKind, type ConcernChronologyEntry } from './chronology.type.js';
import { ConcernAcknowledgement, ConcernSide, ConcernUpdate, ConcernUrgency, SafeguardingConcern } from './concern.entity.js';
import type { AddConcernUpdateInput, ConcernChronologyInput, ConcernFilter, RaiseConcernInput } from './concern.inputs.js';
import { pastInstant } from './happened-at.js';

/** Who reads concerns: a DSL for their school or provider, or the LA's designated officer (side null). */
interface Viewer {
  actor: Member;
  side: ConcernSide | null;
}

const URGENCY_WORDS: Record<ConcernUrgency, string> = {
  IMMEDIATE: 'immediate action needed',
  SAME_DAY: 'action needed today',
  ROUTINE: 'routine',
};

const OTHER_SIDE: Record<ConcernSide, ConcernSide> = { SCHOOL: ConcernSide.PROVIDER, PROVIDER: ConcernSide.SCHOOL };
const PORTAL_OF: Record<ConcernSide, Portal> = { SCHOOL: Portal.SCHOOL, PROVIDER: Portal.PROVIDER };

/** Outside the portal (e-mail, notification list) a concern is announced, never described. */
const PRIVACY_NOTE = 'For the pupil’s privacy the details are only in the portal.';

/**
 * Safeguarding concerns, DSL to DSL: only the designated safeguarding leads of the school and the
 * provider involved read them, and the home LA's designated officers when shared. Checked here
 * and again by row-level security on app.roles; every read is audited. Append-only.
 */
export class ConcernService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async raise(context: Context, input: RaiseConcernInput): Promise<SafeguardingConcern> {
    const { actor, side } = dslOf(context.auth.actor);
    const em = await context.tenant.em();
    const placement = await em.findOne(Placement, { id: asUuid(input.placementId, 'placementId') });
    if (!placement || sideOrganisation(placement, side) !== actor.organisationId) throw notFound('Placement');
    if (placement.status === PlacementStatus.DRAFT) throw conflict('A concern can be raised once the referral has been sent to the provider', 'placementId');
    const happenedOn = parseDate(input.happenedOn, 'happenedOn', 'the date it happened');
    if (happenedOn > todayInEngland()) throw badInput('happenedOn', 'The date it happened must be today or in the past');
    const raiser = await em.findOneOrFail(User, actor.userId);
    const concern = em.create(SafeguardingConcern, {
      placement,
      school: placement.school,
      provider: placement.provider,
      localAuthority: placement.localAuthority,
      raisedBySide: side,
      raisedById: actor.userId,
      raisedByName: raiser.displayName,
      category: input.category,
      whatHappened: requiredNote(input.whatHappened, 'whatHappened', 'what happened'),
      happenedAt: pastInstant(happenedOn, input.happenedTime, 'happenedTime'),
      actionsTaken: optionalNote(input.actionsTaken, 'actionsTaken', 'the actions taken'),
      urgency: input.urgency,
      sharedWithLa: input.sharedWithLa,
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'SafeguardingConcern', subjectId: concern.id, operation: 'raiseConcern' });
    await em.flush();
    const raisedBy = await actingOrganisation(em, actor);
    const what = `${raisedBy} has raised a safeguarding concern (${URGENCY_WORDS[concern.urgency]}) about a pupil on a placement you share. ${PRIVACY_NOTE}`;
    await this.tellOtherSide(context, em, concern, side, { kind: 'SAFEGUARDING_CONCERN_RAISED', title: `Safeguarding concern raised by ${raisedBy}`, body: what });
    if (concern.sharedWithLa) {
      await notifyAfterCommit(context, em, this.notifications, {
        organisationId: concern.localAuthority.id,
        roles: [Role.DESIGNATED_OFFICER],
        kind: 'SAFEGUARDING_CONCERN_SHARED',
        title: `Safeguarding concern shared by ${raisedBy}`,
        body: `${raisedBy} has raised a safeguarding concern (${URGENCY_WORDS[concern.urgency]}) about a pupil of a school in your area and shared it with you. ${PRIVACY_NOTE}`,
        link: portalLink(this.config.publicUrl, Portal.SCHOOL, `/safeguarding/${concern.id}`, {}),
      });
    }
    return concern;
  }

  async addUpdate(context: Context, input: AddConcernUpdateInput): Promise<SafeguardingConcern> {
    const { actor, side } = dslOf(context.auth.actor);
    const em = await context.tenant.em();
    const concern = await this.visibleConcern(em, { actor, side }, input.concernId, 'concernId');
    const author = await em.findOneOrFail(User, actor.userId);
    const update = em.create(ConcernUpdate, {
      concern,
      side,
      authorId: actor.userId,
      authorName: author.displayName,
      text: requiredNote(input.text, 'text', 'the update'),
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'ConcernUpdate', subjectId: update.id, operation: 'addConcernUpdate' });
    await em.flush();
    const by = await actingOrganisation(em, actor);
    await this.tellOtherSide(context, em, concern, side, {
      kind: 'SAFEGUARDING_CONCERN_UPDATED',
      title: `Update on a safeguarding concern from ${by}`,
      body: `${by} has added to the chronology of a safeguarding concern you share. ${PRIVACY_NOTE}`,
    });
    return concern;
  }

  /** The organisation that did not raise the concern confirms its DSL has it in hand; once per organisation. */
  async acknowledge(context: Context, id: string): Promise<SafeguardingConcern> {
    const { actor, side } = dslOf(context.auth.actor);
    const em = await context.tenant.em();
    const concern = await this.visibleConcern(em, { actor, side }, id, 'id');
    if (concern.raisedBySide === side) throw forbidden('The organisation that raised a concern does not acknowledge it.');
    if ((await em.count(ConcernAcknowledgement, { concern: concern.id, side })) > 0) throw conflict('Your organisation has already acknowledged this concern.');
    const user = await em.findOneOrFail(User, actor.userId);
    const acknowledgement = em.create(ConcernAcknowledgement, { concern, side, userId: actor.userId, userName: user.displayName });
    this.audit.record(em, context, { action: 'write', subjectType: 'ConcernAcknowledgement', subjectId: acknowledgement.id, operation: 'acknowledgeConcern' });
    await em.flush();
    const by = await actingOrganisation(em, actor);
    await this.tellOtherSide(context, em, concern, side, {
      kind: 'SAFEGUARDING_CONCERN_ACKNOWLEDGED',
      title: `${by} acknowledged a safeguarding concern`,
      body: `${by} has acknowledged the safeguarding concern your organisation raised. ${PRIVACY_NOTE}`,
    });
    return concern;
  }

  async byId(context: Context, id: string): Promise<SafeguardingConcern> {
    const viewer = viewerOf(context.auth.actor);
    const em = await context.tenant.em();
    const concern = await this.visibleConcern(em, viewer, id);
    this.audit.record(em, context, { action: 'read', subjectType: 'SafeguardingConcern', subjectId: concern.id, operation: 'concern' });
    return concern;
  }

  /** Concerns the viewer may read, newest first. */
  async list(context: Context, filter: ConcernFilter, page: PageArgs): Promise<Connection<SafeguardingConcern>> {
    const viewer = viewerOf(context.auth.actor);
    const { offset, limit } = pageWindow(page);
    const em = await context.tenant.em();
    const query = em.createQueryBuilder(SafeguardingConcern, 'c').select('c.*').where(visibleTo(viewer));
    if (filter.placementId) query.andWhere({ placement: asUuid(filter.placementId, 'placementId') });
    if (filter.pupilId) query.andWhere({ placement: { pupil: asUuid(filter.pupilId, 'pupilId') } });
    if (filter.unacknowledged) query.andWhere('not exists (select 1 from concern_acknowledgement a where a.concern_id = c.id)');
    query.orderBy({ createdAt: 'desc', id: 'asc' }).offset(offset).limit(limit);
    const [items, total] = await query.getResultAndCount();
    this.audit.recordReads(em, context, 'SafeguardingConcern', items.map((concern) => concern.id), 'concerns');
    return toConnection(items, total, offset);
  }

  /**
   * A pupil's safeguarding chronology, oldest first: every concern the viewer may read about the
   * pupil (a school DSL across the pupil's placements, a provider DSL on its own), with its updates
   * and acknowledgements.
   */
  async chronology(context: Context, input: ConcernChronologyInput): Promise<ConcernChronologyEntry[]> {
    const viewer = viewerOf(context.auth.actor);
    const em = await context.tenant.em();
    const pupilId = await pupilOfChronology(em, input);
    const concerns = await em.find(SafeguardingConcern, { $and: [visibleTo(viewer), { placement: { pupil: pupilId } }] });
    const ids = concerns.map((concern) => concern.id);
    const [updates, acknowledgements] = await Promise.all([this.updatesOfConcerns(em, ids), this.acknowledgementsOfConcerns(em, ids)]);
    this.audit.recordReads(em, context, 'SafeguardingConcern', ids, 'concernChronology');
    return concerns
      .flatMap((concern, index) => [
        { at: concern.createdAt, kind: ChronologyEntryKind.RAISED, side: concern.raisedBySide, by: concern.raisedByName, text: concern.whatHappened, concern },
        ...updates[index].map((update) => ({ at: update.createdAt, kind: ChronologyEntryKind.UPDATED, side: update.side, by: update.authorName, text: update.text, concern })),
        ...acknowledgements[index].map((ack) => ({ at: ack.acknowledgedAt, kind: ChronologyEntryKind.ACKNOWLEDGED, side: ack.side, by: ack.userName, text: null, concern })),
      ])
      .sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  /** Placements a DSL may raise a concern on: their organisation's, once the referral is sent; newest first. */
  async placementsToRaiseOn(context: Context, page: PageArgs): Promise<Connection<Placement>> {
    const { actor, side } = dslOf(context.auth.actor);
    const { offset, limit } = pageWindow(page);
    const em = await context.tenant.em();
    const party = side === ConcernSide.SCHOOL ? { school: actor.organisationId } : { provider: actor.organisationId };
    const [items, total] = await em.findAndCount(Placement, { ...party, status: { $ne: PlacementStatus.DRAFT } }, { orderBy: { createdAt: 'desc', id: 'asc' }, offset, limit });
    this.audit.recordReads(em, context, 'Placement', items.map((placement) => placement.id), 'concernPlacements');
    return toConnection(items, total, offset);
  }

  /** Whether the viewer's organisation still has to acknowledge the concern. */
  async awaitsAcknowledgementFrom(context: Context, concern: SafeguardingConcern): Promise<boolean> {
    const side = sideOfMember(context.auth.actor);
    if (!side || side === concern.raisedBySide) return false;
    const acknowledgements = await context.loaders.acknowledgementsByConcern.load(concern.id);
    return !acknowledgements.some((ack) => ack.side === side);
  }

  /** Updates of many concerns, oldest first (DataLoader batch function). */
  async updatesOfConcerns(em: EntityManager, concernIds: readonly string[]): Promise<ConcernUpdate[][]> {
    const updates = await em.find(ConcernUpdate, { concern: { $in: [...concernIds] } }, { orderBy: { createdAt: 'asc' } });
    return concernIds.map((id) => updates.filter((update) => update.concern.id === id));
  }

  /** Acknowledgements of many concerns (DataLoader batch function). */
  async acknowledgementsOfConcerns(em: EntityManager, concernIds: readonly string[]): Promise<ConcernAcknowledgement[][]> {
    const acknowledgements = await em.find(ConcernAcknowledgement, { concern: { $in: [...concernIds] } }, { orderBy: { acknowledgedAt: 'asc' } });
    return concernIds.map((id) => acknowledgements.filter((ack) => ack.concern.id === id));
  }

  private async visibleConcern(em: EntityManager, viewer: Viewer, id: string, field?: string): Promise<SafeguardingConcern> {
    const concern = await em.findOne(SafeguardingConcern, { $and: [{ id: asUuid(id, field) }, visibleTo(viewer)] });
    if (!concern) throw notFound('Concern');
    return concern;
  }

  /** In-app and (after commit) e-mail to the DSLs of the organisation on the other side from the actor. */
  private async tellOtherSide(
    context: Context,
    em: EntityManager,
    concern: SafeguardingConcern,
    actingSide: ConcernSide,
    message: { kind: string; title: string; body: string },
  ): Promise<void> {
    const other = OTHER_SIDE[actingSide];
    await notifyAfterCommit(context, em, this.notifications, {
      ...message,
      organisationId: other === ConcernSide.SCHOOL ? concern.school.id : concern.provider.id,
      roles: [Role.DSL],
      link: portalLink(this.config.publicUrl, PORTAL_OF[other], `/safeguarding/${concern.id}`, {}),
    });
  }
}

/** The side a school or provider member acts for; null for anyone else. */
function sideOfMember(actor: Actor | null): ConcernSide | null {
  if (actor?.organisationKind === OrganisationKind.SCHOOL) return ConcernSide.SCHOOL;
  if (actor?.organisationKind === OrganisationKind.PROVIDER) return ConcernSide.PROVIDER;
  return null;
}

/** A DSL of a school or provider, who raises, adds to and acknowledges concerns for their side. */
function dslOf(actor: Actor | null): { actor: Member; side: ConcernSide } {
  const member = assertCan(actor, 'concern:raise');
  const side = sideOfMember(member);
  if (!side) throw forbidden();
  return { actor: member, side };
}

function viewerOf(actor: Actor | null): Viewer {
  // concern:read is held by DSLs (schools, providers) and designated officers (LAs) only.
  const member = assertCan(actor, 'concern:read');
  const side = sideOfMember(member);
  if (side) return { actor: member, side };
  if (member.organisationKind === OrganisationKind.LOCAL_AUTHORITY) return { actor: member, side: null };
  throw forbidden();
}

/** The service's own line of the tenancy rule (row-level security is the second). */
function visibleTo(viewer: Viewer): ObjectQuery<SafeguardingConcern> {
  const org = viewer.actor.organisationId;
  if (viewer.side === ConcernSide.SCHOOL) return { school: org };
  if (viewer.side === ConcernSide.PROVIDER) return { provider: org };
  return { localAuthority: org, sharedWithLa: true };
}

function sideOrganisation(placement: Placement, side: ConcernSide): string {
  return side === ConcernSide.SCHOOL ? placement.school.id : placement.provider.id;
}

async function actingOrganisation(em: EntityManager, actor: Member): Promise<string> {
  return (await em.findOneOrFail(Organisation, actor.organisationId)).name;
}

async function pupilOfChronology(em: EntityManager, input: ConcernChronologyInput): Promise<string> {
  if (Boolean(input.placementId) === Boolean(input.pupilId)) throw badInput('placementId', 'Choose either a placement or a pupil');
  if (input.pupilId) return asUuid(input.pupilId, 'pupilId');
  const placement = await em.findOne(Placement, { id: asUuid(input.placementId!, 'placementId') });
  if (!placement) throw notFound('Placement');
  return placement.pupil.id;
}
