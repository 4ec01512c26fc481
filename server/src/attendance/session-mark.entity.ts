import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SessionOfDay } from '../placements/agreement.entity.js';
import { Placement } from '../placements/placement.entity.js';

export enum AttendanceMark {
  PRESENT = 'PRESENT',
  LATE = 'LATE',
  ABSENT = 'ABSENT',
  NOT_REQUIRED = 'NOT_REQUIRED',
}
registerEnumType(AttendanceMark, {
  name: 'AttendanceMark',
  description: "The provider's mark for one session.",
  valuesConfig: {
    PRESENT: { description: 'Attended the session.' },
    LATE: { description: 'Attended, arriving late (give the minutes).' },
    ABSENT: { description: 'Did not attend (give the reason).' },
    NOT_REQUIRED: { description: 'Not required to attend this session (timetable change agreed with the school).' },
  },
});

/** Why a pupil was absent, as the provider knows it; each maps to one national code (register-codes.ts). */
export enum AbsenceReason {
  ILLNESS = 'ILLNESS',
  MEDICAL_APPOINTMENT = 'MEDICAL_APPOINTMENT',
  EXCLUDED = 'EXCLUDED',
  UNAUTHORISED = 'UNAUTHORISED',
  REASON_NOT_YET_KNOWN = 'REASON_NOT_YET_KNOWN',
  RELIGIOUS_OBSERVANCE = 'RELIGIOUS_OBSERVANCE',
  TRANSPORT_NOT_AVAILABLE = 'TRANSPORT_NOT_AVAILABLE',
  OTHER_AUTHORISED = 'OTHER_AUTHORISED',
}
registerEnumType(AbsenceReason, {
  name: 'AbsenceReason',
  description: 'Why the pupil was absent (national attendance codes, domain.md §3.2).',
  valuesConfig: {
    ILLNESS: { description: 'Illness (code I).' },
    MEDICAL_APPOINTMENT: { description: 'Medical or dental appointment (code M).' },
    EXCLUDED: { description: 'Suspended or excluded (code E).' },
    UNAUTHORISED: { description: 'Other unauthorised absence (code O).' },
    REASON_NOT_YET_KNOWN: { description: 'Reason not yet provided: the school must resolve it (code N).' },
    RELIGIOUS_OBSERVANCE: { description: 'Religious observance (code R).' },
    TRANSPORT_NOT_AVAILABLE: { description: 'Usual transport not available (code Y1).' },
    OTHER_AUTHORISED: { description: 'Other exceptional leave authorised by the school (code C).' },
  },
});

/** One register session of a placement as the provider marked it; at most one per placement, date and session. */
@Entity({ tableName: 'session_mark' })
@Unique({ properties: ['placement', 'date', 'session'] })
@ObjectType('SessionMark', { description: 'The provider’s attendance mark for one AM or PM session of a placement.' })
export class SessionMark {
  [OptionalProps]?: 'recordedAt' | 'version';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  @Field(() => LocalDateResolver, { description: 'The day of the session.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => SessionOfDay, { description: 'Morning or afternoon.' })
  @Enum({ items: () => SessionOfDay, type: 'text' })
  session!: SessionOfDay;

  @Field(() => AttendanceMark, { description: 'The mark.' })
  @Enum({ items: () => AttendanceMark, type: 'text' })
  mark!: AttendanceMark;

  @Field(() => Int, { nullable: true, description: 'Minutes late (late marks only).' })
  @Property({ type: 'smallint', nullable: true })
  minutesLate?: number | null;

  @Field(() => AbsenceReason, { nullable: true, description: 'Why the pupil was absent (absent marks only).' })
  @Enum({ items: () => AbsenceReason, type: 'text', nullable: true })
  absenceReason?: AbsenceReason | null;

  @Field(() => String, { nullable: true, description: 'A note for the school.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'uuid' })
  recordedById!: string;

  @Field(() => String, { description: 'Who recorded the mark as it stands.' })
  @Property({ type: 'text' })
  recordedByName!: string;

  @Field(() => Date, { description: 'When the mark as it stands was recorded.' })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Field(() => Int, { description: 'Starts at 1; goes up by one with each correction.' })
  @Property({ type: 'integer' })
  version: number = 1;
}

/** A correction of a session mark: what it was, what it became, who changed it, when and why. Never changed. */
@Entity({ tableName: 'session_mark_change' })
@Index({ properties: ['mark', 'changedAt'] })
@ObjectType('SessionMarkChange', { description: 'A correction of a session mark, with the values before and after.' })
export class SessionMarkChange {
  [OptionalProps]?: 'changedAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => SessionMark, ref: true })
  mark!: Ref<SessionMark>;

  @Field(() => AttendanceMark, { description: 'The mark before the correction.' })
  @Enum({ items: () => AttendanceMark, type: 'text' })
  previousMark!: AttendanceMark;

  @Field(() => Int, { nullable: true, description: 'Minutes late before the correction.' })
  @Property({ type: 'smallint', nullable: true })
  previousMinutesLate?: number | null;

  @Field(() => AbsenceReason, { nullable: true, description: 'Absence reason before the correction.' })
  @Enum({ items: () => AbsenceReason, type: 'text', nullable: true })
  previousAbsenceReason?: AbsenceReason | null;

  @Field(() => String, { nullable: true, description: 'Note before the correction.' })
  @Property({ type: 'text', nullable: true })
  previousNote?: string | null;

  @Field(() => AttendanceMark, { description: 'The mark after the correction.' })
  @Enum({ items: () => AttendanceMark, type: 'text' })
  newMark!: AttendanceMark;

  @Field(() => Int, { nullable: true, description: 'Minutes late after the correction.' })
  @Property({ type: 'smallint', nullable: true })
  newMinutesLate?: number | null;

  @Field(() => AbsenceReason, { nullable: true, description: 'Absence reason after the correction.' })
  @Enum({ items: () => AbsenceReason, type: 'text', nullable: true })
  newAbsenceReason?: AbsenceReason | null;

  @Field(() => String, { nullable: true, description: 'Note after the correction.' })
  @Property({ type: 'text', nullable: true })
  newNote?: string | null;

  @Property({ type: 'uuid' })
  changedById!: string;

  @Field(() => String, { description: 'Who made the correction.' })
  @Property({ type: 'text' })
  changedByName!: string;

  @Field(() => Date, { description: 'When the correction was made.' })
  @Property({ type: 'timestamptz' })
  changedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Why the mark was corrected (required after the day of the session).' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
