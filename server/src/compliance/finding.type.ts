import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum FindingSeverity {
  BLOCKING = 'BLOCKING',
  WARNING = 'WARNING',
  INFO = 'INFO',
}
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'How serious a compliance finding is.',
  valuesConfig: {
    BLOCKING: { description: "Breaks the school's own policy: the agreement cannot be signed until it clears." },
    WARNING: { description: 'Needs action: a duty or the policy is not being met.' },
    INFO: { description: 'Worth knowing, e.g. a proposed national rule.' },
  },
});

export enum FindingSubject {
  PLACEMENT = 'PLACEMENT',
  PUPIL = 'PUPIL',
  PROVIDER = 'PROVIDER',
}
registerEnumType(FindingSubject, { name: 'FindingSubject', description: 'What a finding is about.' });

/** One rule's finding: which rule, how serious, about what, why, and since when. Computed, never stored. */
@ObjectType('ComplianceFinding', { description: 'A compliance rule that fires: severity, subject, explanation and since when. Computed on read.' })
export class ComplianceFinding {
  @Field(() => String, { description: 'The rule, e.g. FULL_TIME_PROVIDER_NOT_REGISTERED.' })
  rule!: string;

  @Field(() => FindingSeverity, { description: 'Blocking, warning or information.' })
  severity!: FindingSeverity;

  @Field(() => FindingSubject, { description: 'What the finding is about.' })
  subject!: FindingSubject;

  @Field(() => ID, { description: 'Id of the placement, pupil or provider it is about.' })
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'The placement it concerns, if any.' })
  placementId?: string | null;

  @Field(() => String, { description: 'A short title, e.g. "Review overdue".' })
  title!: string;

  @Field(() => String, { description: 'Why it fires and what would clear it, in plain English.' })
  explanation!: string;

  @Field(() => String, { description: 'Where the rule comes from: the school policy or the national rule.' })
  source!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Since when the rule has been broken, where known.' })
  since?: string | null;
}

/** How many findings of each severity stand on the reader's placements. */
@ObjectType('ComplianceSummary', { description: 'How many compliance findings of each severity stand, e.g. for a dashboard.' })
export class ComplianceSummary {
  @Field(() => Int, { description: 'Findings that block an agreement.' })
  blocking!: number;

  @Field(() => Int, { description: 'Findings that need action.' })
  warning!: number;

  @Field(() => Int, { description: 'Findings for information.' })
  info!: number;
}
