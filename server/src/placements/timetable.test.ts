import { describe, expect, it } from 'vitest';
import { SessionOfDay, Weekday, type TimetableSession } from './agreement.entity.js';
import { FULL_WEEK, TWO_DAYS } from './placement.fixtures.js';
import { LegalBasis } from './placement.entity.js';
import { AttendancePattern, attendancePattern, hoursOf, validAgreementDates, validTimetable } from './timetable.js';

const session = (overrides: Partial<TimetableSession> = {}): TimetableSession => ({
  weekday: Weekday.MONDAY,
  session: SessionOfDay.AM,
  startTime: '09:00',
  endTime: '12:00',
  ...overrides,
});

/** The field and message of the BAD_USER_INPUT `work` throws. */
function refusal(work: () => unknown): [unknown, string] {
  try {
    work();
  } catch (error) {
    const { extensions, message } = error as { extensions: { code: string; field: string }; message: string };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    return [extensions.field, message];
  }
  throw new Error('expected a refusal');
}

describe('hoursOf and attendancePattern', () => {
  it('adds up each session’s length', () => {
    expect(hoursOf(FULL_WEEK)).toBe(25);
    expect(hoursOf(TWO_DAYS)).toBe(10);
    expect(hoursOf([session({ startTime: '09:15', endTime: '11:45' })])).toBe(2.5);
    expect(hoursOf([])).toBe(0);
  });

  it('is full-time from the threshold up', () => {
    expect(attendancePattern(18, 18)).toBe(AttendancePattern.FULL_TIME);
    expect(attendancePattern(17.5, 18)).toBe(AttendancePattern.PART_TIME);
    expect(attendancePattern(10, 10)).toBe(AttendancePattern.FULL_TIME);
  });
});

describe('validTimetable', () => {
  it('keeps valid sessions, trimmed and sorted by weekday then morning first', () => {
    const friday = session({ weekday: Weekday.FRIDAY, startTime: ' 09:30 ' });
    const mondayPm = session({ session: SessionOfDay.PM, startTime: '12:30', endTime: '15:00' });
    expect(validTimetable([friday, mondayPm, session()])).toEqual([session(), mondayPm, { ...friday, startTime: '09:30' }]);
  });

  it.each([
    ['no sessions', [], 'timetable', 'Add at least one session to the timetable'],
    ['a weekday session twice', [session(), session({ startTime: '10:00' })], 'timetable[1]', 'Monday AM is in the timetable twice'],
    ['a time that is not HH:MM', [session({ startTime: '9:00' })], 'timetable[0].startTime', 'Monday AM start time must be a time in 24-hour format, like 09:15'],
    ['an hour past 23', [session({ endTime: '24:00' })], 'timetable[0].endTime', 'Monday AM end time must be a time in 24-hour format, like 09:15'],
    ['an end before the start', [session({ startTime: '11:00', endTime: '10:00' })], 'timetable[0].endTime', 'Monday AM must end after it starts'],
    ['an end equal to the start', [session({ startTime: '10:00', endTime: '10:00' })], 'timetable[0].endTime', 'Monday AM must end after it starts'],
    ['a morning starting at noon', [session({ startTime: '12:00', endTime: '13:00' })], 'timetable[0].startTime', 'Monday AM is a morning session: it must start before 12:00'],
    ['an afternoon ending at noon', [session({ session: SessionOfDay.PM, startTime: '10:00', endTime: '12:00' })], 'timetable[0].endTime', 'Monday PM is an afternoon session: it must end after 12:00'],
  ])('refuses %s, naming the field', (_name, sessions, field, message) => {
    expect(refusal(() => validTimetable(sessions))).toEqual([field, message]);
  });
});

describe('validAgreementDates', () => {
  it('accepts no dates yet, or real dates with the end after the start', () => {
    expect(validAgreementDates(null, null, LegalBasis.OTHER_SCHOOL_ARRANGED)).toEqual({ startDate: null, proposedEndDate: null });
    expect(validAgreementDates('2027-01-04', '2027-03-26', LegalBasis.S29A_OFF_SITE_DIRECTION)).toEqual({ startDate: '2027-01-04', proposedEndDate: '2027-03-26' });
    expect(validAgreementDates('2027-01-04', '', LegalBasis.S100_SUSPENSION)).toEqual({ startDate: '2027-01-04', proposedEndDate: null });
  });

  it.each([
    ['an impossible start', '2026-02-30', null, LegalBasis.OTHER_SCHOOL_ARRANGED, 'startDate', 'The start date must be a real date, like 2026-03-27'],
    ['an impossible end', '2027-01-04', '2027-13-01', LegalBasis.OTHER_SCHOOL_ARRANGED, 'proposedEndDate', 'The proposed end date must be a real date, like 2026-03-27'],
    ['an end on the start', '2027-01-04', '2027-01-04', LegalBasis.OTHER_SCHOOL_ARRANGED, 'proposedEndDate', 'The proposed end date must be after the start date'],
    ['an open-ended off-site direction', '2027-01-04', null, LegalBasis.S29A_OFF_SITE_DIRECTION, 'proposedEndDate', 'Enter the proposed end date: an off-site direction must be time-limited'],
  ])('refuses %s', (_name, start, end, basis, field, message) => {
    expect(refusal(() => validAgreementDates(start, end, basis))).toEqual([field, message]);
  });
});
