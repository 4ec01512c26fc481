import { describe, expect, it } from 'vitest';
import type { OrganisationKind, Role } from '../gql/graphql';
import { formatDate } from './dates';
import { describeRoles, roleLabels, rolesByOrganisationKind, rolesForKind } from './labels';

describe('rolesByOrganisationKind', () => {
  it('offers every role to at least one kind of organisation', () => {
    const offered = new Set(Object.values(rolesByOrganisationKind).flat());
    expect([...offered].sort()).toEqual((Object.keys(roleLabels) as Role[]).sort());
  });

  it('offers school, provider, LA and platform roles as the API allows them', () => {
    expect(rolesByOrganisationKind).toEqual<Record<OrganisationKind, readonly Role[]>>({
      SCHOOL: ['HEADTEACHER', 'AP_LEAD', 'DSL', 'ATTENDANCE_LEAD', 'SENCO', 'STAFF'],
      PROVIDER: ['PROVIDER_MANAGER', 'DSL', 'STAFF'],
      LOCAL_AUTHORITY: ['COMMISSIONER', 'QA_OFFICER', 'DESIGNATED_OFFICER'],
      PLATFORM: ['PLATFORM_ADMIN'],
    });
  });
});

describe('rolesForKind', () => {
  it('drops values that are not roles of the kind and orders the rest as the form lists them', () => {
    expect(rolesForKind('PROVIDER', ['STAFF', 'HEADTEACHER', 'PROVIDER_MANAGER', 'nonsense'])).toEqual([
      'PROVIDER_MANAGER',
      'STAFF',
    ]);
  });
});

describe('describeRoles', () => {
  it('joins role labels as prose', () => {
    expect(describeRoles([])).toBe('No roles');
    expect(describeRoles(['DSL'])).toBe('Designated safeguarding lead');
    expect(describeRoles(['HEADTEACHER', 'DSL', 'SENCO'])).toBe(
      'Headteacher, Designated safeguarding lead and SENCo',
    );
  });
});

describe('formatDate', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2026-06-04T09:00:00Z')).toBe('4 June 2026');
  });

  it('uses UK time, so late evening in British Summer Time is already the next day', () => {
    expect(formatDate('2026-05-31T23:30:00Z')).toBe('1 June 2026');
    expect(formatDate('2026-01-31T23:30:00Z')).toBe('31 January 2026');
  });
});
