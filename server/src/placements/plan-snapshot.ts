import { Field, ObjectType } from 'type-graphql';
import { PlanObjective } from './objective.entity.js';
import { PersonalisedPlan } from './placement.entity.js';

/** The personalised plan and its objectives as they stood when an agreement version was first signed. */
@ObjectType('SignedPlan', { description: 'The personalised plan and objectives as they stood when the agreement version was first signed.' })
export class PlanSnapshot {
  @Field(() => PersonalisedPlan, { description: 'The plan.' })
  plan!: PersonalisedPlan;

  @Field(() => [PlanObjective], { description: 'The objectives, in order.' })
  objectives!: PlanObjective[];
}

export function snapshotOf(plan: PersonalisedPlan, objectives: readonly PlanObjective[]): PlanSnapshot {
  return {
    plan: { ...plan },
    objectives: objectives.map(({ id, position, description, baseline, target, measure, timeframe }) => ({ id, position, description, baseline, target, measure, timeframe }) as PlanObjective),
  };
}
