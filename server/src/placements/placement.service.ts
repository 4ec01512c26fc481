import { ref } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
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
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { Provider, School } from '../organisations/organisation.entity.js';
import { ProviderSite } from '../organisations/provider-site.entity.js';
import { Role } from '../people/role.js';
import { POLICY_DEFAULTS, SchoolApPolicy } from '../policies/school-policy.entity.js';
import { Pupil } from '../pupils/pupil.entity.js';
import { parseDate } from '../qa/assessment.dates.js';
import { formatLongDate, todayInEngland } from '../qa/evidence-dates.js';
import { optionalText } from '../qa/framework.rules.js';
import { requireText } from '../organisations/identifiers.js';
import { AgreementParty, AgreementSignature, PlacementAgreement } from './agreement.entity.js';
import { PlanObjective } from './objective.entity.js';
import { LegalBasis, Placement, PlacementReason, PlacementStatus, type SharedPupilSummary } from './placement.entity.js';
import type {
  CancelPlacementInput,
  PlacementFilter,
  SaveObjectiveInput,
  SendReferralInput,
  StartPlacementInput,
  StartReferralInput,
  UpdatePlanInput,
  UpdateReferralInput,
} from './placement.inputs.js';
import { snapshotOf } from './plan-snapshot.js';
import { sharedSummaryOf } from './pupil-summary.js';
import { attendancePattern, type AttendancePattern, validAgreementDates } from './timetable.js';

const LONG_TEXT = 4000;
const MAX_OBJECTIVES = 20;
/** The most a pupil could be taught at the home school in a week: 5 days of 6.5 hours. */
const MAX_HOME_SCHOOL_HOURS = 32.5;
const OPEN = [PlacementStatus.DRAFT, PlacementStatus.PROPOSED, PlacementStatus.AGREED, PlacementStatus.ACTIVE];
const CANCELLABLE = [PlacementStatus.DRAFT, PlacementStatus.PROPOSED, PlacementStatus.AGREED];
const COUNTS_TOWARDS_HOURS = [PlacementStatus.AGREED, PlacementStatus.ACTIVE];

type SchoolActor = Actor & { organisationId: string; membershipId: string };

/**
 * Placements from referral to the start: the school commissions (referral, plan, sending), the
 * provider sees sent referrals, local authorities oversee. Agreements and signatures are in
 * AgreementService; reviews, visits, reports and ending in the monitoring features.
 */
