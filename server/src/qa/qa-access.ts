import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor.js';
import { assertCan, type Permission } from '../auth/permissions.js';
import { forbidden } from '../common/errors.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import type { QaAssessment } from './assessment.entity.js';

/**
 * The providers among `providerIds` the actor commissions: all of them for a local authority (LAs
 * share QA across borders); for a school, those where it has a placement that was sent and not
 * cancelled. Commissioners see assessment details (ratings, visits, action plans) and documents.
 * Its SQL twin, app_is_commissioner_of() in Migration20261125000000Placements, enforces the same
 * in row-level security: change both together.
 */
export async function commissionedProviders(em: EntityManager, actor: Actor | null, providerIds: readonly string[]): Promise<Set<string>> {
  if (!actor?.organisationId || !providerIds.length) return new Set();
  if (actor.organisationKind === OrganisationKind.LOCAL_AUTHORITY) return new Set(providerIds);
  if (actor.organisationKind !== OrganisationKind.SCHOOL) return new Set();
  const rows = await em.execute<{ provider_id: string }[]>(
    `select distinct provider_id from placement where school_id = ? and provider_id in (?) and status not in ('DRAFT', 'CANCELLED')`,
    [actor.organisationId, [...providerIds]],
  );
  return new Set(rows.map((row) => row.provider_id));
}

export async function isCommissionerOf(em: EntityManager, actor: Actor | null, providerId: string): Promise<boolean> {
  return (await commissionedProviders(em, actor, [providerId])).has(providerId);
}

/** A question for the per-request commissionerOf loader; the actor is the same for every key of a request. */
export interface CommissionerQuery {
  actor: Actor | null;
  providerId: string;
}

/** DataLoader batch function: isCommissionerOf for many providers in one query. */
export async function commissionerFlags(em: EntityManager, queries: readonly CommissionerQuery[]): Promise<boolean[]> {
  const commissioned = await commissionedProviders(em, queries[0]?.actor ?? null, queries.map((query) => query.providerId));
  return queries.map((query) => commissioned.has(query.providerId));
}

/** The permission, held in a local authority: frameworks, assessments and approvals are LA work. */
export function assertLocalAuthorityCan(actor: Actor | null, permission: Permission): Actor & { organisationId: string } {
  const member = assertCan(actor, permission);
  if (member.organisationKind !== OrganisationKind.LOCAL_AUTHORITY) throw forbidden();
  return member;
}

/** Completed assessments (their outcomes) are shared with everyone; one in progress only with the assessing LA and the provider. */
export function canSeeAssessment(actor: Actor | null, assessment: QaAssessment): boolean {
  if (!actor) return false;
  if (assessment.isCompleted()) return true;
  return [assessment.localAuthority.id, assessment.provider.id].includes(actor.organisationId ?? '');
}
