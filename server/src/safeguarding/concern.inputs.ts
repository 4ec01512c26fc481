import { Field, ID, InputType } from 'type-graphql';
import { ConcernCategory, ConcernUrgency } from './concern.entity.js';

@InputType('RaiseConcernInput', { description: 'A safeguarding concern about the pupil of a placement (not a draft), raised by a DSL of its school or provider.' })
export class RaiseConcernInput {
  @Field(() => ID, { description: 'The placement whose pupil the concern is about.' })
  placementId!: string;

  @Field(() => ConcernCategory, { description: 'What the concern is about.' })
  category!: ConcernCategory;

  @Field(() => String, { description: 'What happened, was seen, heard or disclosed, in the words used where possible.' })
  whatHappened!: string;

  @Field(() => String, { description: 'Date it happened (or was disclosed), YYYY-MM-DD: today or earlier.' })
  happenedOn!: string;

  @Field(() => String, { description: 'Time it happened in England, 24-hour HH:MM, e.g. "13:45": not in the future.' })
  happenedTime!: string;

  @Field(() => String, { nullable: true, description: 'What has been done so far.' })
  actionsTaken?: string | null;

  @Field(() => ConcernUrgency, { description: 'How soon the other DSL must act.' })
  urgency!: ConcernUrgency;

  @Field(() => Boolean, { defaultValue: false, description: "Share with the home local authority's designated officers." })
  sharedWithLa!: boolean;
}

@InputType('AddConcernUpdateInput', { description: "An entry added to a concern's chronology by a DSL of its school or provider." })
export class AddConcernUpdateInput {
  @Field(() => ID, { description: 'The concern.' })
  concernId!: string;

  @Field(() => String, { description: 'What was learnt or done.' })
  text!: string;
}

@InputType('ConcernFilter', { description: 'Narrows a list of concerns.' })
export class ConcernFilter {
  @Field(() => ID, { nullable: true, description: 'Only concerns on this placement.' })
  placementId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only concerns about this pupil (any placement you can see).' })
  pupilId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only concerns the other organisation has not acknowledged yet.' })
  unacknowledged?: boolean | null;
}

@InputType('ConcernChronologyInput', { description: "Whose chronology: a placement's pupil or a pupil; give exactly one." })
export class ConcernChronologyInput {
  @Field(() => ID, { nullable: true, description: 'The pupil of this placement (a school DSL sees the pupil’s concerns across its placements).' })
  placementId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The pupil (school DSLs and the LA).' })
  pupilId?: string | null;
}
