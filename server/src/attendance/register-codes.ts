import { LegalBasis } from '../placements/placement.entity.js';
import { AbsenceReason, AttendanceMark } from './session-mark.entity.js';

/**
 * National attendance codes (2024 set, domain.md §3.2) for the home school's register, derived
 * from the provider's marks. Pure functions: no database, no clock.
 */

/** How a code counts in attendance statistics (domain.md §3.2, "Statistical class"). */
export enum CodeClass {
  ATTENDING = 'ATTENDING',
  AUTHORISED = 'AUTHORISED',
  UNAUTHORISED = 'UNAUTHORISED',
  NOT_COUNTED = 'NOT_COUNTED',
}

/** Each absence reason's national code and class, straight from the table in domain.md §3.2. */
export const ABSENCE_CODES: Record<AbsenceReason, { code: string; class: CodeClass }> = {
  [AbsenceReason.ILLNESS]: { code: 'I', class: CodeClass.AUTHORISED },
  [AbsenceReason.MEDICAL_APPOINTMENT]: { code: 'M', class: CodeClass.AUTHORISED },
  [AbsenceReason.EXCLUDED]: { code: 'E', class: CodeClass.AUTHORISED },
  [AbsenceReason.UNAUTHORISED]: { code: 'O', class: CodeClass.UNAUTHORISED },
  [AbsenceReason.REASON_NOT_YET_KNOWN]: { code: 'N', class: CodeClass.UNAUTHORISED },
  [AbsenceReason.RELIGIOUS_OBSERVANCE]: { code: 'R', class: CodeClass.AUTHORISED },
  [AbsenceReason.TRANSPORT_NOT_AVAILABLE]: { code: 'Y1', class: CodeClass.NOT_COUNTED },
  [AbsenceReason.OTHER_AUTHORISED]: { code: 'C', class: CodeClass.AUTHORISED },
};

/** The placement facts a code depends on. */
export interface RegisterFacts {
  legalBasis: LegalBasis;
  dualRegistered: boolean;
  /** Hours at the provider plus at the home school are under the school's full-time threshold. */
  partTimeTimetable: boolean;
}

export interface MarkFacts {
  mark: AttendanceMark;
  absenceReason?: AbsenceReason | null;
}

/**
 * The home school's register code for a marked session, or null when the provider's mark does not
 * decide it. Attended: D when dual-registered (the pupil is on the provider's roll too), else K
 * when the LA arranged the placement (s19), else B (school-arranged, supervised off-site). Absent:
 * the reason's code. Not required: C2 only when the pupil's whole timetable (provider plus home
 * school) is part-time, the one case §3.2 codes a session the pupil is not required to attend;
 * otherwise the pupil may be due at the home school, which marks that session itself.
 */
export function registerCode(facts: RegisterFacts, mark: MarkFacts): string | null {
  switch (mark.mark) {
    case AttendanceMark.PRESENT:
    case AttendanceMark.LATE:
      return attendedCode(facts);
    case AttendanceMark.ABSENT:
      return mark.absenceReason ? ABSENCE_CODES[mark.absenceReason].code : null;
    case AttendanceMark.NOT_REQUIRED:
      return facts.partTimeTimetable ? 'C2' : null;
  }
}

function attendedCode(facts: RegisterFacts): string {
  if (facts.dualRegistered) return 'D';
  return facts.legalBasis === LegalBasis.S19_LA_DUTY ? 'K' : 'B';
}

/**
 * How a mark counts towards the placement's attendance. Unlike the school's own register, an
 * attended session counts even for a dual-registered pupil (D is "not counted" only at the school
 * where the pupil is not due). A not-required session is not a possible session.
 */
export function classOf(mark: MarkFacts): CodeClass {
  switch (mark.mark) {
    case AttendanceMark.PRESENT:
    case AttendanceMark.LATE:
      return CodeClass.ATTENDING;
    case AttendanceMark.ABSENT:
      return mark.absenceReason ? ABSENCE_CODES[mark.absenceReason].class : CodeClass.UNAUTHORISED;
    case AttendanceMark.NOT_REQUIRED:
      return CodeClass.NOT_COUNTED;
  }
}
