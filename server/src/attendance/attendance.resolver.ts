import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Placement } from '../placements/placement.entity.js';
import { Pupil } from '../pupils/pupil.entity.js';
import { DateRangeInput, RecordSessionMarksInput } from './attendance.inputs.js';
import { AttendanceExport, AttendanceGrid, AttendanceSummary, WeeklyAttendance } from './attendance.types.js';
import { SessionMark, SessionMarkChange } from './session-mark.entity.js';

@Resolver()
export class AttendanceResolver {
  @Mutation(() => [SessionMark], {
    description:
      "The placement's provider (managers, staff): record AM/PM marks of active placements, all or none. The same mark again changes nothing; a different one is a correction kept in the mark's history (after the day itself, give a reason). Returns the marks in input order.",
  })
  recordSessionMarks(@Arg('input', () => RecordSessionMarksInput) input: RecordSessionMarksInput, @Ctx() context: Context): Promise<SessionMark[]> {
    return context.services.attendance.recordSessionMarks(context, input);
  }

  @Query(() => AttendanceGrid, { description: "The provider's register (managers, staff): each active placement with its timetabled sessions and marks, up to 31 days." })
  attendanceGrid(@Arg('input', () => DateRangeInput) input: DateRangeInput, @Ctx() context: Context): Promise<AttendanceGrid> {
    return context.services.attendance.grid(context, input);
  }

  @Query(() => AttendanceExport, {
    description: "The school (heads, AP leads, attendance leads): its pupils' marked AP sessions in a range of up to a year, as CSV of national register codes for its MIS.",
  })
  attendanceExport(@Arg('input', () => DateRangeInput) input: DateRangeInput, @Ctx() context: Context): Promise<AttendanceExport> {
    return context.services.attendance.exportForSchool(context, input);
  }
}

@Resolver(() => Placement)
export class PlacementAttendanceResolver {
  @FieldResolver(() => [SessionMark], { description: 'Session marks in a range of up to a year, by date then session.' })
  sessionMarks(
    @Root() placement: Placement,
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD.' }) to: string,
    @Ctx() context: Context,
  ): Promise<SessionMark[]> {
    return context.services.attendance.marksOf(context, placement, { from, to });
  }

  @FieldResolver(() => AttendanceSummary, { description: 'Attendance so far from the provider’s marks, against the school’s target and the national thresholds.' })
  attendanceSummary(@Root() placement: Placement, @Ctx() context: Context): Promise<AttendanceSummary> {
    return context.services.attendance.placementSummary(context, placement);
  }

  @FieldResolver(() => [WeeklyAttendance], { description: 'Counts per week (weeks start on Monday) in a range of up to a year.' })
  weeklyAttendance(
    @Root() placement: Placement,
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD.' }) to: string,
    @Ctx() context: Context,
  ): Promise<WeeklyAttendance[]> {
    return context.services.attendance.weeklyAttendance(context, placement, { from, to });
  }
}

@Resolver(() => Pupil)
export class PupilAttendanceResolver {
  @FieldResolver(() => AttendanceSummary, { description: 'Attendance across all the pupil’s placements.' })
  attendanceSummary(@Root() pupil: Pupil, @Ctx() context: Context): Promise<AttendanceSummary> {
    return context.services.attendance.pupilSummary(context, pupil);
  }
}

@Resolver(() => SessionMark)
export class SessionMarkResolver {
  @FieldResolver(() => [SessionMarkChange], { description: 'Corrections of the mark, oldest first.' })
  changes(@Root() mark: SessionMark, @Ctx() context: Context): Promise<SessionMarkChange[]> {
    return context.loaders.changesBySessionMark.load(mark.id);
  }
}
