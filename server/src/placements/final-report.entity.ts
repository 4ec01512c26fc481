import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Placement } from './placement.entity.js';

/** The provider's final report when a placement ends (seed 003: attainment and progress, attendance, behaviour change, pupil's view). */
@Entity({ tableName: 'final_report' })
@Unique({ properties: ['placement'] })
@ObjectType('FinalReport', { description: "The provider's final report on the placement." })
export class FinalReport {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  @Field(() => String, { description: 'Academic attainment and progress during the placement.' })
  @Property({ type: 'text' })
  attainmentAndProgress!: string;

  @Field(() => Int, { nullable: true, description: 'Attendance over the placement, %.' })
  @Property({ type: 'smallint', nullable: true })
  attendancePercent?: number | null;

  @Field(() => String, { description: 'Attendance record.' })
  @Property({ type: 'text' })
  attendanceRecord!: string;

  @Field(() => String, { description: 'Evidence of change in behaviour.' })
  @Property({ type: 'text' })
  behaviourChange!: string;

  @Field(() => String, { description: "The pupil's view of the placement." })
  @Property({ type: 'text' })
  pupilViews!: string;

  @Field(() => String, { nullable: true, description: 'Recommended next steps.' })
  @Property({ type: 'text', nullable: true })
  nextSteps?: string | null;

  @Field(() => String, { description: 'Name of the staff member who wrote it.' })
  @Property({ type: 'text' })
  staffName!: string;

  @Property({ type: 'uuid' })
  writtenById!: string;

  @Field(() => Date, { description: 'When it was submitted.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
