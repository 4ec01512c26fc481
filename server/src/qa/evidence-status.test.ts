import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { todayInEngland } from './evidence-dates.js';
import { EvidenceStatus, evidenceStatus } from './evidence-status.js';

describe('evidenceStatus', () => {
  const today = '2026-03-10';

  it('is MISSING without an expiry date, EXPIRED once it has passed', () => {
    expect(evidenceStatus(null, today, 30)).toBe(EvidenceStatus.MISSING);
    expect(evidenceStatus(undefined, today, 30)).toBe(EvidenceStatus.MISSING);
    expect(evidenceStatus('2026-03-09', today, 30)).toBe(EvidenceStatus.EXPIRED);
    expect(evidenceStatus('2025-12-31', today, 30)).toBe(EvidenceStatus.EXPIRED);
  });

  it('is EXPIRING from the expiry date back through the window, CURRENT before it', () => {
    expect(evidenceStatus('2026-03-10', today, 30)).toBe(EvidenceStatus.EXPIRING);
    expect(evidenceStatus('2026-04-09', today, 30)).toBe(EvidenceStatus.EXPIRING);
    expect(evidenceStatus('2026-04-10', today, 30)).toBe(EvidenceStatus.CURRENT);
  });

  it('follows the configured window', () => {
    expect(evidenceStatus('2026-04-20', today, 45)).toBe(EvidenceStatus.EXPIRING);
    expect(evidenceStatus('2026-03-12', today, 0)).toBe(EvidenceStatus.CURRENT);
    expect(evidenceStatus('2026-03-10', today, 0)).toBe(EvidenceStatus.EXPIRING);
  });
});

describe('configuration', () => {
  it('reads EVIDENCE_EXPIRING_DAYS and MAX_UPLOAD_MB, defaulting to 30 and 10', () => {
    expect(readConfig({})).toMatchObject({ evidenceExpiringDays: 30, maxUploadMb: 10 });
    expect(readConfig({ EVIDENCE_EXPIRING_DAYS: '45', MAX_UPLOAD_MB: '2' })).toMatchObject({ evidenceExpiringDays: 45, maxUploadMb: 2 });
    expect(() => readConfig({ EVIDENCE_EXPIRING_DAYS: 'soon' })).toThrow(/EVIDENCE_EXPIRING_DAYS must be a whole number/);
  });
});

describe('todayInEngland', () => {
  it('is the date in London, not in UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in British Summer Time; in winter the two agree.
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
