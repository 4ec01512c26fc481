import { Field, ID, InputType, Int } from 'type-graphql';
import { ObjectiveOutcome } from './objective.entity.js';
import { Destination } from './placement.entity.js';

@InputType('SubmitFinalReportInput', {
  description: "The provider's final report on an active or ended placement (seed 003): one per placement.",
})
export class SubmitFinalReportInput {
  @Field(() => ID, { description: 'The placement (with your provider).' })
  placementId!: string;

  @Field(() => String, { description: 'Academic attainment and progress during the placement.' })
  attainmentAndProgress!: string;

  @Field(() => Int, { nullable: true, description: 'Attendance over the placement, %, 0 to 100.' })
  attendancePercent?: number | null;

  @Field(() => String, { description: 'Attendance record.' })
  attendanceRecord!: string;

  @Field(() => String, { description: 'Evidence of change in behaviour.' })
  behaviourChange!: string;

  @Field(() => String, { description: "The pupil's view of the placement." })
  pupilViews!: string;

  @Field(() => String, { nullable: true, description: 'Recommended next steps.' })
  nextSteps?: string | null;

  @Field(() => String, { description: 'Name of the staff member writing it.' })
  staffName!: string;
}

@InputType('ObjectiveOutcomeInput', { description: 'How far one objective of the plan was met.' })
export class ObjectiveOutcomeInput {
  @Field(() => ID, { description: 'An objective of this placement’s plan.' })
  objectiveId!: string;

  @Field(() => ObjectiveOutcome, { nullable: true, description: 'Achieved, partly achieved or not achieved: required.' })
  outcome?: ObjectiveOutcome | null;

  @Field(() => String, { nullable: true, description: 'Evidence for the outcome.' })
  note?: string | null;
}

@InputType('EndPlacementInput', {
  description: 'Ends an active placement: the last day, why, where the pupil goes next, and an outcome for every objective of the plan.',
})
export class EndPlacementInput {
  @Field(() => ID, { description: 'The placement (your school’s), active.' })
  placementId!: string;

  @Field(() => String, { description: 'The last day of the placement, YYYY-MM-DD: on or after the day it started, not in the future.' })
  endedOn!: string;

  @Field(() => String, { description: 'Why the placement ended.' })
  endReason!: string;

  @Field(() => Destination, { nullable: true, description: "The pupil's next destination: required." })
  destination?: Destination | null;

  @Field(() => String, { nullable: true, description: 'Detail of the destination (school, college, course or employer): required for OTHER.' })
  destinationDetail?: string | null;

  @Field(() => [ObjectiveOutcomeInput], { description: 'An outcome for every objective of the plan.' })
  objectiveOutcomes!: ObjectiveOutcomeInput[];
}
