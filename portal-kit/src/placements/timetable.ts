import type { FormError } from '../forms/form-errors';
import { sessionLabels, weekdayLabels, weekdays, sessionsOfDay, type AttendancePattern, type SessionOfDay, type Weekday } from './placement-labels';

/** One weekly session of an agreement's timetable, as the API stores it. */
export interface TimetableSessionValue {
  weekday: Weekday;
  session: SessionOfDay;
  /** HH:MM */
  startTime: string;
  /** HH:MM */
  endTime: string;
}

/** What a newly ticked session starts with: a usual school morning and afternoon. */
export const defaultSessionTimes: Record<SessionOfDay, { startTime: string; endTime: string }> = {
  AM: { startTime: '09:00', endTime: '12:00' },
  PM: { startTime: '13:00', endTime: '15:00' },
};

/** The working guide for "full-time" (domain.md §2.4): 18 hours a week or more. */
const FULL_TIME_HOURS = 18;

/** Full-time or part-time by the national guide, where the school policy's threshold is not known yet. */
export function attendancePatternOf(hoursPerWeek: number): AttendancePattern {
  return hoursPerWeek >= FULL_TIME_HOURS ? 'FULL_TIME' : 'PART_TIME';
}

/** "Monday morning": how a session is named in labels and error messages. */
export function describeSession(weekday: Weekday, session: SessionOfDay): string {
  return `${weekdayLabels[weekday]} ${sessionLabels[session].toLowerCase()}`;
}

/** Field ids of a session's checkbox and its start and end times, e.g. "timetable-MONDAY-AM-start". */
export function sessionFieldId(weekday: Weekday, session: SessionOfDay, part?: 'start' | 'end'): string {
  return `timetable-${weekday}-${session}${part ? `-${part}` : ''}`;
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Hours a week of a timetable, as the API computes them. */
export function hoursOfTimetable(timetable: readonly Pick<TimetableSessionValue, 'startTime' | 'endTime'>[]): number {
  return timetable.reduce((sum, session) => sum + (minutesOf(session.endTime) - minutesOf(session.startTime)) / 60, 0);
}

/** A time as people type it ("9:00", "09.30", "1530") as HH:MM, or undefined when it is not a real time. */
export function parseTime(text: string): string | undefined {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Monday morning first, Friday afternoon last. */
export function sortTimetable<Session extends Pick<TimetableSessionValue, 'weekday' | 'session'>>(timetable: readonly Session[]): Session[] {
  const rank = (session: Session) => weekdays.indexOf(session.weekday) * 2 + sessionsOfDay.indexOf(session.session);
  return [...timetable].sort((a, b) => rank(a) - rank(b));
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function readTime(form: FormData, id: string, what: string, errors: FormError[]): string | undefined {
  const typed = form.get(id);
  const text = typeof typed === 'string' ? typed : '';
  if (text.trim() === '') {
    errors.push({ field: id, message: `Enter the ${what}` });
    return undefined;
  }
  const time = parseTime(text);
  if (!time) errors.push({ field: id, message: `${capitalised(what)} must be a real time, like 09:00` });
  return time;
}

/** Reads the ticked sessions of a TimetableInput and their times, with GOV.UK error messages. */
export function readTimetable(form: FormData): { sessions: TimetableSessionValue[]; errors: FormError[] } {
  const sessions: TimetableSessionValue[] = [];
  const errors: FormError[] = [];
  for (const weekday of weekdays) {
    for (const session of sessionsOfDay) {
      if (form.get(sessionFieldId(weekday, session)) === null) continue;
      const name = describeSession(weekday, session);
      const startTime = readTime(form, sessionFieldId(weekday, session, 'start'), `start time for ${name}`, errors);
      const endTime = readTime(form, sessionFieldId(weekday, session, 'end'), `end time for ${name}`, errors);
      if (!startTime || !endTime) continue;
      if (endTime <= startTime) {
        errors.push({ field: sessionFieldId(weekday, session, 'end'), message: `End time for ${name} must be after its start time` });
        continue;
      }
      // The register's two sessions (domain.md §3.1): a morning starts before noon, an afternoon ends after it.
      if (session === 'AM' && startTime >= '12:00') {
        errors.push({ field: sessionFieldId(weekday, session, 'start'), message: `${capitalised(name)} is a morning session: it must start before 12:00` });
        continue;
      }
      if (session === 'PM' && endTime <= '12:00') {
        errors.push({ field: sessionFieldId(weekday, session, 'end'), message: `${capitalised(name)} is an afternoon session: it must end after 12:00` });
        continue;
      }
      sessions.push({ weekday, session, startTime, endTime });
    }
  }
  if (sessions.length === 0 && errors.length === 0) {
    errors.push({ field: sessionFieldId('MONDAY', 'AM'), message: 'Choose at least one session the pupil attends' });
  }
  return { sessions, errors };
}

/**
 * The TimetableInput box an API problem names: "timetable[1].endTime" is the end time of the second
 * session sent, "timetable" the grid as a whole. Other fields come back unchanged.
 */
export function timetableFieldOf(field: string, sent: readonly Pick<TimetableSessionValue, 'weekday' | 'session'>[]): string {
  if (field === 'timetable') return sessionFieldId('MONDAY', 'AM');
  const match = /^timetable\[(\d+)\](?:\.(startTime|endTime))?$/.exec(field);
  const session = match ? sent[Number(match[1])] : undefined;
  if (!match || !session) return field;
  const part = match[2] === 'startTime' ? 'start' : match[2] === 'endTime' ? 'end' : undefined;
  return sessionFieldId(session.weekday, session.session, part);
}
