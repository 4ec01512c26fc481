import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum PolicyRequirement {
  REGISTERED_FOR_FULL_TIME = 'REGISTERED_FOR_FULL_TIME',
  APPROVED_ON_REQUIRED_FRAMEWORK = 'APPROVED_ON_REQUIRED_FRAMEWORK',
  TEAM_TEACH_TRAINED_STAFF = 'TEAM_TEACH_TRAINED_STAFF',
}
registerEnumType(PolicyRequirement, {
  name: 'PolicyRequirement',
  description: "A requirement a school's AP policy makes of providers.",
  valuesConfig: {
    REGISTERED_FOR_FULL_TIME: { description: 'Full-time placements only at registered schools.' },
    APPROVED_ON_REQUIRED_FRAMEWORK: { description: 'Approved (or approved on conditions) on the QA framework the policy names.' },
    TEAM_TEACH_TRAINED_STAFF: { description: 'Current Team Teach training evidence, for pupils with a behaviour risk assessment.' },
  },
});

/** Whether a provider meets one requirement of the reader's school policy. Computed, never stored. */
@ObjectType('PolicyCheck', { description: "Whether a provider meets one of the provider requirements of your school's AP policy." })
export class PolicyCheck {
  @Field(() => PolicyRequirement, { description: 'The requirement.' })
  requirement!: PolicyRequirement;

  @Field(() => String, { description: 'The requirement in plain English, e.g. "Approved on the DMBC QA Framework".' })
  title!: string;

  @Field(() => Boolean, { description: 'Whether the provider meets it today.' })
  met!: boolean;

  @Field(() => String, { description: 'Why it is met or not, e.g. "Bridge Park School is a registered school".' })
  detail!: string;
}
