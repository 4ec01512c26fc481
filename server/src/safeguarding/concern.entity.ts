import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthority, Provider, School } from '../organisations/organisation.entity.js';
import { Placement } from '../placements/placement.entity.js';

/** Kinds of concern in Keeping children safe in education (domain.md §5.1). */
export enum ConcernCategory {
  PHYSICAL_ABUSE = 'PHYSICAL_ABUSE',
  EMOTIONAL_ABUSE = 'EMOTIONAL_ABUSE',
  SEXUAL_ABUSE = 'SEXUAL_ABUSE',
  NEGLECT = 'NEGLECT',
  CHILD_ON_CHILD = 'CHILD_ON_CHILD',
  CRIMINAL_EXPLOITATION = 'CRIMINAL_EXPLOITATION',
  SEXUAL_EXPLOITATION = 'SEXUAL_EXPLOITATION',
  RADICALISATION = 'RADICALISATION',
  DOMESTIC_ABUSE = 'DOMESTIC_ABUSE',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  ONLINE_SAFETY = 'ONLINE_SAFETY',
  MISSING_FROM_EDUCATION = 'MISSING_FROM_EDUCATION',
  OTHER = 'OTHER',
}
registerEnumType(ConcernCategory, {
  name: 'ConcernCategory',
  description: 'What the concern is about, in the categories of Keeping children safe in education.',
  valuesConfig: {
    PHYSICAL_ABUSE: { description: 'Physical abuse.' },
    EMOTIONAL_ABUSE: { description: 'Emotional abuse.' },
    SEXUAL_ABUSE: { description: 'Sexual abuse.' },
    NEGLECT: { description: 'Neglect.' },
    CHILD_ON_CHILD: { description: 'Child-on-child abuse.' },
    CRIMINAL_EXPLOITATION: { description: 'Child criminal exploitation (including county lines).' },
    SEXUAL_EXPLOITATION: { description: 'Child sexual exploitation.' },
    RADICALISATION: { description: 'Radicalisation (Prevent).' },
    DOMESTIC_ABUSE: { description: 'Domestic abuse.' },
    MENTAL_HEALTH: { description: 'Mental health.' },
    ONLINE_SAFETY: { description: 'Online safety.' },
    MISSING_FROM_EDUCATION: { description: 'Missing from education or going missing.' },
    OTHER: { description: 'Another concern; see what happened.' },
  },
});

export enum ConcernUrgency {
  IMMEDIATE = 'IMMEDIATE',
  SAME_DAY = 'SAME_DAY',
  ROUTINE = 'ROUTINE',
}
registerEnumType(ConcernUrgency, {
  name: 'ConcernUrgency',
  description: 'How soon the other designated safeguarding lead must act.',
  valuesConfig: {
    IMMEDIATE: { description: 'Act now: the child may be at immediate risk of harm.' },
    SAME_DAY: { description: 'Act today.' },
    ROUTINE: { description: 'For information and follow-up.' },
  },
});

/** Which of the two organisations of a placement acted. */
export enum ConcernSide {
  SCHOOL = 'SCHOOL',
  PROVIDER = 'PROVIDER',
}
registerEnumType(ConcernSide, {
  name: 'ConcernSide',
  description: 'Which organisation of the placement acted: the home school or the provider.',
  valuesConfig: { SCHOOL: { description: 'The home school.' }, PROVIDER: { description: 'The provider.' } },
});

/**
 * A safeguarding concern about a placed pupil, DSL to DSL. Readable only by the designated
 * safeguarding leads of the school and provider involved, and by the home LA's designated officers
 * when shared (row-level security keyed on app.roles as well as the organisation). Never changed
 * once raised: what follows is added as updates and acknowledgements.
 */