export class PlacementService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async reasons(context: Context): Promise<PlacementReason[]> {
    assertCan(context.auth.actor, 'placement:read');
    const em = await context.tenant.em();
    return em.find(PlacementReason, {}, { orderBy: { position: 'asc' } });
  }

  async list(context: Context, filter: PlacementFilter, page: PageArgs): Promise<Connection<Placement>> {
    const actor = assertCan(context.auth.actor, 'placement:read');
    const { offset, limit } = pageWindow(page);
    const em = await context.tenant.em();
    const query = em.createQueryBuilder(Placement, 'p').select('p.*');
    visibleTo(query, actor);
    if (filter.statuses?.length) query.andWhere({ status: { $in: filter.statuses } });
    if (filter.pupilId) query.andWhere({ pupil: asUuid(filter.pupilId, 'pupilId') });
    if (filter.providerId) query.andWhere({ provider: asUuid(filter.providerId, 'providerId') });
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // The pupil row is invisible to providers and host LAs (RLS): they match the shared name only.
      query.andWhere(
        `(p.shared_name ilike ? or exists (select 1 from pupil pu where pu.id = p.pupil_id and (
           concat_ws(' ', pu.legal_forename, pu.legal_surname) ilike ? or
           concat_ws(' ', coalesce(pu.preferred_forename, pu.legal_forename), coalesce(pu.preferred_surname, pu.legal_surname)) ilike ?)))`,
        [pattern, pattern, pattern],
      );
    }
    query.orderBy({ createdAt: 'desc', id: 'asc' }).offset(offset).limit(limit);
    const [items, total] = await query.getResultAndCount();
    this.audit.recordReads(em, context, 'Placement', items.map((p) => p.id), 'placements');
    return toConnection(items, total, offset);
  }

  async byId(context: Context, id: string): Promise<Placement> {
    const actor = assertCan(context.auth.actor, 'placement:read');
    const em = await context.tenant.em();
    const placement = await this.visiblePlacement(em, actor, id);
    this.audit.record(em, context, { action: 'read', subjectType: 'Placement', subjectId: placement.id, operation: 'placement' });
    return placement;
  }

  /** The placement if the actor may see it (checked here as well as by row-level security), else NOT_FOUND. */
  async visiblePlacement(em: EntityManager, actor: Actor, id: string): Promise<Placement> {
    const placement = await em.findOne(Placement, { id: asUuid(id) });
    if (!placement || !(await this.canSee(em, actor, placement))) throw notFound('Placement');
    return placement;
  }

  private async canSee(em: EntityManager, actor: Actor, placement: Placement): Promise<boolean> {
    const org = actor.organisationId;
    if (!org) return false;
    if (placement.school.id === org || placement.localAuthority.id === org) return true;
    if (placement.status === PlacementStatus.DRAFT) return false;
    if (placement.provider.id === org) return true;
    return actor.organisationKind === OrganisationKind.LOCAL_AUTHORITY && (await em.count(ProviderSite, { id: { $in: await this.siteIdsOf(em, placement.id) }, localAuthority: org })) > 0;
  }

  /** The pupil's record: only for the home school and its LA. Providers and host LAs get null (RLS would hide the row anyway). */
  async pupilOf(context: Context, placement: Placement): Promise<Pupil | null> {
    const org = context.auth.actor?.organisationId;
    if (!org || (org !== placement.school.id && org !== placement.localAuthority.id)) return null;
    return (await placement.pupil.load()) ?? null;
  }

  /** The shared snapshot; while a draft (seen by the school and its LA only), what sending would share. */
  async pupilSummaryOf(context: Context, placement: Placement): Promise<SharedPupilSummary> {
    // A draft's embedded summary hydrates with its columns' defaults but no name: nothing has been shared.
    if (placement.shared?.name) return placement.shared;
    const pupil = await this.pupilOf(context, placement);
    if (!pupil) throw notFound('Placement');
    return sharedSummaryOf(pupil);
  }

  async currentAgreementOf(context: Context, placementId: string): Promise<PlacementAgreement> {
    const [current] = await context.loaders.agreementsByPlacement.load(placementId);
    if (!current) throw notFound('Agreement');
    return current;
  }

  async attendancePatternOf(context: Context, placement: Placement): Promise<AttendancePattern> {
    const [agreement, threshold] = await Promise.all([
      this.currentAgreementOf(context, placement.id),
      context.loaders.fullTimeThresholdBySchool.load(placement.school.id),
    ]);
    return attendancePattern(agreement.hoursPerWeek, threshold);
  }

  viewerParty(context: Context, placement: Placement): AgreementParty | null {
    const org = context.auth.actor?.organisationId;
    if (org === placement.school.id) return AgreementParty.SCHOOL;
    if (org === placement.provider.id) return AgreementParty.PROVIDER;
    return null;
  }

  /**
   * Hours a week of education across settings: the timetables of agreed and active placements,
   * plus the home-school hours. Each placement records the same home-school hours, so they count once.
   */
  async weeklyHoursOf(context: Context, pupilId: string): Promise<number> {
    const placements = (await context.loaders.placementsByPupil.load(pupilId)).filter((p) => COUNTS_TOWARDS_HOURS.includes(p.status));
    const agreements = await Promise.all(placements.map((p) => this.currentAgreementOf(context, p.id)));
    const homeSchool = Math.max(0, ...placements.map((p) => p.homeSchoolHoursPerWeek));
    return agreements.reduce((sum, agreement) => sum + agreement.hoursPerWeek, homeSchool);
  }

  async startReferral(context: Context, input: StartReferralInput): Promise<Placement> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const pupil = await em.findOne(Pupil, { id: asUuid(input.pupilId), school: actor.organisationId });
    if (!pupil) throw notFound('Pupil');
    const school = await em.findOneOrFail(School, actor.organisationId);
    const placement = em.create(Placement, {
      pupil,
      school,
      localAuthority: school.localAuthority,
      status: PlacementStatus.DRAFT,
      createdById: actor.userId,
      ...(await this.referralFields(em, input)),
    } as Placement);
    placement.sites.set(await this.sitesOf(em, input.providerId, input.siteIds));
    em.create(PlacementAgreement, { placement, version: 1, ...(await agreementDefaults(em, school.id)), createdById: actor.userId });
    return this.saved(em, context, placement, 'startReferral');
  }

  /**
   * The referral can change while a draft, and after sending until the first signature: the
   * provider may ask for another site or a clearer graduated response before agreeing. Once anyone
   * has signed, what was signed stands; the provider changes only while a draft.
   */
  async updateReferral(context: Context, input: UpdateReferralInput): Promise<Placement> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const placement = await this.schoolPlacement(em, actor, input.placementId);
    if (placement.status !== PlacementStatus.DRAFT) {
      if (placement.status !== PlacementStatus.PROPOSED || (await this.currentIsSigned(em, placement.id))) {
        throw conflict('The referral cannot change once anyone has signed the agreement');
      }
      if (asUuid(input.providerId, 'providerId') !== placement.provider.id) {
        throw conflict('The provider cannot change once the referral is sent: cancel it and start a new referral', 'providerId');
      }
    }
    Object.assign(placement, await this.referralFields(em, input));
    placement.sites.set(await this.sitesOf(em, input.providerId, input.siteIds));
    return this.saved(em, context, placement, 'updateReferral');
  }

  async updatePlan(context: Context, input: UpdatePlanInput): Promise<Placement> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const placement = await this.planEditable(em, actor, input.placementId);
    Object.assign(placement.plan, {
      rationale: optionalText(input.rationale, 'rationale', 'The rationale', LONG_TEXT) || null,
      assessmentArrangements: optionalText(input.assessmentArrangements, 'assessmentArrangements', 'The assessment arrangements', LONG_TEXT) || null,
      reintegrationRoute: optionalText(input.reintegrationRoute, 'reintegrationRoute', 'The reintegration route', LONG_TEXT) || null,
      readinessCriteria: optionalText(input.readinessCriteria, 'readinessCriteria', 'The readiness criteria', LONG_TEXT) || null,
      linksToEhcPlan: input.linksToEhcPlan,
      linksToPep: input.linksToPep,
      linksToHealthPlan: input.linksToHealthPlan,
      linkedPlanNotes: optionalText(input.linkedPlanNotes, 'linkedPlanNotes', 'The notes on linked plans', LONG_TEXT) || null,
    });
    await this.syncPlanSnapshot(em, placement);
    return this.saved(em, context, placement, 'updatePlan');
  }

  async saveObjective(context: Context, input: SaveObjectiveInput): Promise<PlanObjective> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const placement = await this.planEditable(em, actor, input.placementId);
    const content = {
      description: requireText(input.description, 'description', 'what should improve', 1000),
      baseline: optionalText(input.baseline, 'baseline', 'The baseline', 1000) || null,
      target: requireText(input.target, 'target', 'the target', 1000),
      measure: requireText(input.measure, 'measure', 'how progress is measured', 1000),
      timeframe: requireText(input.timeframe, 'timeframe', 'the timeframe', 200),
    };
    const objectives = await this.objectivesOf(em, placement.id);
    let objective: PlanObjective | undefined;
    if (input.objectiveId) {
      objective = objectives.find((o) => o.id === asUuid(input.objectiveId!, 'objectiveId'));
      if (!objective) throw notFound('Objective');
      Object.assign(objective, content);
    } else {
      if (objectives.length >= MAX_OBJECTIVES) throw badInput('description', `A plan can have up to ${MAX_OBJECTIVES} objectives`);
      objective = em.create(PlanObjective, { placement, position: objectives.length + 1, ...content });
      objectives.push(objective);
    }
    await this.syncPlanSnapshot(em, placement, objectives);
    this.audit.record(em, context, { action: 'write', subjectType: 'PlanObjective', subjectId: objective.id, operation: 'saveObjective' });
    await em.flush();
    return objective;
  }

  async removeObjective(context: Context, id: string): Promise<Placement> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const objective = await em.findOne(PlanObjective, { id: asUuid(id, 'id') });
    if (!objective) throw notFound('Objective');
    const placement = await this.planEditable(em, actor, objective.placement.id);
    const rest = (await this.objectivesOf(em, placement.id)).filter((o) => o.id !== objective.id);
    em.remove(objective);
    rest.forEach((o, index) => (o.position = index + 1));
    await this.syncPlanSnapshot(em, placement, rest);
    this.audit.record(em, context, { action: 'write', subjectType: 'PlanObjective', subjectId: objective.id, operation: 'removeObjective' });
    return this.saved(em, context, placement, 'removeObjective');
  }

  /**
   * Sends the draft: checks it is complete, shares the pupil summary with the provider (a snapshot:
   * later changes to the pupil record do not reach the provider), and notifies the home school's
   * LA (every school-commissioned placement is notified automatically) and the provider's managers.
   */
  async sendReferral(context: Context, input: SendReferralInput): Promise<Placement> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const placement = await this.schoolPlacement(em, actor, input.placementId);
    if (placement.status !== PlacementStatus.DRAFT) throw conflict('The referral has already been sent');
    const needsSummary = optionalText(input.needsSummary, 'needsSummary', 'The summary of needs and risks', LONG_TEXT) || null;
    const agreement = await this.latestAgreement(em, placement.id);
    assertReadyToSend(agreement, placement.legalBasis, (await this.siteIdsOf(em, placement.id)).length);
    const pupil = await placement.pupil.loadOrFail();
    const now = new Date();
    Object.assign(placement, {
      status: PlacementStatus.PROPOSED,
      shared: sharedSummaryOf(pupil, { needsSummary, shareMedicalNeeds: input.shareMedicalNeeds, shareEmergencyContact: input.shareEmergencyContact }),
      proposedAt: now,
      laNotifiedAt: now,
    });
    await this.syncPlanSnapshot(em, placement);
    await this.notifyReferralSent(em, context, placement, agreement);
    return this.saved(em, context, placement, 'sendReferral');
  }

  async startPlacement(context: Context, input: StartPlacementInput): Promise<Placement> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const placement = await this.schoolPlacement(em, actor, input.placementId);
    if (placement.status !== PlacementStatus.AGREED) throw conflict('Only an agreed placement can start: every party must sign the agreement first');
    const startedOn = parseDate(input.startedOn, 'startedOn', 'the date the pupil started');
    if (startedOn > todayInEngland()) throw badInput('startedOn', 'The date the pupil started must be today or in the past');
    Object.assign(placement, { status: PlacementStatus.ACTIVE, startedOn });
    return this.saved(em, context, placement, 'startPlacement');
  }

  async cancelPlacement(context: Context, input: CancelPlacementInput): Promise<Placement> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const placement = await this.schoolPlacement(em, actor, input.placementId);
    if (!CANCELLABLE.includes(placement.status)) throw conflict('Only a placement that has not started can be cancelled: end an active placement instead');
    const endReason = requireText(input.reason, 'reason', 'why the placement is cancelled', 2000);
    const wasSent = placement.status !== PlacementStatus.DRAFT;
    Object.assign(placement, { status: PlacementStatus.CANCELLED, endReason });
    if (wasSent) {
      const school = await placement.school.loadOrFail();
      await this.tell(em, context, placement, {
        organisationId: placement.provider.id,
        roles: [Role.PROVIDER_MANAGER],
        kind: 'PLACEMENT_CANCELLED',
        title: `${school.name} has cancelled a referral`,
        body: `${school.name} has cancelled the placement of ${placement.shared?.name ?? 'a pupil'}: ${endReason}`,
      });
    }
    return this.saved(em, context, placement, 'cancelPlacement');
  }

  /** Notifies an organisation's members about the placement, e-mailing them after commit; the link opens it in their portal. */
  async tell(
    em: EntityManager,
    context: Context,
    placement: Placement,
    message: { organisationId: string; roles: Role[]; kind: string; title: string; body: string; dedupeKey?: string },
  ): Promise<void> {
    const portal = message.organisationId === placement.provider.id ? Portal.PROVIDER : Portal.SCHOOL;
    const emails = await this.notifications.notifyMembers(em, {
      ...message,
      link: portalLink(this.config.publicUrl, portal, `/placements/${placement.id}`, {}),
      dedupeKey: message.dedupeKey ?? `${message.kind}:${placement.id}`,
    });
    context.tenant.afterCommit(() => this.notifications.send(emails));
  }

  /** The school's own placement, for its commissioning work; NOT_FOUND for any other. */
  async schoolPlacement(em: EntityManager, actor: SchoolActor, id: string): Promise<Placement> {
    const placement = await em.findOne(Placement, { id: asUuid(id, 'placementId'), school: actor.organisationId });
    if (!placement) throw notFound('Placement');
    return placement;
  }

  /** Versions newest first. */
  async latestAgreement(em: EntityManager, placementId: string): Promise<PlacementAgreement> {
    return em.findOneOrFail(PlacementAgreement, { placement: placementId }, { orderBy: { version: 'desc' } });
  }

  async currentIsSigned(em: EntityManager, placementId: string): Promise<boolean> {
    const agreement = await this.latestAgreement(em, placementId);
    return (await em.count(AgreementSignature, { agreement: agreement.id })) > 0;
  }

  /**
   * Keeps the latest agreement's plan snapshot equal to the plan while nobody has signed it, so
   * the first signature (by whichever party, even one that cannot write the agreement) freezes
   * the plan as signed. The plan itself cannot change once signing starts (planEditable).
   */
  async syncPlanSnapshot(em: EntityManager, placement: Placement, objectives?: PlanObjective[]): Promise<void> {
    const agreement = await this.latestAgreement(em, placement.id);
    agreement.planSnapshot = snapshotOf(placement.plan, objectives ?? (await this.objectivesOf(em, placement.id)));
  }

  /** DataLoader batch functions. */
  async sitesOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<ProviderSite[][]> {
    const links = await em.execute<{ placement_id: string; site_id: string }[]>('select placement_id, site_id from placement_site where placement_id in (?)', [[...placementIds]]);
    const sites = await em.find(ProviderSite, { id: { $in: links.map((l) => l.site_id) } }, { orderBy: { name: 'asc' } });
    return placementIds.map((id) => sites.filter((site) => links.some((l) => l.placement_id === id && l.site_id === site.id)));
  }

  async objectivesOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<PlanObjective[][]> {
    const rows = await em.find(PlanObjective, { placement: { $in: [...placementIds] } }, { orderBy: { position: 'asc' } });
    return placementIds.map((id) => rows.filter((row) => row.placement.id === id));
  }

  async agreementsOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<PlacementAgreement[][]> {
    const rows = await em.find(PlacementAgreement, { placement: { $in: [...placementIds] } }, { orderBy: { version: 'desc' } });
    return placementIds.map((id) => rows.filter((row) => row.placement.id === id));
  }

  async signaturesOfAgreements(em: EntityManager, agreementIds: readonly string[]): Promise<AgreementSignature[][]> {
    const rows = await em.find(AgreementSignature, { agreement: { $in: [...agreementIds] } }, { orderBy: { recordedAt: 'asc' } });
    return agreementIds.map((id) => rows.filter((row) => row.agreement.id === id));
  }

  async placementsOfPupils(em: EntityManager, pupilIds: readonly string[]): Promise<Placement[][]> {
    const rows = await em.find(Placement, { pupil: { $in: [...pupilIds] } }, { orderBy: { createdAt: 'desc' } });
    return pupilIds.map((id) => rows.filter((row) => row.pupil.id === id));
  }

  /** The full-time threshold of each school's AP policy (the national default without one, or where RLS hides the policy). */
  async fullTimeThresholdsOfSchools(em: EntityManager, schoolIds: readonly string[]): Promise<number[]> {
    const policies = await em.find(SchoolApPolicy, { school: { $in: [...schoolIds] } });
    return schoolIds.map((id) => policies.find((p) => p.school.id === id)?.fullTimeHoursThreshold ?? POLICY_DEFAULTS.fullTimeHoursThreshold);
  }

  private async planEditable(em: EntityManager, actor: SchoolActor, placementId: string): Promise<Placement> {
    const placement = await this.schoolPlacement(em, actor, placementId);
    if (!OPEN.includes(placement.status)) throw conflict(`The placement is ${placement.status.toLowerCase()}: its plan can no longer change`);
    if (await this.currentIsSigned(em, placement.id)) {
      throw conflict('The plan is part of the signed agreement: start a new version of the agreement to change it');
    }
    return placement;
  }

  private objectivesOf(em: EntityManager, placementId: string): Promise<PlanObjective[]> {
    return em.find(PlanObjective, { placement: placementId }, { orderBy: { position: 'asc' } });
  }

  private async siteIdsOf(em: EntityManager, placementId: string): Promise<string[]> {
    const rows = await em.execute<{ site_id: string }[]>('select site_id from placement_site where placement_id = ?', [placementId]);
    return rows.map((row) => row.site_id);
  }

  private async referralFields(em: EntityManager, input: StartReferralInput | UpdateReferralInput): Promise<Partial<Placement>> {
    const provider = await em.findOne(Provider, { id: asUuid(input.providerId, 'providerId') });
    if (!provider) throw badInput('providerId', 'Choose a provider');
    const reason = await em.findOne(PlacementReason, { id: input.reasonId });
    if (!reason) throw badInput('reasonId', 'Choose the reason for the placement');
    if (!Number.isFinite(input.homeSchoolHoursPerWeek) || input.homeSchoolHoursPerWeek < 0 || input.homeSchoolHoursPerWeek > MAX_HOME_SCHOOL_HOURS) {
      throw badInput('homeSchoolHoursPerWeek', `Hours a week at the home school must be between 0 and ${MAX_HOME_SCHOOL_HOURS}`);
    }
    return {
      provider: ref(provider),
      reason: ref(reason),
      legalBasis: input.legalBasis,
      graduatedResponse: optionalText(input.graduatedResponse, 'graduatedResponse', 'The graduated response', LONG_TEXT) || null,
      parentInvolvement: optionalText(input.parentInvolvement, 'parentInvolvement', 'How the parent or carer was involved', LONG_TEXT) || null,
      pupilViews: optionalText(input.pupilViews, 'pupilViews', "The pupil's views", LONG_TEXT) || null,
      parentNoticeGivenOn: optionalDate(input.parentNoticeGivenOn, 'parentNoticeGivenOn', 'the date notice was given to the parent'),
      sendCaseworkerNotifiedOn: optionalDate(input.sendCaseworkerNotifiedOn, 'sendCaseworkerNotifiedOn', 'the date the SEND caseworker was told'),
      dualRegistered: input.dualRegistered,
      homeSchoolHoursPerWeek: input.homeSchoolHoursPerWeek,
      fullTimeMedicallyInappropriate: input.fullTimeMedicallyInappropriate,
    };
  }

  /** Every chosen site, all of the chosen provider: at least one (KCSIE: know where pupils are). */
  private async sitesOf(em: EntityManager, providerId: string, siteIds: string[]): Promise<ProviderSite[]> {
    if (!siteIds.length) throw badInput('siteIds', 'Choose at least one site the pupil will attend');
    const ids = [...new Set(siteIds.map((id) => asUuid(id, 'siteIds')))];
    const sites = await em.find(ProviderSite, { id: { $in: ids }, provider: asUuid(providerId, 'providerId') });
    if (sites.length !== ids.length) throw badInput('siteIds', "Choose sites of the chosen provider only");
    return sites;
  }

  private async notifyReferralSent(em: EntityManager, context: Context, placement: Placement, agreement: PlacementAgreement): Promise<void> {
    const [school, provider] = await Promise.all([placement.school.loadOrFail(), placement.provider.loadOrFail()]);
    const year = `a Year ${placement.shared!.yearGroup} pupil`;
    const pattern = attendancePattern(agreement.hoursPerWeek, await this.thresholdOf(em, school.id)) === 'FULL_TIME' ? 'full-time' : 'part-time';
    const terms = `${pattern}, ${agreement.hoursPerWeek} hours a week from ${formatLongDate(agreement.startDate!)}`;
    await this.tell(em, context, placement, {
      organisationId: placement.localAuthority.id,
      roles: [Role.COMMISSIONER, Role.QA_OFFICER],
      kind: 'PLACEMENT_NOTIFIED',
      title: `${school.name} has commissioned alternative provision`,
      body: `${school.name} has referred ${year} to ${provider.name} (${terms}). The placement record shows the plan and the agreement as it is signed.`,
    });
    await this.tell(em, context, placement, {
      organisationId: provider.id,
      roles: [Role.PROVIDER_MANAGER],
      kind: 'PLACEMENT_REFERRED',
      title: `New referral from ${school.name}`,
      body: `${school.name} has referred ${year} to ${provider.name} (${terms}). Read the referral and the plan, then sign the agreement.`,
    });
  }

  private async thresholdOf(em: EntityManager, schoolId: string): Promise<number> {
    const [threshold] = await this.fullTimeThresholdsOfSchools(em, [schoolId]);
    return threshold;
  }

  private async saved<T extends Placement>(em: EntityManager, context: Context, placement: T, operation: string): Promise<T> {
    this.audit.record(em, context, { action: 'write', subjectType: 'Placement', subjectId: placement.id, operation });
    await em.flush();
    return placement;
  }
}

