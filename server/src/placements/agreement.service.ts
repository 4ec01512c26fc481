import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { can, requireMembership } from '../auth/permissions.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { ComplianceFinding } from '../compliance/finding.type.js';
import type { Context } from '../graphql/context.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { requireText } from '../organisations/identifiers.js';
import { Role } from '../people/role.js';
import { User } from '../people/user.entity.js';
import { parseDate } from '../qa/assessment.dates.js';
import { todayInEngland } from '../qa/evidence-dates.js';
import { optionalText } from '../qa/framework.rules.js';
import { AgreementParty, AgreementSignature, PlacementAgreement } from './agreement.entity.js';
import type { SignAgreementInput, UpdateAgreementInput } from './agreement.inputs.js';
import { type Placement, PlacementStatus } from './placement.entity.js';
import { assertCommissioner, type PlacementService } from './placement.service.js';
import type { PlanSnapshot } from './plan-snapshot.js';
import { hoursOf, validAgreementDates, validTimetable } from './timetable.js';

const PARTIES = Object.values(AgreementParty);
const SIGNABLE = [PlacementStatus.PROPOSED, PlacementStatus.AGREED, PlacementStatus.ACTIVE];
const MAX_COMMITMENTS = 30;
const PARTY_WORDS: Record<AgreementParty, string> = { SCHOOL: 'The school', PROVIDER: 'The provider', PARENT_CARER: 'The parent or carer' };

/**
 * Agreement versions and signatures. A version changes only while nobody has signed it (row-level
 * security refuses it too); changing what was agreed makes a new version that every party signs again.
 */
export class AgreementService {
  constructor(
    private readonly audit: AuditService,
    private readonly placements: PlacementService,
    private readonly compliance: { blockingFindings(em: EntityManager, placementId: string): Promise<ComplianceFinding[]> },
  ) {}

  async missingParties(context: Context, agreement: PlacementAgreement): Promise<AgreementParty[]> {
    const signatures = await context.loaders.signaturesByAgreement.load(agreement.id);
    return PARTIES.filter((party) => !signatures.some((s) => s.party === party));
  }

  async signedPlan(context: Context, agreement: PlacementAgreement): Promise<PlanSnapshot | null> {
    const signed = (await this.missingParties(context, agreement)).length < PARTIES.length;
    return signed ? ((agreement.planSnapshot as PlanSnapshot | undefined) ?? null) : null;
  }

