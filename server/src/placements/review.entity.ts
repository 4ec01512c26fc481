import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Placement } from './placement.entity.js';

export enum ReviewOutcome {
  CONTINUE = 'CONTINUE',
  ADJUST = 'ADJUST',
  END = 'END',
}
registerEnumType(ReviewOutcome, {
  name: 'ReviewOutcome',
  description: 'What a review decided.',
  valuesConfig: {
    CONTINUE: { description: 'Continue as agreed.' },
    ADJUST: { description: 'Continue with changes to the plan or agreement.' },
    END: { description: 'End the placement.' },
  },
});

/** Progress against one plan objective at a review (stored in the review's JSON). */
@ObjectType('ObjectiveProgress', { description: 'Progress against one objective of the plan, as a review found it.' })
export class ObjectiveProgress {
  @Field(() => String, { description: 'The objective (PlanObjective id).' })
  objectiveId!: string;

  @Field(() => String, { description: 'The objective as worded at the review.' })
  objective!: string;

  @Field(() => String, { description: 'Progress made.' })
  progress!: string;
}

/** A review meeting of school, provider, parent/carer and pupil (default half-termly; seed 001: every 6-8 weeks). */
@Entity({ tableName: 'placement_review' })
@Index({ properties: ['placement', 'heldOn'] })
@ObjectType('PlacementReview', { description: 'A review meeting: who came, progress against each objective, and the decision.' })
export class PlacementReview {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  @Field(() => LocalDateResolver, { description: 'Date of the meeting.' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => [String], { description: 'Who attended, e.g. "Sam Patel (AP lead, school)".' })
  @Property({ type: 'text[]' })
  attendees: string[] = [];

  @Field(() => [ObjectiveProgress], { description: 'Progress against each objective.' })
  @Property({ type: 'json' })
  objectiveProgress: ObjectiveProgress[] = [];

  @Field(() => ReviewOutcome, { description: 'Continue, adjust or end.' })
  @Enum({ items: () => ReviewOutcome, type: 'text' })
  outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true, description: 'Summary of the discussion and any changes agreed.' })
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "The pupil's own views." })
  @Property({ type: 'text', nullable: true })
  pupilViews?: string | null;

  @Field(() => String, { nullable: true, description: "The parent or carer's views." })
  @Property({ type: 'text', nullable: true })
  parentViews?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the next review.' })
  @Property({ type: 'date', nullable: true })
  nextReviewOn?: string | null;

  @Property({ type: 'uuid' })
  recordedById!: string;

  @Field(() => String, { name: 'recordedBy', description: 'Who recorded the review.' })
  @Property({ type: 'text' })
  recordedByName!: string;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
