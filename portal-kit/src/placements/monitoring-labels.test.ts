import { describe, expect, it } from 'vitest';
import {
  attendanceNeedsCommentary,
  describePeriod,
  formatDateTime,
  formatPercent,
  formatTime,
  objectiveOutcomes,
  parsePercent,
  parseTimeOfDay,
  reviewDueState,
  reviewOutcomes,
  reviewOutcomeValues,
  timeOfDay,
} from './monitoring-labels';

describe('review and objective outcomes', () => {
  it('offers continue, adjust and end in that order, each explained', () => {
    expect(reviewOutcomeValues).toEqual(['CONTINUE', 'ADJUST', 'END']);
    expect(Object.values(reviewOutcomes).every((outcome) => outcome.hint.endsWith('.'))).toBe(true);
  });

  it('says each objective outcome in words, with distinct colours', () => {
    expect(Object.values(objectiveOutcomes).map((outcome) => outcome.label)).toEqual(['Achieved', 'Partly achieved', 'Not achieved']);
    expect(new Set(Object.values(objectiveOutcomes).map((outcome) => outcome.colour)).size).toBe(3);
  });
});

describe('when the next review is due', () => {
  it('is overdue after the day, due soon within two weeks, scheduled beyond', () => {
    expect(reviewDueState('2026-11-22', '2026-11-23')).toBe('OVERDUE');
    expect(reviewDueState('2026-11-23', '2026-11-23')).toBe('DUE_SOON');
    expect(reviewDueState('2026-12-07', '2026-11-23')).toBe('DUE_SOON');
    expect(reviewDueState('2026-12-08', '2026-11-23')).toBe('SCHEDULED');
  });
});

describe('attendance', () => {
  it('needs a commentary below 100%, and says when it was not recorded', () => {
    expect(attendanceNeedsCommentary(99)).toBe(true);
    expect(attendanceNeedsCommentary(100)).toBe(false);
    expect(formatPercent(87)).toBe('87%');
    expect(formatPercent(null)).toBe('Not recorded');
  });

  it('reads a percentage typed with or without the sign, up to 100', () => {
    expect(parsePercent(' 92 % ')).toEqual({ kind: 'number', value: 92 });
    expect(parsePercent('100')).toEqual({ kind: 'number', value: 100 });
    expect(parsePercent('101')).toEqual({ kind: 'invalid' });
    expect(parsePercent('9.5')).toEqual({ kind: 'invalid' });
    expect(parsePercent('')).toEqual({ kind: 'empty' });
  });
});

describe('dates and times', () => {
  it('writes times in GOV.UK style in UK time, summer and winter', () => {
    expect(formatTime('2026-07-01T08:05:00Z')).toBe('9:05am');
    expect(formatTime('2026-12-01T13:00:00Z')).toBe('1pm');
    expect(formatTime('2026-12-01T12:00:00Z')).toBe('midday');
    expect(formatTime('2026-12-01T00:00:00Z')).toBe('midnight');
    expect(formatDateTime('2026-07-01T13:45:00Z')).toBe('1 July 2026 at 2:45pm');
    expect(timeOfDay('2026-07-01T08:05:00Z')).toBe('09:05');
  });

  it('reads 24-hour times typed with a colon or a dot', () => {
    expect(parseTimeOfDay(' 9:05 ')).toBe('09:05');
    expect(parseTimeOfDay('13.45')).toBe('13:45');
    expect(parseTimeOfDay('25:00')).toBeUndefined();
    expect(parseTimeOfDay('9am')).toBeUndefined();
  });

  it('describes a report period', () => {
    expect(describePeriod('2026-09-01', '2026-12-18')).toBe('1 September 2026 to 18 December 2026');
  });
});
