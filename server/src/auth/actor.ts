import type { OrganisationKind } from '../organisations/organisation-kind.js';
import type { Role } from '../people/role.js';

/** Who is acting: the signed-in user through the session's active membership. Never taken from client input. */
export interface Actor {
  userId: string;
  sessionId: string;
  membershipId: string | null;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  roles: Role[];
}
