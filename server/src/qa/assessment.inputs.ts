import { Field, ID, InputType } from 'type-graphql';
import { QaRating } from './framework.entity.js';

@InputType('StartAssessmentInput', { description: 'Start assessing a provider against a published version of your LA’s framework.' })
export class StartAssessmentInput {
  @Field(() => ID, { description: 'The published framework version to assess against.' })
  frameworkVersionId!: string;

  @Field(() => ID, { description: 'The provider to assess.' })
  providerId!: string;
}

@InputType('RateCriterionInput', { description: 'A rating of one criterion; rating it again replaces the earlier rating.' })
export class RateCriterionInput {
  @Field(() => ID, { description: 'The assessment, in progress.' })
  assessmentId!: string;

  @Field(() => ID, { description: 'A criterion of the version being assessed.' })
  criterionId!: string;

  @Field(() => QaRating, { description: "The rating: one of the values of the version's scale." })
  rating!: QaRating;

  @Field(() => String, { nullable: true, description: 'Why: required for amber, red and fail.' })
  comment?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Evidence type codes (`EvidenceTypeCode` values) the officer checked for this criterion.' })
  evidenceChecked!: string[];
}

@InputType('RecordQaVisitInput', { description: 'A QA visit made for an assessment.' })
export class RecordQaVisitInput {
  @Field(() => ID, { description: 'The assessment, in progress.' })
  assessmentId!: string;

  @Field(() => String, { description: 'Date of the visit, YYYY-MM-DD: today or earlier.' })
  visitDate!: string;

  @Field(() => String, { description: 'Who visited, e.g. "Priya Shaw, QA officer".' })
  visitor!: string;

  @Field(() => String, { nullable: true, description: 'What was seen and discussed.' })
  notes?: string | null;
}

@InputType('AddActionPlanItemInput', { description: 'An action the provider must take. Every amber, red or fail criterion needs one before the assessment can be completed.' })
export class AddActionPlanItemInput {
  @Field(() => ID, { description: 'The assessment, in progress.' })
  assessmentId!: string;

  @Field(() => ID, { nullable: true, description: 'The criterion the action addresses (a criterion of the version being assessed).' })
  criterionId?: string | null;

  @Field(() => String, { description: 'What must be done.' })
  description!: string;

  @Field(() => String, { description: 'Date it is due, YYYY-MM-DD: after today.' })
  dueDate!: string;

  @Field(() => String, { description: 'Who owns it, e.g. "Provider manager".' })
  owner!: string;
}

@InputType('CompleteAssessmentInput', { description: 'Complete an assessment: every criterion rated, an action for every amber, red or fail criterion. It is read-only afterwards.' })
export class CompleteAssessmentInput {
  @Field(() => ID, { description: 'The assessment, in progress.' })
  assessmentId!: string;

  @Field(() => QaRating, { description: "Overall outcome on the version's scale: GREEN, AMBER or RED, or PASS or FAIL." })
  outcome!: QaRating;

  @Field(() => String, { nullable: true, description: 'Overall summary for commissioners and the provider.' })
  summary?: string | null;
}
