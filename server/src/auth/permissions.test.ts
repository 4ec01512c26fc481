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
      HEADTEACHER: ['member:list', 'member:invite', 'member:manage', 'pupil:read', 'pupil:manage', 'placement:read', 'placement:commission', 'agreement:sign', 'placement:review', 'placement:visit', 'school-policy:manage', 'attendance:export', 'incident:decide', 'alert:handle'],
      AP_LEAD: ['member:list', 'member:invite', 'member:manage', 'pupil:read', 'pupil:manage', 'placement:read', 'placement:commission', 'agreement:sign', 'placement:review', 'placement:visit', 'school-policy:manage', 'attendance:export', 'incident:decide', 'alert:handle'],
      DSL: ['member:list', 'pupil:read', 'placement:read', 'placement:visit', 'concern:read', 'concern:raise', 'alert:handle'],
      ATTENDANCE_LEAD: ['member:list', 'pupil:read', 'pupil:manage', 'placement:read', 'attendance:export', 'alert:handle'],
      SENCO: ['member:list', 'pupil:read', 'pupil:manage', 'placement:read', 'placement:commission', 'placement:review', 'placement:visit'],
      STAFF: ['member:list', 'pupil:read', 'placement:read', 'placement:visit', 'placement:report', 'attendance:record', 'incident:report'],
      PROVIDER_MANAGER: ['member:list', 'member:invite', 'member:manage', 'site:manage', 'qa-record:edit', 'placement:read', 'agreement:sign', 'placement:report', 'attendance:record', 'incident:report'],
      COMMISSIONER: ['member:list', 'member:invite', 'member:manage', 'evidence:verify', 'framework:manage', 'assessment:conduct', 'approval:decide', 'pupil:read', 'placement:read'],
      QA_OFFICER: ['member:list', 'evidence:verify', 'framework:manage', 'assessment:conduct', 'approval:decide', 'pupil:read', 'placement:read'],
      DESIGNATED_OFFICER: ['member:list', 'pupil:read', 'placement:read', 'concern:read'],
      PLATFORM_ADMIN: ['member:list', 'member:invite', 'member:manage', 'site:manage', 'organisation:create', 'audit:read'],
    });
  });

  it('names every permission in the catalogue', () => {
    expect(Object.keys(PERMISSIONS)).toEqual([
      'member:list', 'member:invite', 'member:manage', 'site:manage', 'organisation:create', 'audit:read',
      'qa-record:edit', 'evidence:verify', 'framework:manage', 'assessment:conduct', 'approval:decide',
      'pupil:read', 'pupil:manage', 'placement:read', 'placement:commission', 'agreement:sign', 'placement:review', 'placement:visit',
      'placement:report', 'school-policy:manage', 'attendance:record', 'attendance:export', 'concern:read', 'concern:raise', 'incident:report', 'incident:decide', 'alert:handle',
    ]);
  });

  it('gives a member with several roles the union of them, in catalogue order', () => {
    expect(permissionsOf(actorWith([Role.DSL, Role.PROVIDER_MANAGER]))).toEqual([
      'member:list', 'member:invite', 'member:manage', 'site:manage', 'qa-record:edit', 'pupil:read', 'placement:read', 'agreement:sign', 'placement:visit', 'placement:report', 'attendance:record', 'concern:read', 'concern:raise', 'incident:report', 'alert:handle',
    ]);
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
