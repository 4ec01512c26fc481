import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { School } from '../organisations/organisation.entity.js';

/** Sex as the census records it (domain.md §4.2: F/M/U). */
export enum PupilSex {
  F = 'F',
  M = 'M',
  U = 'U',
}
registerEnumType(PupilSex, {
  name: 'PupilSex',
  description: 'Sex as recorded in the school census.',
  valuesConfig: { F: { description: 'Female.' }, M: { description: 'Male.' }, U: { description: 'Unknown.' } },
});

/**
 * A pupil on the roll of one school (the home school). Only that school's members and its local
 * authority read the record; providers see the summary a placement shares, never this row.
 */
@Entity({ tableName: 'pupil' })
@Unique({ properties: ['school', 'upn'] })
@Index({ properties: ['school', 'legalSurname', 'legalForename'] })
@ObjectType('Pupil', { description: "A pupil on the home school's roll. Readable by the school's members and its local authority only." })
export class Pupil {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'displayName';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => School, ref: true })
  school!: Ref<School>;

  @Field(() => String, { description: 'Unique pupil number: 13 characters with a check letter (domain.md §4.3); permanent or temporary.' })
  @Property({ type: 'text' })
  upn!: string;

  @Field(() => String, { description: 'Legal surname.' })
  @Property({ type: 'text' })
  legalSurname!: string;

  @Field(() => String, { description: 'Legal forename.' })
  @Property({ type: 'text' })
  legalForename!: string;

  @Field(() => String, { nullable: true, description: 'Preferred surname, if different.' })
  @Property({ type: 'text', nullable: true })
  preferredSurname?: string | null;

  @Field(() => String, { nullable: true, description: 'Preferred forename, if different.' })
  @Property({ type: 'text', nullable: true })
  preferredForename?: string | null;

  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Field(() => PupilSex, { description: 'Sex as the census records it.' })
  @Enum({ items: () => PupilSex, type: 'text' })
  sex!: PupilSex;

  @Field(() => Int, { description: 'National curriculum year group: 0 is Reception, 1 to 13 are years 1 to 13.' })
  @Property({ type: 'smallint' })
  yearGroup!: number;

  @Field(() => Boolean, { description: 'Has an education, health and care (EHC) plan.' })
  @Property({ type: 'boolean' })
  ehcPlan: boolean = false;

  @Field(() => Boolean, { description: 'Receives SEN support (without an EHC plan).' })
  @Property({ type: 'boolean' })
  senSupport: boolean = false;

  @Field(() => Boolean, { description: 'Looked after by a local authority.' })
  @Property({ type: 'boolean' })
  lookedAfter: boolean = false;

  @Field(() => String, { nullable: true, description: 'Allocated social worker, if the pupil is open to one.' })
  @Property({ type: 'text', nullable: true })
  socialWorkerName?: string | null;

  @Field(() => String, { nullable: true, description: "Social worker's phone or e-mail." })
  @Property({ type: 'text', nullable: true })
  socialWorkerContact?: string | null;

  @Field(() => String, { nullable: true, description: 'Youth offending team worker, if any.' })
  @Property({ type: 'text', nullable: true })
  youthOffendingWorkerName?: string | null;

  @Field(() => String, { nullable: true, description: "Youth offending team worker's phone or e-mail." })
  @Property({ type: 'text', nullable: true })
  youthOffendingWorkerContact?: string | null;

  @Field(() => Boolean, { description: 'Has a behaviour risk assessment (ALP Leicester: only providers with Team Teach trained staff).' })
  @Property({ type: 'boolean' })
  behaviourRiskAssessment: boolean = false;

  @Field(() => String, { nullable: true, description: 'Medical needs a provider must know about; empty when none.' })
  @Property({ type: 'text', nullable: true })
  medicalNeeds?: string | null;

  @Field(() => String, { nullable: true, description: 'Parent or carer to contact in an emergency.' })
  @Property({ type: 'text', nullable: true })
  emergencyContactName?: string | null;

  @Field(() => String, { nullable: true, description: "Emergency contact's phone number." })
  @Property({ type: 'text', nullable: true })
  emergencyContactPhone?: string | null;

  @Field(() => Date, { description: 'When the record was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the record last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** The name to use day to day: preferred names where given. */
  get displayName(): string {
    return `${this.preferredForename || this.legalForename} ${this.preferredSurname || this.legalSurname}`;
  }
}
