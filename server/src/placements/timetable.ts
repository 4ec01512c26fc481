import { registerEnumType } from 'type-graphql';
import { badInput } from '../common/errors.js';
import { parseDate } from '../qa/assessment.dates.js';
import { SessionOfDay, type TimetableSession, Weekday } from './agreement.entity.js';
import { LegalBasis } from './placement.entity.js';

/** Rules of an agreement's weekly timetable and dates: pure functions, each error naming its field. */

export enum AttendancePattern {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}
registerEnumType(AttendancePattern, {
  name: 'AttendancePattern',
  description: "Full-time or part-time at the provider, by the school policy's full-time threshold.",
  valuesConfig: {
    FULL_TIME: { description: 'At least the full-time threshold of hours a week (national working guide: 18).' },
    PART_TIME: { description: 'Fewer hours than the full-time threshold.' },
  },
});

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const NOON = 12 * 60;
const WEEKDAY_ORDER = Object.values(Weekday);

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Hours a week of a timetable. */
export function hoursOf(timetable: readonly TimetableSession[]): number {
  return timetable.reduce((sum, s) => sum + (minutesOf(s.endTime) - minutesOf(s.startTime)) / 60, 0);
}

export function attendancePattern(hoursPerWeek: number, fullTimeHoursThreshold: number): AttendancePattern {
  return hoursPerWeek >= fullTimeHoursThreshold ? AttendancePattern.FULL_TIME : AttendancePattern.PART_TIME;
}

/** The timetable checked and sorted by weekday then session, or BAD_USER_INPUT on `timetable`. */
export function validTimetable(sessions: readonly TimetableSession[], field = 'timetable'): TimetableSession[] {
  if (!sessions.length) throw badInput(field, 'Add at least one session to the timetable');
  const seen = new Set<string>();
  const checked = sessions.map((session, index) => {
    const at = `${field}[${index}]`;
    const name = `${capitalised(session.weekday)} ${session.session}`;
    const key = `${session.weekday} ${session.session}`;
    if (seen.has(key)) throw badInput(at, `${name} is in the timetable twice`);
    seen.add(key);
    const startTime = validTime(session.startTime, `${at}.startTime`, `${name} start time`);
    const endTime = validTime(session.endTime, `${at}.endTime`, `${name} end time`);
    if (minutesOf(endTime) <= minutesOf(startTime)) throw badInput(`${at}.endTime`, `${name} must end after it starts`);
    if (session.session === SessionOfDay.AM && minutesOf(startTime) >= NOON) throw badInput(`${at}.startTime`, `${name} is a morning session: it must start before 12:00`);
    if (session.session === SessionOfDay.PM && minutesOf(endTime) <= NOON) throw badInput(`${at}.endTime`, `${name} is an afternoon session: it must end after 12:00`);
    return { weekday: session.weekday, session: session.session, startTime, endTime };
  });
  return checked.sort((a, b) => WEEKDAY_ORDER.indexOf(a.weekday) - WEEKDAY_ORDER.indexOf(b.weekday) || a.session.localeCompare(b.session));
}

function validTime(value: string, field: string, label: string): string {
  const text = value.trim();
  if (!TIME.test(text)) throw badInput(field, `${label} must be a time in 24-hour format, like 09:15`);
  return text;
}

function capitalised(weekday: Weekday): string {
  return weekday.charAt(0) + weekday.slice(1).toLowerCase();
}

export interface AgreementDates {
  startDate: string | null;
  proposedEndDate: string | null;
}

/**
 * Start and proposed end dates: real dates, the end after the start. An off-site direction (s29A)
 * must be time-limited, so it needs a proposed end date once the start is set.
 */
export function validAgreementDates(startDate: string | null | undefined, proposedEndDate: string | null | undefined, legalBasis: LegalBasis): AgreementDates {
  const start = startDate?.trim() ? parseDate(startDate, 'startDate', 'the start date') : null;
  const end = proposedEndDate?.trim() ? parseDate(proposedEndDate, 'proposedEndDate', 'the proposed end date') : null;
  if (start && end && end <= start) throw badInput('proposedEndDate', 'The proposed end date must be after the start date');
  if (legalBasis === LegalBasis.S29A_OFF_SITE_DIRECTION && start && !end) {
    throw badInput('proposedEndDate', 'Enter the proposed end date: an off-site direction must be time-limited');
  }
  return { startDate: start, proposedEndDate: end };
}
