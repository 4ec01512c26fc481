import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConcernSide, SafeguardingConcern } from './concern.entity.js';

export enum ChronologyEntryKind {
  RAISED = 'RAISED',
  UPDATED = 'UPDATED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(ChronologyEntryKind, {
  name: 'ChronologyEntryKind',
  description: 'What a chronology entry records.',
  valuesConfig: {
    RAISED: { description: 'A concern was raised.' },
    UPDATED: { description: "An update was added to a concern's chronology." },
    ACKNOWLEDGED: { description: 'The other organisation acknowledged a concern.' },
  },
});

@ObjectType('ConcernChronologyEntry', { description: "One event in a pupil's safeguarding chronology." })
export class ConcernChronologyEntry {
  @Field(() => Date, { description: 'When it was recorded.' })
  at!: Date;

  @Field(() => ChronologyEntryKind, { description: 'What it records.' })
  kind!: ChronologyEntryKind;

  @Field(() => ConcernSide, { description: 'Which organisation acted.' })
  side!: ConcernSide;

  @Field(() => String, { description: 'The DSL who acted.' })
  by!: string;

  @Field(() => String, { nullable: true, description: 'What happened (a raised concern) or what was added (an update); null for an acknowledgement.' })
  text!: string | null;

  @Field(() => SafeguardingConcern, { description: 'The concern it belongs to.' })
  concern!: SafeguardingConcern;
}