  async updateAgreement(context: Context, input: UpdateAgreementInput): Promise<PlacementAgreement> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const agreement = await em.findOne(PlacementAgreement, { id: asUuid(input.agreementId, 'agreementId') });
    if (!agreement) throw notFound('Agreement');
    const placement = await this.placements.schoolPlacement(em, actor, agreement.placement.id);
    if (![PlacementStatus.DRAFT, ...SIGNABLE].includes(placement.status)) throw conflict(`The placement is ${placement.status.toLowerCase()}: its agreement can no longer change`);
    if (await this.signatureCount(em, agreement)) throw conflict('This version has been signed: start a new version to change it');
    const timetable = validTimetable(input.timetable);
    Object.assign(agreement, {
      providerCommitments: validCommitments(input.providerCommitments, 'providerCommitments'),
      schoolCommitments: validCommitments(input.schoolCommitments, 'schoolCommitments'),
      attendanceReporting: input.attendanceReporting,
      reviewIntervalWeeks: inRange(input.reviewIntervalWeeks, 1, 16, 'reviewIntervalWeeks', 'Weeks between reviews'),
      visitsPerTerm: inRange(input.visitsPerTerm, 0, 13, 'visitsPerTerm', 'Visits each term'),
      reportCadence: input.reportCadence,
      timetable,
      hoursPerWeek: hoursOf(timetable),
      ...validAgreementDates(input.startDate, input.proposedEndDate, placement.legalBasis),
      ...validCost(input.costPence, input.costBasis),
      otherTerms: optionalText(input.otherTerms, 'otherTerms', 'Other terms', 4000) || null,
    });
    return this.saved(em, context, agreement, 'updateAgreement');
  }

  /** Copies the signed latest version into a new one; an agreed placement waits for the signatures again, an active one carries on. */
  async newAgreementVersion(context: Context, placementId: string): Promise<PlacementAgreement> {
    const actor = assertCommissioner(context.auth.actor);
    const em = await context.tenant.em();
    const placement = await this.placements.schoolPlacement(em, actor, placementId);
    if (placement.status === PlacementStatus.DRAFT) throw conflict('The referral has not been sent: change the agreement itself');
    if (!SIGNABLE.includes(placement.status)) throw conflict(`The placement is ${placement.status.toLowerCase()}: its agreement can no longer change`);
    const latest = await this.placements.latestAgreement(em, placement.id);
    if (!(await this.signatureCount(em, latest))) throw conflict('Nobody has signed the latest version yet: change it instead');
    const next = em.create(PlacementAgreement, { ...termsOf(latest), placement, version: latest.version + 1, createdById: actor.userId });
    if (placement.status === PlacementStatus.AGREED) Object.assign(placement, { status: PlacementStatus.PROPOSED, agreedAt: null });
    await this.placements.syncPlanSnapshot(em, placement);
    await this.placements.tell(em, context, placement, {
      organisationId: placement.provider.id,
      roles: [Role.PROVIDER_MANAGER],
      kind: 'AGREEMENT_NEW_VERSION',
      title: `Version ${next.version} of ${placement.shared?.name ?? 'a pupil'}'s agreement needs signing`,
      body: `The school has changed the placement agreement. Read version ${next.version} and sign it.`,
      dedupeKey: `AGREEMENT_NEW_VERSION:${next.id}`,
    });
    return this.saved(em, context, next, 'newAgreementVersion');
  }

  /**
   * Records a party's signature on the latest version, once the referral is sent and no blocking
   * compliance finding stands. The plan snapshot the version already holds is what is signed
   * (PlacementService.syncPlanSnapshot). All three signatures agree the placement.
   */
  async signAgreement(context: Context, input: SignAgreementInput): Promise<PlacementAgreement> {
    const actor = assertMaySign(context.auth.actor, input.party);
    const em = await context.tenant.em();
    const agreement = await em.findOne(PlacementAgreement, { id: asUuid(input.agreementId, 'agreementId') });
    if (!agreement) throw notFound('Agreement');
    const placement = await this.placements.visiblePlacement(em, actor, agreement.placement.id);
    if (actor.organisationId !== signingOrganisation(placement, input.party)) throw notFound('Agreement');
    if (placement.status === PlacementStatus.DRAFT) throw conflict('Send the referral before signing the agreement');
    if (!SIGNABLE.includes(placement.status)) throw conflict(`The placement is ${placement.status.toLowerCase()}: its agreement can no longer be signed`);
    if ((await this.placements.latestAgreement(em, placement.id)).id !== agreement.id) throw conflict('Sign the latest version of the agreement');
    const signatures = await em.find(AgreementSignature, { agreement: agreement.id });
    if (signatures.some((s) => s.party === input.party)) throw conflict(`${PARTY_WORDS[input.party]} has already signed this version`, 'party');
    const signerName = requireText(input.signerName, 'signerName', 'the name of the person signing');
    const signerRole = optionalText(input.signerRole, 'signerRole', 'Their role', 200) || null;
    const signedOn = parseDate(input.signedOn, 'signedOn', 'the date of the signature');
    if (signedOn > todayInEngland()) throw badInput('signedOn', 'The date of the signature must be today or in the past');
    await this.assertNoBlockingFindings(em, placement.id);
    const recorder = await em.findOneOrFail(User, actor.userId);
    const signature = em.create(AgreementSignature, {
      agreement,
      party: input.party,
      signerName,
      signerRole,
      method: input.method,
      signedOn,
      recordedById: actor.userId,
      recordedByName: recorder.displayName,
    });
    if (signatures.length + 1 === PARTIES.length) await this.agreed(em, context, placement, agreement);
    this.audit.record(em, context, { action: 'write', subjectType: 'AgreementSignature', subjectId: signature.id, operation: 'signAgreement' });
    return this.saved(em, context, agreement, 'signAgreement');
  }

  /** Every party has signed: the placement is agreed (an active one carries on) and the other side hears of it. */
  private async agreed(em: EntityManager, context: Context, placement: Placement, agreement: PlacementAgreement): Promise<void> {
    if (placement.status === PlacementStatus.PROPOSED) placement.status = PlacementStatus.AGREED;
    placement.agreedAt = new Date();
    const byProvider = context.auth.actor?.organisationId === placement.provider.id;
    const pupil = placement.shared?.name ?? 'the pupil';
    await this.placements.tell(em, context, placement, {
      organisationId: byProvider ? placement.school.id : placement.provider.id,
      roles: byProvider ? [Role.HEADTEACHER, Role.AP_LEAD] : [Role.PROVIDER_MANAGER],
      kind: 'AGREEMENT_SIGNED',
      title: `Agreement signed: ${pupil}`,
      body: `Every party has signed version ${agreement.version} of ${pupil}'s placement agreement.`,
      dedupeKey: `AGREEMENT_SIGNED:${agreement.id}`,
    });
  }

  private async assertNoBlockingFindings(em: EntityManager, placementId: string): Promise<void> {
    const findings = await this.compliance.blockingFindings(em, placementId);
    if (!findings.length) return;
    throw new GraphQLError(`The agreement cannot be signed until this is resolved: ${findings.map((f) => f.title).join('; ')}`, {
      extensions: { code: 'CONFLICT', findings: findings.map((f) => ({ ...f })) },
    });
  }

  private signatureCount(em: EntityManager, agreement: PlacementAgreement): Promise<number> {
    return em.count(AgreementSignature, { agreement: agreement.id });
  }

  private async saved(em: EntityManager, context: Context, agreement: PlacementAgreement, operation: string): Promise<PlacementAgreement> {
    this.audit.record(em, context, { action: 'write', subjectType: 'PlacementAgreement', subjectId: agreement.id, operation });
    await em.flush();
    return agreement;
  }
}

