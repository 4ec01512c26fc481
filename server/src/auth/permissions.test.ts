import { describe, expect, it } from 'vitest';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { ROLES_BY_KIND, Role } from '../people/role.js';
import type { Actor } from './actor.js';
import { PERMISSIONS, can, permissionsOf } from './permissions.js';

function actorWith(roles: Role[], organisationKind: OrganisationKind | null = null): Actor {
  return { userId: 'u', sessionId: 's', membershipId: 'm', organisationId: 'o', organisationKind, roles };
}

describe('the permission catalogue', () => {
  // Pinned on purpose: granting or taking away a permission must show up in review as a change here.
  it('grants each role exactly these permissions', () => {
    const byRole = Object.fromEntries(Object.values(Role).map((role) => [role, permissionsOf(actorWith([role]))]));
    expect(byRole).toEqual({
      HEADTEACHER: ['member:list', 'member:invite', 'member:manage'],
      AP_LEAD: ['member:list', 'member:invite', 'member:manage'],
      DSL: ['member:list'],
      ATTENDANCE_LEAD: ['member:list'],
      SENCO: ['member:list'],
      STAFF: ['member:list'],
      PROVIDER_MANAGER: ['member:list', 'member:invite', 'member:manage', 'site:manage', 'qa-record:edit'],
      COMMISSIONER: ['member:list', 'member:invite', 'member:manage', 'evidence:verify', 'framework:manage', 'assessment:conduct', 'approval:decide'],
      QA_OFFICER: ['member:list', 'evidence:verify', 'framework:manage', 'assessment:conduct', 'approval:decide'],
      DESIGNATED_OFFICER: ['member:list'],
      PLATFORM_ADMIN: ['member:list', 'member:invite', 'member:manage', 'site:manage', 'organisation:create', 'audit:read'],
    });
  });

  it('names every permission in the catalogue', () => {
    expect(Object.keys(PERMISSIONS)).toEqual([
      'member:list', 'member:invite', 'member:manage', 'site:manage', 'organisation:create', 'audit:read',
      'qa-record:edit', 'evidence:verify', 'framework:manage', 'assessment:conduct', 'approval:decide',
    ]);
  });

  it('gives a member with several roles the union of them, in catalogue order', () => {
    expect(permissionsOf(actorWith([Role.DSL, Role.PROVIDER_MANAGER]))).toEqual(['member:list', 'member:invite', 'member:manage', 'site:manage', 'qa-record:edit']);
  });

  it('grants nothing to an anonymous client or a user with no roles', () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can(null, permission)).toBe(false);
      expect(can(actorWith([]), permission)).toBe(false);
    }
    expect(permissionsOf(actorWith([]))).toEqual([]);
  });

  it('only grants roles that exist in some kind of organisation', () => {
    const assignable = new Set(Object.values(ROLES_BY_KIND).flat());
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(assignable.has(role)).toBe(true);
  });
});
