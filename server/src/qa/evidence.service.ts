import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, requireActor } from '../auth/permissions.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { LocalAuthority, Provider } from '../organisations/organisation.entity.js';
import { User } from '../people/user.entity.js';
import { Document } from './documents.entity.js';
import { EVIDENCE_CATALOGUE, EvidenceDetail, evidenceType, type EvidenceType } from './evidence-catalogue.js';
import { addDays, addMonths, todayInEngland } from './evidence-dates.js';
import { evidenceStatus } from './evidence-status.js';
import { EvidenceVerification, EvidenceVersion } from './evidence.entity.js';
import type { AddEvidenceVersionInput } from './evidence.inputs.js';
import { EvidenceItem } from './evidence.types.js';
import { assertLocalAuthorityCan } from './qa-access.js';

/** The first edition of Keeping children safe in education. */
const FIRST_KCSIE_YEAR = 2014;

type Details = Pick<EvidenceVersion, 'coverAmount' | 'kcsieYear' | 'reportsChangesUndertaking' | 'trainedStaffCount' | 'courseName'>;

/**
 * A provider's evidence: versions kept by its managers, readable (with document details) by every
 * signed-in user, verified by LA officers. Status is worked out on every read, never stored.
 */
export class EvidenceService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
  ) {}

  catalogue(context: Context): readonly EvidenceType[] {
    requireActor(context.auth.actor);
    return EVIDENCE_CATALOGUE;
  }

  evidenceOf(context: Context, providerId: string): Promise<EvidenceItem[]> {
    requireActor(context.auth.actor);
    return context.loaders.evidenceByProvider.load(providerId);
  }

  /** Every catalogue item of many providers from one query (DataLoader batch function). */
  async evidenceOfProviders(em: EntityManager, providerIds: readonly string[]): Promise<EvidenceItem[][]> {
    const versions = await em.find(EvidenceVersion, { provider: { $in: [...providerIds] } }, { orderBy: { number: 'desc' } });
    const today = todayInEngland();
    return providerIds.map((providerId) => {
      const own = versions.filter((version) => version.provider.id === providerId);
      return EVIDENCE_CATALOGUE.map((type) => this.item(type, own.filter((version) => version.type === type.code), today));
    });
  }

  /** Verifications of many versions in one query (DataLoader batch function), oldest first. */
  async verificationsOfVersions(em: EntityManager, versionIds: readonly string[]): Promise<EvidenceVerification[][]> {
    const verifications = await em.find(EvidenceVerification, { version: { $in: [...versionIds] } }, { orderBy: { verifiedAt: 'asc', id: 'asc' } });
    return versionIds.map((id) => verifications.filter((verification) => verification.version.id === id));
  }

  /** Adds the next version of one kind of evidence for the actor's own provider; earlier versions stay as they were. */
  async addVersion(context: Context, input: AddEvidenceVersionInput): Promise<EvidenceItem> {
    const actor = assertCan(context.auth.actor, 'qa-record:edit');
    const em = await context.tenant.em();
    const provider = await em.findOne(Provider, { id: actor.organisationId });
    if (!provider) throw forbidden('Only a provider keeps evidence.');
    const type = evidenceType(input.type);
    const document = await em.findOne(Document, { id: asUuid(input.documentId, 'documentId'), owner: provider.id });
    if (!document) throw notFound('Document');
    const issuer = checkedIssuer(type, input.issuer);
    const details = checkedDetails(type, input);
    const { validFrom, expiresOn } = checkedDates(type, input);

    const history = await em.find(EvidenceVersion, { provider, type: type.code }, { orderBy: { number: 'desc' }, populate: ['document'] });
    const current = history[0];
    if (current && current.validFrom === validFrom && current.expiresOn === expiresOn && current.document.getEntity().sha256 === document.sha256) {
      throw conflict('This document, with these dates, is already the current version', 'documentId');
    }
    const uploader = await em.findOneOrFail(User, { id: actor.userId });
    const version = em.create(EvidenceVersion, {
      provider,
      type: type.code,
      number: (current?.number ?? 0) + 1,
      document,
      issuer,
      validFrom,
      expiresOn,
      ...details,
      uploadedBy: uploader,
      uploadedByName: uploader.displayName,
      uploadedAt: new Date(),
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'EvidenceVersion', subjectId: version.id, operation: 'addEvidenceVersion' });
    await flushOrConflict(em, 'Someone else added a version of this evidence at the same time. Reload the page and try again.');
    return this.item(type, [version, ...history], todayInEngland());
  }

  /** Records that the actor's LA checked this version. Verifying again returns it unchanged (one verification per LA). */
  async verify(context: Context, versionId: string): Promise<EvidenceVersion> {
    const actor = assertLocalAuthorityCan(context.auth.actor, 'evidence:verify');
    const em = await context.tenant.em();
    const version = await em.findOne(EvidenceVersion, { id: asUuid(versionId) });
    if (!version) throw notFound('Evidence version');
    if (await em.count(EvidenceVersion, { provider: version.provider, type: version.type, number: { $gt: version.number } })) {
      throw conflict('A newer version of this evidence has been added: verify that one instead');
    }
    if (await em.count(EvidenceVerification, { version, localAuthority: actor.organisationId })) return version;
    const officer = await em.findOneOrFail(User, { id: actor.userId });
    const verification = em.create(EvidenceVerification, {
      version,
      localAuthority: em.getReference(LocalAuthority, actor.organisationId),
      verifiedBy: officer,
      verifiedByName: officer.displayName,
      verifiedAt: new Date(),
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'EvidenceVerification', subjectId: verification.id, operation: 'verifyEvidence' });
    await flushOrConflict(em, 'Someone in your local authority verified this at the same time.');
    return version;
  }

  private item(type: EvidenceType, history: EvidenceVersion[], today: string): EvidenceItem {
    const currentVersion = history[0] ?? null;
    return Object.assign(new EvidenceItem(), {
      type,
      history,
      currentVersion,
      status: evidenceStatus(currentVersion?.expiresOn, today, this.config.evidenceExpiringDays),
    });
  }
}

