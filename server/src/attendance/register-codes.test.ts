import { describe, expect, it } from 'vitest';
import { ReportingCadence, SessionOfDay, Weekday } from '../placements/agreement.entity.js';
import { LegalBasis } from '../placements/placement.entity.js';
import { countsOf, recentUnauthorised, summaryOf, unreportedSessions } from './attendance-summary.js';
import { ABSENCE_CODES, registerCode, type RegisterFacts } from './register-codes.js';
import { mondayOf, timetabledSessions, weekdayOf } from './school-days.js';
import { AbsenceReason, AttendanceMark } from './session-mark.entity.js';

const schoolArranged: RegisterFacts = { legalBasis: LegalBasis.OTHER_SCHOOL_ARRANGED, dualRegistered: false, partTimeTimetable: false };
const present = { mark: AttendanceMark.PRESENT };
const absent = (absenceReason: AbsenceReason) => ({ mark: AttendanceMark.ABSENT, absenceReason });

describe('register codes', () => {
  it('codes attendance B when the school arranged it, K when the LA did (s19), D when dual-registered', () => {
    expect(registerCode(schoolArranged, present)).toBe('B');
    expect(registerCode({ ...schoolArranged, legalBasis: LegalBasis.S29A_OFF_SITE_DIRECTION }, { mark: AttendanceMark.LATE })).toBe('B');
    expect(registerCode({ ...schoolArranged, legalBasis: LegalBasis.S100_SUSPENSION }, present)).toBe('B');
    expect(registerCode({ ...schoolArranged, legalBasis: LegalBasis.S19_LA_DUTY }, present)).toBe('K');
    expect(registerCode({ ...schoolArranged, legalBasis: LegalBasis.S19_LA_DUTY, dualRegistered: true }, present)).toBe('D');
  });

  it('codes each absence reason with its national code from domain.md §3.2', () => {
    const codes = Object.fromEntries(Object.values(AbsenceReason).map((reason) => [reason, registerCode(schoolArranged, absent(reason))]));
    expect(codes).toEqual({
      ILLNESS: 'I',
      MEDICAL_APPOINTMENT: 'M',
      EXCLUDED: 'E',
      UNAUTHORISED: 'O',
      REASON_NOT_YET_KNOWN: 'N',
      RELIGIOUS_OBSERVANCE: 'R',
      TRANSPORT_NOT_AVAILABLE: 'Y1',
      OTHER_AUTHORISED: 'C',
    });
    expect(registerCode({ ...schoolArranged, dualRegistered: true }, absent(AbsenceReason.ILLNESS))).toBe('I');
  });

  it('codes a not-required session C2 only on a part-time timetable; otherwise the school marks it', () => {
    expect(registerCode({ ...schoolArranged, partTimeTimetable: true }, { mark: AttendanceMark.NOT_REQUIRED })).toBe('C2');
    expect(registerCode(schoolArranged, { mark: AttendanceMark.NOT_REQUIRED })).toBeNull();
  });

  it('counts attended, authorised and unauthorised sessions; not-required and Y1 are not possible sessions', () => {
    const counts = countsOf([
      present,
      { mark: AttendanceMark.LATE },
      absent(AbsenceReason.ILLNESS),
      absent(AbsenceReason.UNAUTHORISED),
      absent(AbsenceReason.REASON_NOT_YET_KNOWN),
      absent(AbsenceReason.TRANSPORT_NOT_AVAILABLE),
      { mark: AttendanceMark.NOT_REQUIRED },
    ]);
    expect(counts).toEqual({ possibleSessions: 5, attendedSessions: 2, lateSessions: 1, authorisedAbsences: 1, unauthorisedAbsences: 2, percent: 40 });
    expect(countsOf([]).percent).toBeNull();
    expect(Object.values(ABSENCE_CODES).filter((c) => c.class === 'UNAUTHORISED').map((c) => c.code)).toEqual(['O', 'N']);
  });

  it('flags below target and the penalty threshold of 10 unauthorised sessions in 10 weeks', () => {
    const today = '2026-11-20';
    const unauthorised = (date: string) => ({ date, ...absent(AbsenceReason.UNAUTHORISED) });
    const nine = Array.from({ length: 9 }, (_, i) => unauthorised(`2026-11-${String(10 + i).padStart(2, '0')}`));
    expect(recentUnauthorised([...nine, unauthorised('2026-09-10')], today)).toBe(9);
    expect(recentUnauthorised([...nine, unauthorised('2026-09-12')], today)).toBe(10);
    expect(summaryOf({ ...countsOf([present]), percent: 94.9 }, 95, 10, 0)).toMatchObject({ belowTarget: true, penaltyThresholdReached: true });
    expect(summaryOf(countsOf([present]), 95, 9, 0)).toMatchObject({ belowTarget: false, penaltyThresholdReached: false });
  });
});

describe('school days', () => {
  const timetable = [
    { weekday: Weekday.MONDAY, session: SessionOfDay.PM, startTime: '13:00', endTime: '15:00' },
    { weekday: Weekday.MONDAY, session: SessionOfDay.AM, startTime: '09:00', endTime: '12:00' },
    { weekday: Weekday.FRIDAY, session: SessionOfDay.AM, startTime: '09:30', endTime: '12:00' },
  ];

  it('lists timetabled sessions by date then AM/PM, skipping weekends', () => {
    expect(weekdayOf('2026-11-22')).toBeNull();
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(timetabledSessions(timetable, '2026-11-20', '2026-11-23').map((s) => `${s.date} ${s.session}`)).toEqual(['2026-11-20 AM', '2026-11-23 AM', '2026-11-23 PM']);
  });

  it('counts a daily session unreported from the grace period after it starts; a weekly one once its week is over', () => {
    const range = { from: '2026-11-16', to: '2026-11-23' };
    const now = { date: '2026-11-23', time: '10:00' };
    const unreported = (cadence: ReportingCadence, marked: string[], grace: number) =>
      unreportedSessions(timetable, cadence, range, new Set(marked), now, grace).map((s) => `${s.date} ${s.session}`);
    expect(unreported(ReportingCadence.DAILY, ['2026-11-16 AM'], 60)).toEqual(['2026-11-16 PM', '2026-11-20 AM', '2026-11-23 AM']);
    expect(unreported(ReportingCadence.DAILY, [], 61)).toEqual(['2026-11-16 AM', '2026-11-16 PM', '2026-11-20 AM']);
    expect(unreported(ReportingCadence.WEEKLY, ['2026-11-16 AM'], 60)).toEqual(['2026-11-16 PM', '2026-11-20 AM']);
  });
});
