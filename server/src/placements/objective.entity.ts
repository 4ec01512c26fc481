import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Placement } from './placement.entity.js';

export enum ObjectiveOutcome {
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}
registerEnumType(ObjectiveOutcome, {
  name: 'ObjectiveOutcome',
  description: 'How far an objective was met when the placement ended.',
  valuesConfig: {
    ACHIEVED: { description: 'Achieved.' },
    PARTLY_ACHIEVED: { description: 'Partly achieved.' },
    NOT_ACHIEVED: { description: 'Not achieved.' },
  },
});

/** One objective of the personalised plan: baseline, target, measure, timeframe; its outcome when the placement ends. */
@Entity({ tableName: 'plan_objective' })
@Index({ properties: ['placement', 'position'] })
@ObjectType('PlanObjective', { description: 'An objective of the personalised plan, with its baseline, target, measure and timeframe.' })
export class PlanObjective {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  @Field(() => Int, { description: 'Order in the plan, from 1.' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String, { description: 'What should improve, e.g. "Attend every timetabled session".' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Where the pupil is now (the baseline to measure progress against).' })
  @Property({ type: 'text', nullable: true })
  baseline?: string | null;

  @Field(() => String, { description: 'The target.' })
  @Property({ type: 'text' })
  target!: string;

  @Field(() => String, { description: 'How progress is measured.' })
  @Property({ type: 'text' })
  measure!: string;

  @Field(() => String, { description: 'By when, e.g. "By February half term".' })
  @Property({ type: 'text' })
  timeframe!: string;

  @Field(() => ObjectiveOutcome, { nullable: true, description: 'Outcome, recorded when the placement ends.' })
  @Enum({ items: () => ObjectiveOutcome, type: 'text', nullable: true })
  outcome?: ObjectiveOutcome | null;

  @Field(() => String, { nullable: true, description: 'Evidence for the outcome.' })
  @Property({ type: 'text', nullable: true })
  outcomeNote?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