async function flushOrConflict(em: EntityManager, message: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(message);
    throw error;
  }
}

function checkedIssuer(type: EvidenceType, value: string | null | undefined): string | null {
  const issuer = value?.trim().replace(/\s+/g, ' ') ?? '';
  if (!issuer && type.issuerLabel) throw badInput('issuer', `Enter the ${type.issuerLabel.toLowerCase()}`);
  if (issuer.length > 200) throw badInput('issuer', 'Issuer must be 200 characters or fewer');
  return issuer || null;
}

function checkedDates(type: EvidenceType, input: AddEvidenceVersionInput): { validFrom: string; expiresOn: string } {
  const validFrom = input.validFrom;
  const expiresOn = input.expiresOn ?? addDays(addMonths(validFrom, type.renewalMonths), -1);
  if (expiresOn <= validFrom) throw badInput('expiresOn', 'Expiry date must be after the start date');
  return { validFrom, expiresOn };
}

const DETAIL_FIELDS: Record<EvidenceDetail, { field: keyof Details; label: string }> = {
  COVER_AMOUNT: { field: 'coverAmount', label: 'Amount of cover' },
  KCSIE_YEAR: { field: 'kcsieYear', label: 'KCSIE year' },
  REPORTS_CHANGES_UNDERTAKING: { field: 'reportsChangesUndertaking', label: 'The undertaking to report changes' },
  TRAINED_STAFF_COUNT: { field: 'trainedStaffCount', label: 'Number of trained staff' },
  COURSE_NAME: { field: 'courseName', label: 'Course name' },
};

/** The type-specific details: each one the type needs, checked; none it does not. */
function checkedDetails(type: EvidenceType, input: AddEvidenceVersionInput): Details {
  for (const [detail, { field, label }] of Object.entries(DETAIL_FIELDS)) {
    if (!type.details.includes(detail as EvidenceDetail) && input[field] != null) throw badInput(field, `${label} does not apply to ${type.title.toLowerCase()}`);
  }
  const needs = (detail: EvidenceDetail) => type.details.includes(detail);
  return {
    coverAmount: needs(EvidenceDetail.COVER_AMOUNT) ? checkedCover(type, input.coverAmount) : null,
    kcsieYear: needs(EvidenceDetail.KCSIE_YEAR) ? checkedKcsieYear(input.kcsieYear) : null,
    reportsChangesUndertaking: needs(EvidenceDetail.REPORTS_CHANGES_UNDERTAKING) ? checkedUndertaking(input.reportsChangesUndertaking) : null,
    trainedStaffCount: needs(EvidenceDetail.TRAINED_STAFF_COUNT) ? checkedStaffCount(input.trainedStaffCount) : null,
    courseName: needs(EvidenceDetail.COURSE_NAME) ? checkedCourseName(input.courseName) : null,
  };
}

function checkedCover(type: EvidenceType, cover: number | null | undefined): number {
  if (cover == null) throw badInput('coverAmount', 'Enter the amount of cover');
  if (cover <= 0) throw badInput('coverAmount', 'Amount of cover must be more than £0');
  if (type.minimumCoverAmount && cover < type.minimumCoverAmount) {
    throw badInput('coverAmount', `${type.title} cover must be at least £${type.minimumCoverAmount.toLocaleString('en-GB')}`);
  }
  return cover;
}

function checkedKcsieYear(year: number | null | undefined): number {
  const thisYear = Number(todayInEngland().slice(0, 4));
  if (year == null) throw badInput('kcsieYear', 'Enter the year of the Keeping children safe in education edition the checks follow');
  if (year < FIRST_KCSIE_YEAR || year > thisYear) throw badInput('kcsieYear', `KCSIE year must be between ${FIRST_KCSIE_YEAR} and ${thisYear}`);
  return year;
}

function checkedUndertaking(given: boolean | null | undefined): boolean {
  if (given !== true) {
    throw badInput('reportsChangesUndertaking', 'Confirm that you will tell commissioners about anything that may put a child at risk, such as staff changes');
  }
  return true;
}

function checkedStaffCount(count: number | null | undefined): number {
  if (count == null) throw badInput('trainedStaffCount', 'Enter how many staff are trained');
  if (count < 1) throw badInput('trainedStaffCount', 'Number of trained staff must be 1 or more');
  return count;
}

function checkedCourseName(value: string | null | undefined): string {
  const name = value?.trim().replace(/\s+/g, ' ') ?? '';
  if (!name) throw badInput('courseName', 'Enter the course name, such as Team Teach Foundation');
  if (name.length > 200) throw badInput('courseName', 'Course name must be 200 characters or fewer');
  return name;
}
