import { Field, InputType, Int } from 'type-graphql';
import { QaRatingScale } from './framework.entity.js';

@InputType('QaCriterionInput', { description: 'A criterion of a draft framework version.' })
export class QaCriterionInput {
  @Field(() => String, { description: 'Short code, unique within the version, e.g. "SG1" (letters, numbers, dots, dashes; stored in capitals).' })
  code!: string;

  @Field(() => String, { description: 'Title, e.g. "Safeguarding and child protection".' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Guidance for assessors.' })
  guidance?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Evidence type codes from the provider evidence catalogue (`EvidenceTypeCode` values) that satisfy it.' })
  evidenceTypes!: string[];
}

@InputType('QaFrameworkDraftInput', {
  description:
    'Everything a framework draft holds: the framework’s name and description, and the version’s scale, visit frequency and criteria (replacing the draft’s, in this order). Give visitsPerYear or monthsBetweenVisits, not both.',
})
export class QaFrameworkDraftInput {
  @Field(() => String, { description: 'Framework name, unique within the LA, e.g. "DMBC QA Framework".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the framework is for and who it applies to.' })
  description?: string | null;

  @Field(() => QaRatingScale, { description: 'Pass/fail or red/amber/green.' })
  ratingScale!: QaRatingScale;

  @Field(() => Int, { nullable: true, description: 'QA visits per provider per year, 1 to 12.' })
  visitsPerYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months between QA visits, 1 to 60.' })
  monthsBetweenVisits?: number | null;

  @Field(() => [QaCriterionInput], { defaultValue: [], description: 'The criteria, in order.' })
  criteria!: QaCriterionInput[];
}