/**
 * Who may sign for each party: the school and the provider through a member with agreement:sign;
 * the parent's or carer's signature (usually on paper) is recorded by a school member who signs or commissions.
 */
function assertMaySign(actor: Actor | null, party: AgreementParty): Actor & { organisationId: string } {
  const member = requireMembership(actor);
  const kind = party === AgreementParty.PROVIDER ? OrganisationKind.PROVIDER : OrganisationKind.SCHOOL;
  const allowed = can(member, 'agreement:sign') || (party === AgreementParty.PARENT_CARER && can(member, 'placement:commission'));
  if (member.organisationKind !== kind || !allowed) throw forbidden();
  return member;
}

/** What a version agreed, to copy into the next one. */
function termsOf(agreement: PlacementAgreement) {
  const { attendanceReporting, reviewIntervalWeeks, visitsPerTerm, reportCadence, hoursPerWeek, startDate, proposedEndDate, costPence, costBasis, otherTerms } = agreement;
  return {
    providerCommitments: [...agreement.providerCommitments],
    schoolCommitments: [...agreement.schoolCommitments],
    timetable: agreement.timetable.map((session) => ({ ...session })),
    attendanceReporting,
    reviewIntervalWeeks,
    visitsPerTerm,
    reportCadence,
    hoursPerWeek,
    startDate,
    proposedEndDate,
    costPence,
    costBasis,
    otherTerms,
  };
}

function signingOrganisation(placement: Placement, party: AgreementParty): string {
  return party === AgreementParty.PROVIDER ? placement.provider.id : placement.school.id;
}

function validCommitments(commitments: string[], field: string): string[] {
  const kept = commitments.map((text) => text.trim()).filter(Boolean);
  if (kept.length > MAX_COMMITMENTS) throw badInput(field, `Enter up to ${MAX_COMMITMENTS} commitments`);
  kept.forEach((text, index) => optionalText(text, `${field}[${index}]`, 'Each commitment', 1000));
  return kept;
}

function inRange(value: number, min: number, max: number, field: string, label: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, `${label} must be a whole number from ${min} to ${max}`);
  return value;
}

function validCost(costPence: number | null | undefined, costBasis: PlacementAgreement['costBasis']): Pick<PlacementAgreement, 'costPence' | 'costBasis'> {
  if (costPence === null || costPence === undefined) return { costPence: null, costBasis: costBasis ?? null };
  if (!Number.isInteger(costPence) || costPence < 0) throw badInput('costPence', 'The cost must be a whole number of pence, 0 or more');
  if (!costBasis) throw badInput('costBasis', 'Choose what the cost is charged per');
  return { costPence, costBasis };
}
