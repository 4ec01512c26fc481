import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthority } from '../organisations/organisation.entity.js';

export enum QaRatingScale {
  PASS_FAIL = 'PASS_FAIL',
  RAG = 'RAG',
}
registerEnumType(QaRatingScale, {
  name: 'QaRatingScale',
  description: 'How criteria and assessments are rated on a framework.',
  valuesConfig: {
    PASS_FAIL: { description: 'Pass or fail (e.g. a directory listing).' },
    RAG: { description: 'Red, amber or green; amber and red need an action plan.' },
  },
});

export enum QaRating {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
  PASS = 'PASS',
  FAIL = 'FAIL',
}
registerEnumType(QaRating, {
  name: 'QaRating',
  description: "A rating of a criterion, or an assessment's overall outcome. Only the values of the version's scale are accepted.",
  valuesConfig: {
    GREEN: { description: 'RAG: meets the criterion.' },
    AMBER: { description: 'RAG: partly meets it; needs an action plan.' },
    RED: { description: 'RAG: does not meet it; needs an action plan.' },
    PASS: { description: 'Pass/fail: meets the criterion.' },
    FAIL: { description: 'Pass/fail: does not meet it; needs an action plan.' },
  },
});

export const RATINGS_OF_SCALE: Record<QaRatingScale, readonly QaRating[]> = {
  RAG: [QaRating.GREEN, QaRating.AMBER, QaRating.RED],
  PASS_FAIL: [QaRating.PASS, QaRating.FAIL],
};

/** Ratings that need an item in the action plan. */
export const NEEDS_ACTION: readonly QaRating[] = [QaRating.AMBER, QaRating.RED, QaRating.FAIL];
/** The worst rating of each scale: an outcome that bars approval, and that no "all good" outcome may hide. */
export const FAILING: readonly QaRating[] = [QaRating.RED, QaRating.FAIL];

export enum QaFrameworkVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(QaFrameworkVersionStatus, {
  name: 'QaFrameworkVersionStatus',
  description: 'A draft can change; a published version is frozen and used for assessments.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; only the owning LA sees and changes it.' },
    PUBLISHED: { description: 'Frozen and shared with everyone; assessments use it.' },
  },
});

/** A local authority's QA framework for AP providers (domain.md §5.2), e.g. the "DMBC QA Framework". */
@Entity({ tableName: 'qa_framework' })
@Unique({ properties: ['localAuthority', 'name'] })
@ObjectType('QaFramework', { description: "A local authority's quality-assurance framework for AP providers. Readable by every signed-in user." })
export class QaFramework {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => LocalAuthority, ref: true, fieldName: 'la_id' })
  localAuthority!: Ref<LocalAuthority>;

  @Field(() => String, { description: 'Name, e.g. "DMBC QA Framework".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'What the framework is for and who it applies to.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => Date, { description: 'When the framework was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One version of a framework's scale, visit frequency and criteria. Published versions never change. */
@Entity({ tableName: 'qa_framework_version' })
@Unique({ properties: ['framework', 'number'] })
@ObjectType('QaFrameworkVersion', {
  description: "A version of a framework's rating scale, visit frequency and criteria. Published versions are frozen; drafts are seen only by the owning LA.",
})
export class QaFrameworkVersion {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => QaFramework, ref: true })
  framework!: Ref<QaFramework>;

  /** The owning LA, copied from the framework so row-level security needs no join. */
  @ManyToOne({ entity: () => LocalAuthority, ref: true, fieldName: 'la_id' })
  localAuthority!: Ref<LocalAuthority>;

  @Field(() => Int, { description: 'Version number: 1, 2, 3…' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => QaFrameworkVersionStatus, { description: 'Draft or published.' })
  @Enum({ items: () => QaFrameworkVersionStatus, type: 'text' })
  status: QaFrameworkVersionStatus = QaFrameworkVersionStatus.DRAFT;

  @Field(() => QaRatingScale, { description: 'Pass/fail or red/amber/green.' })
  @Enum({ items: () => QaRatingScale, type: 'text' })
  ratingScale!: QaRatingScale;

  @Field(() => Int, { nullable: true, description: 'QA visits per provider per year (e.g. 2 for "up to two a year"); null when set as months between visits.' })
  @Property({ type: 'integer', nullable: true })
  visitsPerYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months between QA visits (e.g. 18); null when set as visits per year.' })
  @Property({ type: 'integer', nullable: true })
  monthsBetweenVisits?: number | null;

  @Field(() => Date, { description: 'When this version was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was published; null for a draft.' })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  publishedById?: string | null;

  isPublished(): boolean {
    return this.status === QaFrameworkVersionStatus.PUBLISHED;
  }
}

/** One thing a provider is assessed on, with the evidence types (catalogue codes) that satisfy it. */
@Entity({ tableName: 'qa_criterion' })
@Unique({ properties: ['version', 'code'] })
@ObjectType('QaCriterion', { description: 'A criterion of a framework version.' })
export class QaCriterion {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => QaFrameworkVersion, ref: true })
  version!: Ref<QaFrameworkVersion>;

  /** The owning LA, copied for row-level security. */
  @ManyToOne({ entity: () => LocalAuthority, ref: true, fieldName: 'la_id' })
  localAuthority!: Ref<LocalAuthority>;

  @Field(() => Int, { description: 'Order in the framework, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Short code, unique within the version, e.g. "SG1".' })
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String, { description: 'Title, e.g. "Safeguarding and child protection".' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Guidance for assessors: what good looks like and what to check.' })
  @Property({ type: 'text' })
  guidance: string = '';

  @Field(() => [String], { description: 'Evidence type codes (from the provider evidence catalogue) that satisfy this criterion.' })
  @Property({ type: 'text[]' })
  evidenceTypes: string[] = [];
}
