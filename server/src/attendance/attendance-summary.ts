import { ReportingCadence, type TimetableSession } from '../placements/agreement.entity.js';
import { addDays } from '../qa/evidence-dates.js';
import type { AttendanceSummary, SessionCounts } from './attendance.types.js';
import { CodeClass, classOf } from './register-codes.js';
import { addMinutes, mondayOf, timetabledSessions, type DatedSession } from './school-days.js';
import { AttendanceMark, type SessionMark } from './session-mark.entity.js';

/** Attendance arithmetic over a placement's marks: pure functions, the clock passed in. */

/** The national penalty-notice threshold: 10 unauthorised sessions in a rolling 10 weeks (domain.md §3.1). */
export const PENALTY_SESSIONS = 10;
export const PENALTY_WINDOW_DAYS = 70;

type CountedMark = Pick<SessionMark, 'mark' | 'absenceReason'>;

export function countsOf(marks: readonly CountedMark[]): SessionCounts {
  const counts = { possibleSessions: 0, attendedSessions: 0, lateSessions: 0, authorisedAbsences: 0, unauthorisedAbsences: 0 };
  for (const mark of marks) {
    const codeClass = classOf(mark);
    if (codeClass === CodeClass.NOT_COUNTED) continue;
    counts.possibleSessions += 1;
    if (codeClass === CodeClass.ATTENDING) counts.attendedSessions += 1;
    if (codeClass === CodeClass.AUTHORISED) counts.authorisedAbsences += 1;
    if (codeClass === CodeClass.UNAUTHORISED) counts.unauthorisedAbsences += 1;
    if (mark.mark === AttendanceMark.LATE) counts.lateSessions += 1;
  }
  return { ...counts, percent: percentOf(counts.attendedSessions, counts.possibleSessions) };
}

export function percentOf(attended: number, possible: number): number | null {
  return possible === 0 ? null : Math.round((attended / possible) * 1000) / 10;
}

/** Adds counts together (a pupil's placements), recomputing the percentage. */
export function addCounts(parts: readonly SessionCounts[]): SessionCounts {
  const sum = (key: keyof Omit<SessionCounts, 'percent'>) => parts.reduce((total, part) => total + part[key], 0);
  const possibleSessions = sum('possibleSessions');
  const attendedSessions = sum('attendedSessions');
  return {
    possibleSessions,
    attendedSessions,
    lateSessions: sum('lateSessions'),
    authorisedAbsences: sum('authorisedAbsences'),
    unauthorisedAbsences: sum('unauthorisedAbsences'),
    percent: percentOf(attendedSessions, possibleSessions),
  };
}

/** Unauthorised absences in the penalty window ending today. */
export function recentUnauthorised(marks: readonly (CountedMark & { date: string })[], today: string): number {
  const since = addDays(today, -PENALTY_WINDOW_DAYS);
  return marks.filter((m) => m.date > since && m.date <= today && classOf(m) === CodeClass.UNAUTHORISED).length;
}

export function summaryOf(counts: SessionCounts, targetPercent: number, unauthorisedInLastTenWeeks: number, notYetReported: number): AttendanceSummary {
  return {
    ...counts,
    targetPercent,
    belowTarget: counts.percent !== null && counts.percent < targetPercent,
    unauthorisedInLastTenWeeks,
    penaltyThresholdReached: unauthorisedInLastTenWeeks >= PENALTY_SESSIONS,
    notYetReported,
  };
}

/** Where "now" is, in England. */
export interface Now {
  date: string;
  time: string;
}

/**
 * Timetabled sessions from `from` to `to` that are due to have been reported by now but have no
 * mark: daily reporting, `graceMinutes` after the session starts; weekly, once its week is over.
 */
export function unreportedSessions(
  timetable: readonly TimetableSession[],
  cadence: ReportingCadence,
  range: { from: string; to: string },
  marked: ReadonlySet<string>,
  now: Now,
  graceMinutes: number,
): DatedSession[] {
  const thisWeek = mondayOf(now.date);
  const due = (s: DatedSession) =>
    cadence === ReportingCadence.WEEKLY ? mondayOf(s.date) < thisWeek : s.date < now.date || addMinutes(s.startTime, graceMinutes) <= now.time;
  const to = range.to < now.date ? range.to : now.date;
  return timetabledSessions(timetable, range.from, to).filter((s) => due(s) && !marked.has(sessionKey(s)));
}

export function sessionKey(s: { date: string; session: string }): string {
  return `${s.date} ${s.session}`;
}
