/** Words for the provider's session marks and what they become in the school's register (domain.md §3.2). */

export const attendanceMarks = {
  PRESENT: 'Present',
  LATE: 'Late',
  ABSENT: 'Absent',
  NOT_REQUIRED: 'Not required',
} as const;

export type AttendanceMarkValue = keyof typeof attendanceMarks;

/** Absence reasons in the order a provider picks them, with the national code the school's register gets. */
export const absenceReasons = {
  ILLNESS: { label: 'Illness', code: 'I' },
  MEDICAL_APPOINTMENT: { label: 'Medical or dental appointment', code: 'M' },
  REASON_NOT_YET_KNOWN: { label: 'Reason not yet known', code: 'N' },
  UNAUTHORISED: { label: 'Unauthorised', code: 'O' },
  EXCLUDED: { label: 'Suspended or excluded', code: 'E' },
  RELIGIOUS_OBSERVANCE: { label: 'Religious observance', code: 'R' },
  TRANSPORT_NOT_AVAILABLE: { label: 'Transport not available', code: 'Y1' },
  OTHER_AUTHORISED: { label: 'Other authorised absence', code: 'C' },
} as const;

export type AbsenceReasonValue = keyof typeof absenceReasons;

export const sessionsOfDay = { AM: 'Morning', PM: 'Afternoon' } as const;

/** "87.5%", or "No sessions yet" before any counted session. */
export function formatAttendancePercent(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? 'No sessions yet' : `${percent}%`;
}

const dayHeading = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A grid column's heading, e.g. "Mon 23 Nov AM". */
export function formatSessionHeading(date: string, session: string): string {
  return `${dayHeading.format(new Date(`${date}T12:00:00Z`))} ${session}`;
}
