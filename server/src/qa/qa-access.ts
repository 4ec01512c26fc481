import type { Actor } from '../auth/actor.js';
import { assertCan, type Permission } from '../auth/permissions.js';
import { forbidden } from '../common/errors.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import type { QaAssessment } from './assessment.entity.js';

/**
 * Whether the actor is a commissioner of the provider: a local authority (any: LAs share QA across
 * borders). Placements will add schools with a placement there. Commissioners see assessment
 * details (ratings, visits, action plans). Its SQL twin, app_is_commissioner_of() in
 * Migration20261124100000QaFrameworks, enforces the same in row-level security: change both together.
 */
export function isCommissionerOf(actor: Actor | null, providerId: string): boolean {
  if (!actor || !providerId) return false;
  return actor.organisationKind === OrganisationKind.LOCAL_AUTHORITY;
}

/** Ratings, visit notes and action plans: the provider's commissioners and the provider itself. */
export function canSeeAssessmentDetails(actor: Actor | null, providerId: string): boolean {
  return isCommissionerOf(actor, providerId) || (Boolean(actor?.organisationId) && actor?.organisationId === providerId);
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
