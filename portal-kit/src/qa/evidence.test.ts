import { describe, expect, it } from 'vitest';
import { defaultExpiry, evidenceDetailRows, evidenceSlug, evidenceTypeFromSlug, formatFileSize } from './evidence';

describe('evidence URLs', () => {
  it('turns type codes into readable slugs and back', () => {
    expect(evidenceSlug('EMPLOYERS_LIABILITY_INSURANCE')).toBe('employers-liability-insurance');
    const catalogue = [{ code: 'TEAM_TEACH_TRAINING' as const }, { code: 'FIRST_AID' as const }];
    expect(evidenceTypeFromSlug(catalogue, 'first-aid')).toEqual({ code: 'FIRST_AID' });
    expect(evidenceTypeFromSlug(catalogue, 'FIRST_AID')).toBeUndefined();
    expect(evidenceTypeFromSlug(catalogue, undefined)).toBeUndefined();
  });
});

describe('defaultExpiry', () => {
  it('matches the API: the renewal cycle after the start date, less a day', () => {
    expect(defaultExpiry('2026-04-01', 12)).toBe('2027-03-31');
    expect(defaultExpiry('2026-01-31', 1)).toBe('2026-02-27');
    expect(defaultExpiry('2026-06-04', 36)).toBe('2029-06-03');
  });
});

describe('evidenceDetailRows', () => {
  it('describes only the facts a version records', () => {
    expect(evidenceDetailRows({ coverAmount: 10_000_000, kcsieYear: null })).toEqual([
      { key: 'Amount of cover', value: '£10,000,000' },
    ]);
    expect(evidenceDetailRows({ kcsieYear: 2025, reportsChangesUndertaking: true })).toEqual([
      { key: 'Keeping children safe in education edition', value: 'KCSIE 2025' },
      { key: 'Undertaking to report changes', value: 'Given' },
    ]);
    expect(evidenceDetailRows({ trainedStaffCount: 1, courseName: 'Team Teach Foundation' })).toEqual([
      { key: 'Trained staff', value: '1 member of staff' },
      { key: 'Course', value: 'Team Teach Foundation' },
    ]);
  });
});

describe('formatFileSize', () => {
  it('reads sizes as people do', () => {
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(850 * 1024)).toBe('850 KB');
    expect(formatFileSize(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });
});
