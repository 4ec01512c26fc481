import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, type Permission } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { badInput, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Context } from '../graphql/context.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { School } from '../organisations/organisation.entity.js';
import { todayInEngland } from '../qa/evidence-dates.js';
import { readPupilCsv, type ImportRow } from './pupil-import.js';
import { Pupil } from './pupil.entity.js';
import type { ImportPupilsInput, PupilFilter, PupilImportResult, PupilInput, RejectedPupilRow, UpdatePupilInput } from './pupil.inputs.js';
import { validPupil, type PupilFields } from './pupil.rules.js';

type Member = Actor & { organisationId: string };

const READERS = [OrganisationKind.SCHOOL, OrganisationKind.LOCAL_AUTHORITY];
const DUPLICATE_UPN = 'A pupil with this UPN is already on roll';
const MAX_SEARCH_TERMS = 5;

/**
 * Pupils on a school's roll: the school's members read and (with pupil:manage) keep them; its LA's
 * officers read them. Providers never read a pupil record (placements share a summary instead).
 * Every read and write is audited.
 */
export class PupilService {
  constructor(private readonly audit: AuditService) {}

  /** The pupils the actor may see, filtered, by legal surname then forename. */
  async list(context: Context, filter: PupilFilter | null | undefined, page: PageArgs): Promise<Connection<Pupil>> {
    const actor = assertReader(context.auth.actor);
    const { offset, limit } = pageWindow(page);
    const em = await context.tenant.em();
    const where: FilterQuery<Pupil> = { $and: [await scopeOf(em, actor, filter?.schoolId), ...conditionsOf(filter)] };
    const [items, total] = await em.findAndCount(Pupil, where, { orderBy: byName(), offset, limit });
    this.audit.record(em, context, { action: 'read', subjectType: 'Pupil', operation: 'pupils' });
    return toConnection(items, total, offset);
  }

  /** One pupil's record; NOT_FOUND when the actor may not see it. */
  async byId(context: Context, id: string): Promise<Pupil> {
    const actor = assertReader(context.auth.actor);
    const em = await context.tenant.em();
    const pupil = await em.findOne(Pupil, { $and: [{ id: asUuid(id) }, visibleTo(actor)] });
    if (!pupil) throw notFound('Pupil');
    this.audit.record(em, context, { action: 'read', subjectType: 'Pupil', subjectId: pupil.id, operation: 'pupil' });
    return pupil;
  }

  async create(context: Context, input: PupilInput): Promise<Pupil> {
    const actor = assertSchoolCan(context.auth.actor, 'pupil:manage');
    const em = await context.tenant.em();
    const fields = validPupil(input, todayInEngland());
    await assertUpnFree(em, actor.organisationId, fields.upn);
    const pupil = em.create(Pupil, { ...fields, school: em.getReference(School, actor.organisationId) });
    this.audit.record(em, context, { action: 'write', subjectType: 'Pupil', subjectId: pupil.id, operation: 'createPupil' });
    await em.flush();
    return pupil;
  }

  async update(context: Context, input: UpdatePupilInput): Promise<Pupil> {
    const actor = assertSchoolCan(context.auth.actor, 'pupil:manage');
    const em = await context.tenant.em();
    const pupil = await em.findOne(Pupil, { id: asUuid(input.id, 'id'), school: actor.organisationId });
    if (!pupil) throw notFound('Pupil');
    const fields = validPupil(input, todayInEngland());
    if (fields.upn !== pupil.upn) await assertUpnFree(em, actor.organisationId, fields.upn);
    em.assign(pupil, fields);
    this.audit.record(em, context, { action: 'write', subjectType: 'Pupil', subjectId: pupil.id, operation: 'updatePupil' });
    await em.flush();
    return pupil;
  }

  /**
   * A MIS export onto the roll: new UPNs are added, known ones get the file's MIS fields (the rest of
   * the record is kept). Any rejected row stops the whole import unless skipInvalidRows.
   */
  async importPupils(context: Context, input: ImportPupilsInput): Promise<PupilImportResult> {
    const actor = assertSchoolCan(context.auth.actor, 'pupil:manage');
    const rows = readPupilCsv(input.csv, todayInEngland());
    const valid = rows.filter((row) => !row.problems.length);
    const report = { rows: rows.length, rejected: rows.filter((row) => row.problems.length).map(rejectedRow) };
    if (report.rejected.length && !input.skipInvalidRows) return { applied: false, created: 0, updated: 0, ...report };

    const em = await context.tenant.em();
    const onRoll = await em.find(Pupil, { school: actor.organisationId, upn: { $in: valid.map((row) => row.values.upn!) } });
    const byUpn = new Map(onRoll.map((pupil) => [pupil.upn, pupil]));
    const school = em.getReference(School, actor.organisationId);
    for (const { values } of valid) {
      const pupil = byUpn.get(values.upn!);
      if (pupil) em.assign(pupil, values);
      else em.create(Pupil, { ...(values as PupilFields), school });
    }
    this.audit.record(em, context, { action: 'write', subjectType: 'Pupil', operation: 'importPupils' });
    await em.flush();
    return { applied: true, created: valid.length - onRoll.length, updated: onRoll.length, ...report };
  }
}

