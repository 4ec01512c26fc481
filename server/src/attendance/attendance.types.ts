import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SessionOfDay } from '../placements/agreement.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { SessionMark } from './session-mark.entity.js';

@ObjectType('SessionCounts', { description: 'Marked sessions counted by how they count in attendance statistics.' })
export class SessionCounts {
  @Field(() => Int, { description: 'Possible sessions: attended plus absences that count (not-required sessions and Y1 transport absences do not).' })
  possibleSessions!: number;

  @Field(() => Int, { description: 'Sessions attended, on time or late.' })
  attendedSessions!: number;

  @Field(() => Int, { description: 'Of the attended sessions, those the pupil arrived late to.' })
  lateSessions!: number;

  @Field(() => Int, { description: 'Authorised absences (codes I, M, E, R, C).' })
  authorisedAbsences!: number;

  @Field(() => Int, { description: 'Unauthorised absences (codes O, N).' })
  unauthorisedAbsences!: number;

  @Field(() => Float, { nullable: true, description: 'Attended as a percentage of possible sessions, to one decimal place; null with no possible sessions.' })
  percent!: number | null;
}

@ObjectType('AttendanceSummary', { description: "A placement's (or a pupil's) attendance from the provider's marks, against the school's target and the national thresholds." })
export class AttendanceSummary extends SessionCounts {
  @Field(() => Int, { description: "The home school's attendance target (its AP policy), %." })
  targetPercent!: number;

  @Field(() => Boolean, { description: 'Attendance is below the target.' })
  belowTarget!: boolean;

  @Field(() => Int, { description: 'Unauthorised absences in the last 10 weeks (the rolling window of the penalty-notice threshold).' })
  unauthorisedInLastTenWeeks!: number;

  @Field(() => Boolean, {
    description: 'At least 10 unauthorised sessions in the last 10 weeks: the national penalty-notice threshold (domain.md §3.1). Weeks are calendar weeks: school holidays are not known here.',
  })
  penaltyThresholdReached!: boolean;

  @Field(() => Int, {
    description:
      'Timetabled sessions the provider has not marked in time: daily reporting, from ATTENDANCE_REPORT_GRACE_MINUTES after the session starts; weekly reporting, once the week is over.',
  })
  notYetReported!: number;
}

@ObjectType('WeeklyAttendance', { description: 'One week of a placement’s attendance (for weekly reporting).' })
export class WeeklyAttendance extends SessionCounts {
  @Field(() => LocalDateResolver, { description: 'The Monday of the week.' })
  weekStarting!: string;

  @Field(() => Int, { description: 'Sessions in the timetable that week (within the placement and up to today).' })
  timetabledSessions!: number;

  @Field(() => Int, { description: 'Timetabled sessions that week with no mark yet.' })
  unmarkedSessions!: number;
}

@ObjectType('AttendanceGridCell', { description: 'One session of a pupil in the attendance grid: timetabled, or already marked.' })
export class AttendanceGridCell {
  @Field(() => LocalDateResolver, { description: 'The day.' })
  date!: string;

  @Field(() => SessionOfDay, { description: 'Morning or afternoon.' })
  session!: SessionOfDay;

  @Field(() => Boolean, { description: "The session is in the agreement's timetable." })
  timetabled!: boolean;

  @Field(() => SessionMark, { nullable: true, description: 'The mark recorded so far; null if none.' })
  mark!: SessionMark | null;
}

@ObjectType('AttendanceGridRow', { description: 'One active placement in the attendance grid.' })
export class AttendanceGridRow {
  @Field(() => Placement, { description: 'The placement (the pupil as the school shared them).' })
  placement!: Placement;

  @Field(() => [AttendanceGridCell], { description: 'Its sessions in the range, by date then AM/PM.' })
  cells!: AttendanceGridCell[];
}

@ObjectType('AttendanceGrid', { description: "The provider's register: each active placement with its sessions in a date range." })
export class AttendanceGrid {
  @Field(() => LocalDateResolver, { description: 'First day shown.' })
  from!: string;

  @Field(() => LocalDateResolver, { description: 'Last day shown.' })
  to!: string;

  @Field(() => [AttendanceGridRow], { description: 'One row per active placement, by pupil name.' })
  rows!: AttendanceGridRow[];
}

@ObjectType('AttendanceExport', { description: "The school's marked AP sessions as CSV for its MIS." })
export class AttendanceExport {
  @Field(() => String, { description: 'A file name for the download.' })
  filename!: string;

  @Field(() => String, { description: 'CSV text with the header UPN,date,session,code: one row per marked session that has a register code.' })
  csv!: string;

  @Field(() => Int, { description: 'Rows after the header.' })
  rowCount!: number;
}
