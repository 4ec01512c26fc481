import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthority, Provider } from '../organisations/organisation.entity.js';
import { QaCriterion, QaFramework, QaFrameworkVersion, QaRating } from './framework.entity.js';

export enum QaAssessmentStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
registerEnumType(QaAssessmentStatus, {
  name: 'QaAssessmentStatus',
  description: 'In progress (the assessing LA is still rating) or completed (read-only, outcome shared with everyone).',
  valuesConfig: {
    IN_PROGRESS: { description: 'Being assessed; seen only by the assessing LA and the provider.' },
    COMPLETED: { description: 'Finished with an outcome; read-only.' },
  },
});

export enum QaActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(QaActionItemStatus, {
  name: 'QaActionItemStatus',
  description: 'Whether an action in the plan is still open or done.',
  valuesConfig: { OPEN: { description: 'Still to do.' }, DONE: { description: 'Done.' } },
});

/**
 * An LA's assessment of a provider against one published framework version. Its outcome is shared
 * with every signed-in user; ratings, visits and the action plan only with commissioners and the
 * provider itself (qa-access.ts).
 */
@Entity({ tableName: 'qa_assessment' })
@Index({ properties: ['provider', 'framework'] })
@ObjectType('QaAssessment', {
  description:
    "An LA's assessment of a provider against a published framework version. Outcomes are shared with everyone signed in; ratings, visits and the action plan only with commissioners and the provider.",
})
export class QaAssessment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => QaFramework, ref: true })
  framework!: Ref<QaFramework>;

  @ManyToOne({ entity: () => QaFrameworkVersion, ref: true, fieldName: 'framework_version_id' })
  version!: Ref<QaFrameworkVersion>;

  @ManyToOne({ entity: () => LocalAuthority, ref: true, fieldName: 'la_id' })
  localAuthority!: Ref<LocalAuthority>;

  @ManyToOne({ entity: () => Provider, ref: true })
  provider!: Ref<Provider>;

  @Field(() => QaAssessmentStatus, { description: 'In progress or completed.' })
  @Enum({ items: () => QaAssessmentStatus, type: 'text' })
  status: QaAssessmentStatus = QaAssessmentStatus.IN_PROGRESS;

  @Field(() => QaRating, { nullable: true, description: "Overall outcome on the version's scale; null until completed." })
  @Enum({ items: () => QaRating, type: 'text', nullable: true })
  outcome?: QaRating | null;

  /** The assessor's overall summary: detail, resolved through the access check. */
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Field(() => Date, { description: 'When the assessment was started.' })
  @Property({ type: 'timestamptz' })
  startedAt: Date = new Date();

  @Property({ type: 'uuid' })
  startedById!: string;

  @Field(() => Date, { nullable: true, description: 'When it was completed.' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  completedById?: string | null;

  @Field(() => String, { name: 'completedBy', nullable: true, description: 'Name of the officer who completed it.' })
  @Property({ type: 'text', nullable: true })
  completedByName?: string | null;

  isCompleted(): boolean {
    return this.status === QaAssessmentStatus.COMPLETED;
  }
}

/** What every row of an assessment's details holds: ratings, visits and action items. */
@ObjectType('QaAssessmentDetail', { description: 'Common fields of assessment details; not exposed on its own.' })
abstract class AssessmentDetail {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => QaAssessment, ref: true })
  assessment!: Ref<QaAssessment>;

  /** LA and provider are copied from the assessment so row-level security needs no join. */
  @ManyToOne({ entity: () => LocalAuthority, ref: true, fieldName: 'la_id' })
  localAuthority!: Ref<LocalAuthority>;

  @ManyToOne({ entity: () => Provider, ref: true })
  provider!: Ref<Provider>;
}

@Entity({ tableName: 'qa_criterion_rating' })
@Unique({ properties: ['assessment', 'criterion'] })
@ObjectType('QaCriterionRating', { description: "An assessor's rating of one criterion, with the evidence types they checked." })
export class QaCriterionRating extends AssessmentDetail {
  @ManyToOne({ entity: () => QaCriterion, ref: true })
  criterion!: Ref<QaCriterion>;

  @Field(() => QaRating, { description: "The rating, on the version's scale." })
  @Enum({ items: () => QaRating, type: 'text' })
  rating!: QaRating;

  @Field(() => String, { description: 'Why: what was seen and what is missing.' })
  @Property({ type: 'text' })
  comment: string = '';

  @Field(() => [String], { description: 'Evidence type codes the officer checked for this criterion.' })
  @Property({ type: 'text[]' })
  evidenceChecked: string[] = [];

  @Field(() => Date, { description: 'When it was last rated.' })
  @Property({ type: 'timestamptz' })
  ratedAt: Date = new Date();

  @Property({ type: 'uuid' })
  ratedById!: string;

  @Field(() => String, { name: 'ratedBy', description: 'Name of the officer who rated it.' })
  @Property({ type: 'text' })
  ratedByName!: string;
}

@Entity({ tableName: 'qa_visit' })
@ObjectType('QaVisit', { description: 'A QA visit to the provider made for an assessment.' })
export class QaVisit extends AssessmentDetail {
  @Field(() => LocalDateResolver, { description: 'Date of the visit.' })
  @Property({ type: 'date' })
  visitDate!: string;

  @Field(() => String, { description: 'Who visited, e.g. "Priya Shaw, QA officer".' })
  @Property({ type: 'text' })
  visitor!: string;

  @Field(() => String, { description: 'What was seen and discussed.' })
  @Property({ type: 'text' })
  notes: string = '';

  @Field(() => Date, { description: 'When the visit was recorded.' })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  @Property({ type: 'uuid' })
  recordedById!: string;
}

@Entity({ tableName: 'qa_action_item' })
@ObjectType('QaActionItem', { description: 'An item of the action plan: what the provider must do, by when, who owns it.' })
export class QaActionItem extends AssessmentDetail {
  @ManyToOne({ entity: () => QaCriterion, ref: true, nullable: true })
  criterion?: Ref<QaCriterion> | null;

  @Field(() => String, { description: 'What must be done.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => LocalDateResolver, { description: 'Date it is due.' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => String, { description: 'Who owns it, e.g. "Provider manager".' })
  @Property({ type: 'text' })
  owner!: string;

  @Field(() => QaActionItemStatus, { description: 'Open or done.' })
  @Enum({ items: () => QaActionItemStatus, type: 'text' })
  status: QaActionItemStatus = QaActionItemStatus.OPEN;

  @Field(() => Date, { description: 'When it was added.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'uuid' })
  createdById!: string;

  @Field(() => Date, { nullable: true, description: 'When it was marked done.' })
  @Property({ type: 'timestamptz', nullable: true })
  doneAt?: Date | null;
}
