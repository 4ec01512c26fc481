import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { KeyStage, OfstedGrade, ProvisionFocus } from './profile.entity.js';

/** Changes to the profile: a field left out stays as it is; null (or an empty list) clears it. */
@InputType('ProviderProfileInput', {
  description: 'Changes to your provider’s profile. Leave a field out to keep it as it is; send null (or an empty list) to clear it.',
})
export class ProviderProfileInput {
  @Field(() => String, { nullable: true, description: 'Legal name of the organisation.' })
  legalName?: string | null;

  @Field(() => OfstedGrade, { nullable: true, description: 'Grade at the last Ofsted inspection (registered schools and colleges only).' })
  ofstedGrade?: OfstedGrade | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the last inspection; required with a grade, not in the future.' })
  ofstedInspectionDate?: string | null;

  @Field(() => [KeyStage], { nullable: true, description: 'Key stages taught.' })
  keyStages?: KeyStage[] | null;

  @Field(() => [String], { nullable: true, description: 'Subjects offered.' })
  subjects?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Qualifications and accreditation offered.' })
  qualifications?: string[] | null;

  @Field(() => [ProvisionFocus], { nullable: true, description: 'What the provision concentrates on.' })
  focus?: ProvisionFocus[] | null;

  @Field(() => Int, { nullable: true, description: 'Places in all; 0 or more.' })
  places?: number | null;

  @Field(() => Int, { nullable: true, description: 'Places available now; 0 or more and no more than `places`.' })
  placesAvailable?: number | null;

  @Field(() => String, { nullable: true, description: 'Main contact: name.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Main contact: e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Main contact: UK telephone number.' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Designated safeguarding lead: name.' })
  dslName?: string | null;

  @Field(() => String, { nullable: true, description: 'Designated safeguarding lead: e-mail address.' })
  dslEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Designated safeguarding lead: UK telephone number.' })
  dslPhone?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the DSL last completed DSL training; not in the future.' })
  dslTrainingDate?: string | null;
}