@Entity({ tableName: 'safeguarding_concern' })
@Index({ properties: ['school', 'createdAt'] })
@Index({ properties: ['provider', 'createdAt'] })
@Index({ properties: ['placement'] })
@ObjectType('SafeguardingConcern', { description: 'A safeguarding concern about a placed pupil, shared DSL to DSL. Every read is audited.' })
export class SafeguardingConcern {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  @ManyToOne({ entity: () => School, ref: true })
  school!: Ref<School>;

  @ManyToOne({ entity: () => Provider, ref: true })
  provider!: Ref<Provider>;

  /** The placement's home LA, whose designated officers read the concern when it is shared. */
  @ManyToOne({ entity: () => LocalAuthority, ref: true, fieldName: 'la_id' })
  localAuthority!: Ref<LocalAuthority>;

  @Field(() => ConcernSide, { description: 'Which organisation raised it.' })
  @Enum({ items: () => ConcernSide, type: 'text' })
  raisedBySide!: ConcernSide;

  @Property({ type: 'uuid' })
  raisedById!: string;

  @Field(() => String, { description: 'The designated safeguarding lead who raised it.' })
  @Property({ type: 'text' })
  raisedByName!: string;

  @Field(() => ConcernCategory, { description: 'What the concern is about.' })
  @Enum({ items: () => ConcernCategory, type: 'text' })
  category!: ConcernCategory;

  @Field(() => String, { description: 'What happened, was seen, heard or disclosed.' })
  @Property({ type: 'text' })
  whatHappened!: string;

  @Field(() => Date, { description: 'When it happened (or was disclosed).' })
  @Property({ type: 'timestamptz' })
  happenedAt!: Date;

  @Field(() => String, { nullable: true, description: 'What has been done so far (e.g. referral to children’s social care, police).' })
  @Property({ type: 'text', nullable: true })
  actionsTaken?: string | null;

  @Field(() => ConcernUrgency, { description: 'How soon the other DSL must act.' })
  @Enum({ items: () => ConcernUrgency, type: 'text' })
  urgency!: ConcernUrgency;

  @Field(() => Boolean, { description: "Shared with the home local authority's designated officers." })
  @Property({ type: 'boolean' })
  sharedWithLa!: boolean;

  @Field(() => Date, { description: 'When it was raised.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** An entry in a concern's chronology: what was learnt or done next, by either DSL. */
@Entity({ tableName: 'concern_update' })
@Index({ properties: ['concern', 'createdAt'] })
@ObjectType('ConcernUpdate', { description: "An entry added to a concern's chronology by a DSL of the school or the provider." })
export class ConcernUpdate {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => SafeguardingConcern, ref: true })
  concern!: Ref<SafeguardingConcern>;

  @Field(() => ConcernSide, { description: 'Which organisation added it.' })
  @Enum({ items: () => ConcernSide, type: 'text' })
  side!: ConcernSide;

  @Property({ type: 'uuid' })
  authorId!: string;

  @Field(() => String, { description: 'The DSL who added it.' })
  @Property({ type: 'text' })
  authorName!: string;

  @Field(() => String, { description: 'What was learnt or done.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Date, { description: 'When it was added.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** The other organisation's DSL has read the concern and taken it on; once per side. */
@Entity({ tableName: 'concern_acknowledgement' })
@Unique({ properties: ['concern', 'side'] })
@ObjectType('ConcernAcknowledgement', { description: 'A DSL of the organisation that did not raise the concern has read it and taken it on.' })
export class ConcernAcknowledgement {
  [OptionalProps]?: 'acknowledgedAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => SafeguardingConcern, ref: true })
  concern!: Ref<SafeguardingConcern>;

  @Field(() => ConcernSide, { description: 'Which organisation acknowledged.' })
  @Enum({ items: () => ConcernSide, type: 'text' })
  side!: ConcernSide;

  @Property({ type: 'uuid' })
  userId!: string;

  @Field(() => String, { description: 'The DSL who acknowledged.' })
  @Property({ type: 'text' })
  userName!: string;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  acknowledgedAt: Date = new Date();
}