/** Placement commissioning is school work: the permission, held in a school. */
export function assertCommissioner(actor: Actor | null): SchoolActor {
  const member = assertCan(actor, 'placement:commission');
  if (member.organisationKind !== OrganisationKind.SCHOOL) throw forbidden();
  return member;
}

/** Restricts a placement query to what the actor may see (the service twin of the placement RLS policy). */
function visibleTo(query: QueryBuilder<Placement>, actor: SchoolActor): void {
  const org = actor.organisationId;
  switch (actor.organisationKind) {
    case OrganisationKind.SCHOOL:
      query.where({ school: org });
      return;
    case OrganisationKind.PROVIDER:
      query.where({ provider: org, status: { $ne: PlacementStatus.DRAFT } });
      return;
    case OrganisationKind.LOCAL_AUTHORITY:
      query.where(
        `(p.la_id = ? or (p.status <> 'DRAFT' and exists (select 1 from placement_site ps join provider_site s on s.id = ps.site_id where ps.placement_id = p.id and s.local_authority_id = ?)))`,
        [org, org],
      );
      return;
    default:
      query.where('false');
  }
}

function optionalDate(value: string | null | undefined, field: string, label: string): string | null {
  return value?.trim() ? parseDate(value, field, label) : null;
}

/** Sites, a timetable and a start date, and the dates valid for the legal basis. */
function assertReadyToSend(agreement: PlacementAgreement, legalBasis: LegalBasis, siteCount: number): void {
  if (!siteCount) throw badInput('siteIds', 'Choose at least one site the pupil will attend');
  if (!agreement.timetable.length) throw badInput('timetable', 'Add at least one session to the timetable');
  if (!agreement.startDate) throw badInput('startDate', 'Enter the start date');
  validAgreementDates(agreement.startDate, agreement.proposedEndDate, legalBasis);
}

/** Agreement version 1 from the school's AP policy, or the national defaults without one. */
async function agreementDefaults(em: EntityManager, schoolId: string) {
  const policy = await em.findOne(SchoolApPolicy, { school: schoolId });
  return {
    attendanceReporting: policy?.attendanceReporting ?? POLICY_DEFAULTS.attendanceReporting,
    reviewIntervalWeeks: policy?.reviewIntervalWeeks ?? POLICY_DEFAULTS.reviewIntervalWeeks,
    visitsPerTerm: policy?.visitsPerTerm ?? POLICY_DEFAULTS.visitsPerTerm,
    reportCadence: policy?.reportCadence ?? POLICY_DEFAULTS.reportCadence,
    providerCommitments: [...(policy?.providerCommitments ?? [])],
    schoolCommitments: [...(policy?.schoolCommitments ?? [])],
    timetable: [],
    hoursPerWeek: 0,
  };
}
