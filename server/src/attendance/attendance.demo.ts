import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../people/membership.entity.js';
import { PlacementAgreement } from '../placements/agreement.entity.js';
import { Placement, PlacementStatus } from '../placements/placement.entity.js';
import { addDays, todayInEngland } from '../qa/evidence-dates.js';
import { timetabledSessions } from './school-days.js';
import { AbsenceReason, AttendanceMark, SessionMark } from './session-mark.entity.js';

/** School days left unmarked at the end, so the demo shows sessions not yet reported and today is free to mark. */
const UNMARKED_SCHOOL_DAYS = 2;

/**
 * Marks for every demo active placement from its start, in a fixed, realistic pattern: mostly
 * present, some late, a few illnesses and unauthorised absences. Written as the owner, so no alerts.
 */
export async function seedDemoAttendance(tx: EntityManager): Promise<void> {
  const placements = await tx.find(Placement, { status: PlacementStatus.ACTIVE });
  for (const placement of placements) {
    const [agreement] = await tx.find(PlacementAgreement, { placement }, { orderBy: { version: 'desc' }, limit: 1 });
    const [recorder] = await tx.find(Membership, { organisation: placement.provider.id }, { populate: ['user'], orderBy: { createdAt: 'asc' }, limit: 1 });
    const sessions = timetabledSessions(agreement.timetable, placement.startedOn!, addDays(todayInEngland(), -1));
    const lastDays = [...new Set(sessions.map((s) => s.date))].slice(-UNMARKED_SCHOOL_DAYS);
    sessions
      .filter((s) => !lastDays.includes(s.date))
      .forEach((s, n) => {
        tx.create(SessionMark, {
          placement,
          date: s.date,
          session: s.session,
          ...demoMark(n),
          recordedById: recorder.user.id,
          recordedByName: recorder.user.getEntity().displayName,
          recordedAt: new Date(`${s.date}T${s.startTime}:00Z`),
        });
      });
  }
}

function demoMark(n: number): Pick<SessionMark, 'mark' | 'minutesLate' | 'absenceReason'> {
  if (n % 29 === 11) return { mark: AttendanceMark.ABSENT, absenceReason: AbsenceReason.UNAUTHORISED };
  if (n % 23 === 7) return { mark: AttendanceMark.ABSENT, absenceReason: AbsenceReason.ILLNESS };
  if (n % 17 === 5) return { mark: AttendanceMark.LATE, minutesLate: 10 };
  return { mark: AttendanceMark.PRESENT };
}
