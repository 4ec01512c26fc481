import type { OrganisationKind, Role } from '../gql/graphql';
import type { NavItem } from './portal-config';

/** Who is looking: what navigation items are shown for. */
export interface NavViewer {
  roles: readonly Role[];
  permissions: readonly string[];
  organisationKind: OrganisationKind;
}

/** Whether the viewer meets every condition the item sets (roles, permission, kind of organisation). */
export function showsNavItem(item: NavItem, viewer: NavViewer): boolean {
  if (item.roles && !item.roles.some((role) => viewer.roles.includes(role))) return false;
  if (item.permission && !viewer.permissions.includes(item.permission)) return false;
  if (item.organisationKinds && !item.organisationKinds.includes(viewer.organisationKind)) return false;
  return true;
}
