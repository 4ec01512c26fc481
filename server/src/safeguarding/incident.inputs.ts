import { Field, ID, InputType } from 'type-graphql';
import { IncidentSeverity } from './incident.entity.js';

@InputType('ReportIncidentInput', { description: 'A serious behaviour incident during an active placement, reported by the provider.' })
export class ReportIncidentInput {
  @Field(() => ID, { description: 'The placement (your provider’s).' })
  placementId!: string;

  @Field(() => String, { description: 'Date it happened, YYYY-MM-DD: on or after the day the placement started, not in the future.' })
  occurredOn!: string;

  @Field(() => String, { description: 'Time it happened in England, 24-hour HH:MM, e.g. "13:45".' })
  occurredTime!: string;

  @Field(() => String, { description: 'What happened.' })
  description!: string;

  @Field(() => String, { description: 'What the provider did.' })
  actionTaken!: string;

  @Field(() => IncidentSeverity, { description: 'How serious it was.' })
  severity!: IncidentSeverity;
}

@InputType('RecordIncidentDecisionInput', { description: "The school's decided course of action on a reported incident." })
export class RecordIncidentDecisionInput {
  @Field(() => ID, { description: 'The incident.' })
  id!: string;

  @Field(() => String, { description: 'The course of action decided.' })
  decision!: string;
}

@InputType('IncidentFilter', { description: 'Narrows a list of incidents.' })
export class IncidentFilter {
  @Field(() => ID, { nullable: true, description: 'Only incidents on this placement.' })
  placementId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only incidents the school has not decided on yet.' })
  undecided?: boolean | null;
}
