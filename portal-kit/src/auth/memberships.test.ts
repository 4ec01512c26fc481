import { describe, expect, it } from 'vitest';
import { describeMembership, membershipsByPortal } from './memberships';

const membership = (id: string, name: string, kind: 'SCHOOL' | 'PROVIDER' | 'LOCAL_AUTHORITY') => ({
  id,
  roles: ['DSL' as const],
  organisation: { name, kind },
});

describe('membershipsByPortal', () => {
  it('separates the organisations of this portal from the other, each by name', () => {
    const { here, elsewhere } = membershipsByPortal(
      [
        membership('1', 'Oakfield School', 'SCHOOL'),
        membership('2', 'Bridges Learning', 'PROVIDER'),
        membership('3', 'City of Doncaster Council', 'LOCAL_AUTHORITY'),
      ],
      ['SCHOOL', 'LOCAL_AUTHORITY', 'PLATFORM'],
    );
    expect(here.map((item) => item.id)).toEqual(['3', '1']);
    expect(elsewhere.map((item) => item.id)).toEqual(['2']);
  });
});

describe('describeMembership', () => {
  it('gives the kind of organisation and the roles held there', () => {
    expect(describeMembership(membership('1', 'Oakfield School', 'SCHOOL'))).toBe(
      'School – Designated safeguarding lead',
    );
  });
});
