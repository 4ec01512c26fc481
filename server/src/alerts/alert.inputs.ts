import { Field, ID, InputType } from 'type-graphql';

@InputType('AbsenceAlertFilter', { description: 'Which absence alerts to list.' })
export class AbsenceAlertFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only alerts nobody has handled yet.' })
  unacknowledged?: boolean | null;
}

@InputType('AcknowledgeAbsenceAlertInput', { description: 'Record that someone at the school has followed up an absence.' })
export class AcknowledgeAbsenceAlertInput {
  @Field(() => ID, { description: 'The alert.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'What was done, e.g. "Spoke to mum: pupil unwell".' })
  note?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'The pupil’s social worker or youth offending team worker has been told. Only for pupils who have one.',
  })
  workerInformed: boolean = false;
}