/** pupil:read in a school or an LA (the catalogue also gives it to roles that providers share with schools). */
function assertReader(actor: Actor | null): Member {
  const member = assertCan(actor, 'pupil:read');
  if (!READERS.includes(member.organisationKind!)) throw forbidden();
  return member;
}

function assertSchoolCan(actor: Actor | null, permission: Permission): Member {
  const member = assertCan(actor, permission);
  if (member.organisationKind !== OrganisationKind.SCHOOL) throw forbidden('Only the pupil’s school can change its pupils.');
  return member;
}

/** A school's own pupils; an LA's, those of its schools. Row-level security enforces the same. */
function visibleTo(actor: Member): FilterQuery<Pupil> {
  return actor.organisationKind === OrganisationKind.SCHOOL ? { school: actor.organisationId } : { school: { localAuthority: actor.organisationId } };
}

/** The visible pupils, or those of one school when asked (an LA's own school; a school only itself). */
async function scopeOf(em: EntityManager, actor: Member, schoolId: string | null | undefined): Promise<FilterQuery<Pupil>> {
  if (!schoolId) return visibleTo(actor);
  const id = asUuid(schoolId, 'schoolId');
  const ownSchool = actor.organisationKind === OrganisationKind.SCHOOL ? id === actor.organisationId : await em.count(School, { id, localAuthority: actor.organisationId });
  if (!ownSchool) throw forbidden('You can only see the pupils of schools in your local authority.');
  return { school: id };
}

function conditionsOf(filter: PupilFilter | null | undefined): FilterQuery<Pupil>[] {
  if (!filter) return [];
  const conditions: FilterQuery<Pupil>[] = searchConditions(filter.search ?? '');
  if (filter.yearGroup != null) conditions.push({ yearGroup: filter.yearGroup });
  if (filter.ehcPlan != null) conditions.push({ ehcPlan: filter.ehcPlan });
  if (filter.senSupport != null) conditions.push({ senSupport: filter.senSupport });
  if (filter.lookedAfter != null) conditions.push({ lookedAfter: filter.lookedAfter });
  if (filter.behaviourRiskAssessment != null) conditions.push({ behaviourRiskAssessment: filter.behaviourRiskAssessment });
  if (filter.hasSocialWorker != null) conditions.push({ socialWorkerName: filter.hasSocialWorker ? { $ne: null } : null });
  if (filter.hasYouthOffendingWorker != null) conditions.push({ youthOffendingWorkerName: filter.hasYouthOffendingWorker ? { $ne: null } : null });
  if (filter.medicalNeeds != null) conditions.push({ medicalNeeds: filter.medicalNeeds ? { $ne: null } : null });
  return conditions;
}

/** Each word must appear in a legal or preferred name or in the UPN. */
function searchConditions(search: string): FilterQuery<Pupil>[] {
  const terms = search.trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_TERMS);
  return terms.map((term) => {
    const pattern = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
    return {
      $or: [
        { legalSurname: { $ilike: pattern } },
        { legalForename: { $ilike: pattern } },
        { preferredSurname: { $ilike: pattern } },
        { preferredForename: { $ilike: pattern } },
        { upn: { $ilike: pattern } },
      ],
    };
  });
}

/** Legal surname then forename, case aside (MIS exports mix cases; the database collation may not ignore it). */
function byName(): QueryOrderMap<Pupil> {
  return {
    [raw((alias: string) => `lower(${alias}.legal_surname)`)]: 'asc',
    [raw((alias: string) => `lower(${alias}.legal_forename)`)]: 'asc',
    id: 'asc',
  };
}

async function assertUpnFree(em: EntityManager, schoolId: string, upn: string): Promise<void> {
  if (await em.count(Pupil, { school: schoolId, upn })) throw badInput('upn', DUPLICATE_UPN);
}

function rejectedRow(row: ImportRow): RejectedPupilRow {
  return { line: row.line, upn: row.upn, problems: row.problems };
}
