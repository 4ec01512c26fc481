import { SessionOfDay, type TimetableSession, Weekday } from '../placements/agreement.entity.js';
import { addDays } from '../qa/evidence-dates.js';

/** Calendar arithmetic for register sessions: dates are YYYY-MM-DD strings, weeks start on Monday. Pure. */

const WEEKDAYS_BY_INDEX: (Weekday | null)[] = [null, Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, null];

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The school day of a date, or null at the weekend. */
export function weekdayOf(date: string): Weekday | null {
  return WEEKDAYS_BY_INDEX[new Date(`${date}T00:00:00Z`).getUTCDay()];
}

/** The Monday of the date's week. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, day === 0 ? -6 : 1 - day);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The time of day in England, HH:MM. */
export function timeInEngland(now: Date = new Date()): string {
  return LONDON_TIME.format(now);
}

/** A timetabled session on a date. */
export interface DatedSession {
  date: string;
  session: SessionOfDay;
  startTime: string;
}

/** Every session of the weekly timetable from `from` to `to` inclusive, in date then AM/PM order. */
export function timetabledSessions(timetable: readonly TimetableSession[], from: string, to: string): DatedSession[] {
  const sessions: DatedSession[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    for (const slot of timetable.filter((s) => s.weekday === weekday).sort((a, b) => a.session.localeCompare(b.session))) {
      sessions.push({ date, session: slot.session, startTime: slot.startTime });
    }
  }
  return sessions;
}

/** The timetable slot for a date's session, if the agreement has one. */
export function slotOn(timetable: readonly TimetableSession[], date: string, session: SessionOfDay): TimetableSession | undefined {
  const weekday = weekdayOf(date);
  return timetable.find((s) => s.weekday === weekday && s.session === session);
}

/** HH:MM plus minutes (may pass 23:59; compared as text, "24:30" still sorts after any real time). */
export function addMinutes(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
