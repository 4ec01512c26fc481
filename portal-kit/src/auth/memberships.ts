import type { OrganisationKind } from '../gql/graphql';
import { describeRoles, organisationKindLabels } from '../labels/labels';

interface MembershipLike {
  id: string;
  roles: Parameters<typeof describeRoles>[0];
  organisation: { name: string; kind: OrganisationKind };
}

/** Splits memberships into those this portal serves and those of the other portal, each sorted by name. */
export function membershipsByPortal<M extends MembershipLike>(
  memberships: readonly M[],
  portalKinds: readonly OrganisationKind[],
): { here: M[]; elsewhere: M[] } {
  const byName = (a: M, b: M) => a.organisation.name.localeCompare(b.organisation.name, 'en-GB');
  return {
    here: memberships.filter((membership) => portalKinds.includes(membership.organisation.kind)).sort(byName),
    elsewhere: memberships.filter((membership) => !portalKinds.includes(membership.organisation.kind)).sort(byName),
  };
}

/** e.g. "School – Headteacher and Designated safeguarding lead". */
export function describeMembership(membership: MembershipLike): string {
  return `${organisationKindLabels[membership.organisation.kind]} – ${describeRoles(membership.roles)}`;
}
