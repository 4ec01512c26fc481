import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Placement } from './placement.entity.js';

/** A school visit to the pupil at the provider: the fields of the seeds' AP Visit Proforma (domain.md §7.1). */
@Entity({ tableName: 'placement_visit' })
@Index({ properties: ['placement', 'visitedAt'] })
@ObjectType('PlacementVisit', { description: "A school staff visit to the pupil at the provider (the seeds' visit proforma)." })
export class PlacementVisit {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  @Field(() => Date, { description: 'Date and time of the visit.' })
  @Property({ type: 'timestamptz' })
  visitedAt!: Date;

  @Field(() => String, { description: 'Member of staff who visited.' })
  @Property({ type: 'text' })
  staffMember!: string;

  @Field(() => String, { nullable: true, description: "The pupil's class or tutor group." })
  @Property({ type: 'text', nullable: true })
  pupilClass?: string | null;

  @Field(() => Int, { nullable: true, description: 'Attendance % at the time of the visit.' })
  @Property({ type: 'smallint', nullable: true })
  attendancePercent?: number | null;

  @Field(() => Boolean, { description: 'Safeguarding concerns raised (recorded separately, DSL to DSL).' })
  @Property({ type: 'boolean' })
  safeguardingConcerns: boolean = false;

  @Field(() => String, { nullable: true, description: 'Attendance notes.' })
  @Property({ type: 'text', nullable: true })
  attendanceNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Behaviour and welfare notes.' })
  @Property({ type: 'text', nullable: true })
  behaviourWelfareNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Progress.' })
  @Property({ type: 'text', nullable: true })
  progress?: string | null;

  @Field(() => String, { nullable: true, description: 'Attainment.' })
  @Property({ type: 'text', nullable: true })
  attainment?: string | null;

  @Field(() => String, { nullable: true, description: 'Curriculum and learning notes.' })
  @Property({ type: 'text', nullable: true })
  curriculumNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Other agencies involved.' })
  @Property({ type: 'text', nullable: true })
  otherAgencies?: string | null;

  @Field(() => String, { nullable: true, description: 'Actions for the school.' })
  @Property({ type: 'text', nullable: true })
  actionsForSchool?: string | null;

  @Field(() => String, { nullable: true, description: 'Actions for the provision.' })
  @Property({ type: 'text', nullable: true })
  actionsForProvision?: string | null;

  @Field(() => Boolean, { description: 'Parent or carer contacted.' })
  @Property({ type: 'boolean' })
  parentContact!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the parent or carer was not contacted.' })
  @Property({ type: 'text', nullable: true })
  noParentContactReason?: string | null;

  @Field(() => String, { nullable: true, description: "The pupil's own views on the placement." })
  @Property({ type: 'text', nullable: true })
  pupilViews?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the next review meeting.' })
  @Property({ type: 'date', nullable: true })
  reviewMeetingOn?: string | null;

  @Property({ type: 'uuid' })
  recordedById!: string;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
