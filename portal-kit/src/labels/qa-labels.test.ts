import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatLocalDate, formatShortLocalDate, todayInEngland } from './dates';
import { formatPounds } from './money';
import {
  approvalStatuses,
  countEvidenceStatuses,
  describeEvidenceCounts,
  describeVisitFrequency,
  evidenceStatuses,
  needsAction,
  ratings,
  ratingScales,
} from './qa-labels';

describe('status labels', () => {
  it('says every status in words, never colour alone', () => {
    for (const status of [...Object.values(evidenceStatuses), ...Object.values(approvalStatuses), ...Object.values(ratings)]) {
      expect(status.label.length).toBeGreaterThan(2);
    }
    expect(evidenceStatuses.EXPIRING.label).toBe('Expiring');
    expect(approvalStatuses.CONDITIONAL.label).toBe('Conditional');
  });

  it('offers the ratings of each scale, best first, and knows which need an action', () => {
    expect(ratingScales.RAG.ratings).toEqual(['GREEN', 'AMBER', 'RED']);
    expect(ratingScales.PASS_FAIL.ratings).toEqual(['PASS', 'FAIL']);
    expect((['GREEN', 'AMBER', 'RED', 'PASS', 'FAIL'] as const).filter(needsAction)).toEqual(['AMBER', 'RED', 'FAIL']);
  });
});

describe('describeVisitFrequency', () => {
  it('reads either way a framework sets its visits', () => {
    expect(describeVisitFrequency({ visitsPerYear: 2 })).toBe('2 visits a year');
    expect(describeVisitFrequency({ visitsPerYear: 1, monthsBetweenVisits: null })).toBe('1 visit a year');
    expect(describeVisitFrequency({ visitsPerYear: null, monthsBetweenVisits: 18 })).toBe('A visit every 18 months');
    expect(describeVisitFrequency({})).toBe('Not set');
  });
});

describe('evidence counts', () => {
  it('counts statuses and describes only those present, in status order', () => {
    const counts = countEvidenceStatuses([{ status: 'MISSING' }, { status: 'CURRENT' }, { status: 'CURRENT' }, { status: 'EXPIRED' }]);
    expect(counts).toEqual({ CURRENT: 2, EXPIRING: 0, EXPIRED: 1, MISSING: 1 });
    expect(describeEvidenceCounts(counts)).toBe('2 current, 1 expired, 1 missing');
    expect(describeEvidenceCounts(countEvidenceStatuses([]))).toBe('No evidence');
  });
});

describe('formatPounds', () => {
  it('writes whole pounds with separators', () => {
    expect(formatPounds(5_000_000)).toBe('£5,000,000');
    expect(formatPounds(250)).toBe('£250');
  });
});

describe('calendar dates', () => {
  it('shortens months for tables', () => {
    expect(formatShortLocalDate('2026-09-04')).toBe('4 Sep 2026');
    expect(formatShortLocalDate('2026-06-30')).toBe('30 Jun 2026');
  });

  it('formats a LocalDate without shifting it across midnight', () => {
    expect(formatLocalDate('2026-06-04')).toBe('4 June 2026');
    expect(formatLocalDate('2026-12-31')).toBe('31 December 2026');
  });

  it('adds days and months, keeping month ends real', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-06-04', 12)).toBe('2027-06-04');
  });

  it('takes today in England, whatever the machine’s zone', () => {
    expect(todayInEngland(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
    expect(todayInEngland(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });
});
