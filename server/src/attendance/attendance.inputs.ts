import { Field, ID, InputType, Int } from 'type-graphql';
import { SessionOfDay } from '../placements/agreement.entity.js';
import { AbsenceReason, AttendanceMark } from './session-mark.entity.js';

@InputType('SessionMarkInput', { description: 'One session mark to record.' })
export class SessionMarkInput {
  @Field(() => ID, { description: 'The placement.' })
  placementId!: string;

  @Field(() => String, { description: 'The day of the session, YYYY-MM-DD: today or earlier, within the placement.' })
  date!: string;

  @Field(() => SessionOfDay, { description: 'Morning or afternoon.' })
  session!: SessionOfDay;

  @Field(() => AttendanceMark, { description: 'The mark.' })
  mark!: AttendanceMark;

  @Field(() => Int, { nullable: true, description: 'Minutes late, 1 to 300: required for a late mark, and only for one.' })
  minutesLate?: number | null;

  @Field(() => AbsenceReason, { nullable: true, description: 'Why the pupil was absent: required for an absent mark, and only for one.' })
  absenceReason?: AbsenceReason | null;

  @Field(() => String, { nullable: true, description: 'A note for the school (up to 500 characters). Left out, an existing mark keeps its note; null clears it.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Why a mark of an earlier day is being changed: required for such a correction.' })
  correctionReason?: string | null;
}

@InputType('RecordSessionMarksInput', { description: 'Marks to record together: all are saved or none.' })
export class RecordSessionMarksInput {
  @Field(() => [SessionMarkInput], { description: 'The marks, at most 1,000; each placement, date and session once.' })
  marks!: SessionMarkInput[];
}

@InputType('DateRangeInput', { description: 'A range of days, YYYY-MM-DD, both included.' })
export class DateRangeInput {
  @Field(() => String, { description: 'First day.' })
  from!: string;

  @Field(() => String, { description: 'Last day.' })
  to!: string;
}
