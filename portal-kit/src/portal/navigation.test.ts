import { describe, expect, it } from 'vitest';
import { showsNavItem, type NavViewer } from './navigation';

const qaOfficer: NavViewer = { roles: ['QA_OFFICER'], permissions: ['framework:manage', 'evidence:verify'], organisationKind: 'LOCAL_AUTHORITY' };
const head: NavViewer = { roles: ['HEADTEACHER'], permissions: ['member:invite'], organisationKind: 'SCHOOL' };

describe('showsNavItem', () => {
  it('shows an item with no conditions to everyone', () => {
    expect(showsNavItem({ text: 'Providers', href: '/providers' }, head)).toBe(true);
  });

  it('checks roles, permission and kind of organisation, all of them', () => {
    const frameworks = { text: 'QA frameworks', href: '/frameworks', organisationKinds: ['LOCAL_AUTHORITY'] as const };
    expect(showsNavItem(frameworks, qaOfficer)).toBe(true);
    expect(showsNavItem(frameworks, head)).toBe(false);
    expect(showsNavItem({ text: 'Manage', href: '/m', permission: 'framework:manage' }, head)).toBe(false);
    expect(showsNavItem({ text: 'Admin', href: '/a', roles: ['PLATFORM_ADMIN'] }, qaOfficer)).toBe(false);
    expect(
      showsNavItem({ text: 'Both', href: '/b', permission: 'framework:manage', organisationKinds: ['SCHOOL'] }, qaOfficer),
    ).toBe(false);
  });
});
