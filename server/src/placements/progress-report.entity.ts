import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ReportCadence } from './agreement.entity.js';
import { Placement } from './placement.entity.js';

/** The provider's termly (or half-termly) report: the fields of the seeds' AP Termly Review (domain.md §7.1). */
@Entity({ tableName: 'progress_report' })
@Index({ properties: ['placement', 'periodEnd'] })
@ObjectType('ProgressReport', { description: "The provider's termly or half-termly report on the pupil (the seeds' termly review)." })
export class ProgressReport {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  @Field(() => ReportCadence, { description: 'Termly or half-termly.' })
  @Enum({ items: () => ReportCadence, type: 'text' })
  kind!: ReportCadence;

  @Field(() => LocalDateResolver, { description: 'First day the report covers.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => LocalDateResolver, { description: 'Last day the report covers.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => String, { description: 'Name of the staff member completing the report.' })
  @Property({ type: 'text' })
  staffName!: string;

  @Field(() => Int, { description: 'Attendance this term, %.' })
  @Property({ type: 'smallint' })
  attendancePercent!: number;

  @Field(() => String, { nullable: true, description: 'Commentary on attendance; required below 100%.' })
  @Property({ type: 'text', nullable: true })
  attendanceCommentary?: string | null;

  @Field(() => String, { description: 'Punctuality.' })
  @Property({ type: 'text' })
  punctuality!: string;

  @Field(() => String, { description: 'Attitude to learning.' })
  @Property({ type: 'text' })
  attitudeToLearning!: string;

  @Field(() => String, { description: 'Brief summary of skills covered this term.' })
  @Property({ type: 'text' })
  skillsCovered!: string;

  @Field(() => String, { description: 'Targets for next term.' })
  @Property({ type: 'text' })
  targetsNextTerm!: string;

  @Field(() => String, { nullable: true, description: "The pupil's own views." })
  @Property({ type: 'text', nullable: true })
  pupilViews?: string | null;

  @Field(() => String, { nullable: true, description: 'Any other comments.' })
  @Property({ type: 'text', nullable: true })
  otherComments?: string | null;

  @Property({ type: 'uuid' })
  writtenById!: string;

  @Field(() => Date, { description: 'When it was submitted to the school.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
