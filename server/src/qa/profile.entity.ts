import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Provider } from '../organisations/organisation.entity.js';

export enum OfstedGrade {
  OUTSTANDING = 'OUTSTANDING',
  GOOD = 'GOOD',
  REQUIRES_IMPROVEMENT = 'REQUIRES_IMPROVEMENT',
  INADEQUATE = 'INADEQUATE',
  NOT_YET_INSPECTED = 'NOT_YET_INSPECTED',
}
registerEnumType(OfstedGrade, {
  name: 'OfstedGrade',
  description: 'Overall effectiveness at the last Ofsted inspection (registered schools and colleges).',
  valuesConfig: {
    OUTSTANDING: { description: 'Outstanding.' },
    GOOD: { description: 'Good.' },
    REQUIRES_IMPROVEMENT: { description: 'Requires improvement.' },
    INADEQUATE: { description: 'Inadequate.' },
    NOT_YET_INSPECTED: { description: 'Not yet inspected.' },
  },
});

export enum KeyStage {
  KS1 = 'KS1',
  KS2 = 'KS2',
  KS3 = 'KS3',
  KS4 = 'KS4',
  KS5 = 'KS5',
}
registerEnumType(KeyStage, {
  name: 'KeyStage',
  description: 'A key stage of the national curriculum.',
  valuesConfig: {
    KS1: { description: 'Key stage 1 (years 1 and 2).' },
    KS2: { description: 'Key stage 2 (years 3 to 6).' },
    KS3: { description: 'Key stage 3 (years 7 to 9).' },
    KS4: { description: 'Key stage 4 (years 10 and 11).' },
    KS5: { description: 'Key stage 5 (years 12 and 13, post-16).' },
  },
});

export enum ProvisionFocus {
  THERAPEUTIC = 'THERAPEUTIC',
  VOCATIONAL = 'VOCATIONAL',
  ACADEMIC = 'ACADEMIC',
  OUTDOOR = 'OUTDOOR',
}
registerEnumType(ProvisionFocus, {
  name: 'ProvisionFocus',
  description: 'What the provision concentrates on.',
  valuesConfig: {
    THERAPEUTIC: { description: 'Therapeutic: emotional wellbeing, mental health, engagement.' },
    VOCATIONAL: { description: 'Vocational: work skills and vocational qualifications.' },
    ACADEMIC: { description: 'Academic: curriculum subjects and qualifications.' },
    OUTDOOR: { description: 'Outdoor learning: farm, forest, land-based or adventure activities.' },
  },
});

/** The descriptive part of a provider's shared QA record, kept by its managers. */
@Entity({ tableName: 'provider_profile' })
@ObjectType('ProviderProfile', {
  description: 'What a provider says about itself in its shared QA record: registration, offer, capacity and contacts. Readable by every signed-in user.',
})
export class ProviderProfile {
  [OptionalProps]?: 'keyStages' | 'subjects' | 'qualifications' | 'focus';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Provider, ref: true, unique: true })
  provider!: Ref<Provider>;

  @Field(() => String, { nullable: true, description: 'Legal name of the organisation running the provision, when it differs from the name people know.' })
  @Property({ type: 'text', nullable: true })
  legalName?: string | null;

  @Field(() => OfstedGrade, { nullable: true, description: 'Grade at the last Ofsted inspection (registered schools and colleges only).' })
  @Enum({ items: () => OfstedGrade, type: 'text', nullable: true })
  ofstedGrade?: OfstedGrade | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the last Ofsted inspection.' })
  @Property({ type: 'date', nullable: true })
  ofstedInspectionDate?: string | null;

  @Field(() => [KeyStage], { description: 'Key stages taught, in order.' })
  @Enum({ items: () => KeyStage, array: true, type: 'text[]' })
  keyStages: KeyStage[] = [];

  @Field(() => [String], { description: 'Subjects offered.' })
  @Property({ type: 'text[]' })
  subjects: string[] = [];

  @Field(() => [String], { description: 'Qualifications and accreditation offered, e.g. "AQA Unit Award Scheme", "Functional Skills English Level 1".' })
  @Property({ type: 'text[]' })
  qualifications: string[] = [];

  @Field(() => [ProvisionFocus], { description: 'What the provision concentrates on.' })
  @Enum({ items: () => ProvisionFocus, array: true, type: 'text[]' })
  focus: ProvisionFocus[] = [];

  @Field(() => Int, { nullable: true, description: 'Places in all (capacity).' })
  @Property({ type: 'integer', nullable: true })
  places?: number | null;

  @Field(() => Int, { nullable: true, description: 'Places available now; never more than `places`.' })
  @Property({ type: 'integer', nullable: true })
  placesAvailable?: number | null;

  @Field(() => String, { nullable: true, description: 'Main contact: name.' })
  @Property({ type: 'text', nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Main contact: e-mail address.' })
  @Property({ type: 'text', nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Main contact: telephone number.' })
  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Designated safeguarding lead: name.' })
  @Property({ type: 'text', nullable: true })
  dslName?: string | null;

  @Field(() => String, { nullable: true, description: 'Designated safeguarding lead: e-mail address.' })
  @Property({ type: 'text', nullable: true })
  dslEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Designated safeguarding lead: telephone number.' })
  @Property({ type: 'text', nullable: true })
  dslPhone?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the DSL last completed DSL training.' })
  @Property({ type: 'date', nullable: true })
  dslTrainingDate?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the profile was last changed; null when it has never been filled in.' })
  @Property({ type: 'timestamptz', nullable: true })
  updatedAt?: Date | null;
}
