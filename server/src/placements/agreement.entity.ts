import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Placement } from './placement.entity.js';

export enum ReportingCadence {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}
registerEnumType(ReportingCadence, {
  name: 'ReportingCadence',
  description: 'How often the provider reports attendance to the school.',
  valuesConfig: { DAILY: { description: 'Every day.' }, WEEKLY: { description: 'Once a week.' } },
});

export enum ReportCadence {
  TERMLY = 'TERMLY',
  HALF_TERMLY = 'HALF_TERMLY',
}
registerEnumType(ReportCadence, {
  name: 'ReportCadence',
  description: "How often the provider writes a progress report.",
  valuesConfig: { TERMLY: { description: 'Once a term.' }, HALF_TERMLY: { description: 'Once a half term.' } },
});

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
}
registerEnumType(Weekday, { name: 'Weekday', description: 'A school day.' });

export enum SessionOfDay {
  AM = 'AM',
  PM = 'PM',
}
registerEnumType(SessionOfDay, {
  name: 'SessionOfDay',
  description: 'A register session (domain.md §3.1).',
  valuesConfig: { AM: { description: 'Morning session.' }, PM: { description: 'Afternoon session.' } },
});

export enum CostBasis {
  PER_SESSION = 'PER_SESSION',
  PER_DAY = 'PER_DAY',
  PER_WEEK = 'PER_WEEK',
  PER_TERM = 'PER_TERM',
  WHOLE_PLACEMENT = 'WHOLE_PLACEMENT',
}
registerEnumType(CostBasis, { name: 'CostBasis', description: 'What the agreed cost is charged per.' });

export enum AgreementParty {
  SCHOOL = 'SCHOOL',
  PROVIDER = 'PROVIDER',
  PARENT_CARER = 'PARENT_CARER',
}
registerEnumType(AgreementParty, {
  name: 'AgreementParty',
  description: 'A party who signs the placement agreement.',
  valuesConfig: {
    SCHOOL: { description: 'The commissioning school.' },
    PROVIDER: { description: 'The provider.' },
    PARENT_CARER: { description: 'The parent or carer (signature usually collected on paper and recorded by the school).' },
  },
});

export enum SignatureMethod {
  IN_PORTAL = 'IN_PORTAL',
  ON_PAPER = 'ON_PAPER',
}
registerEnumType(SignatureMethod, {
  name: 'SignatureMethod',
  description: 'How a signature was given.',
  valuesConfig: { IN_PORTAL: { description: 'Signed here by the signed-in user.' }, ON_PAPER: { description: 'Signed on the printed agreement; recorded here.' } },
});

/** One timetabled session of the agreement (stored in the agreement's JSON timetable). */
@ObjectType('TimetableSession', { description: 'A session the pupil attends the provider each week.' })
export class TimetableSession {
  @Field(() => Weekday, { description: 'Day of the week.' })
  weekday!: Weekday;

  @Field(() => SessionOfDay, { description: 'Morning or afternoon.' })
  session!: SessionOfDay;

  @Field(() => String, { description: 'Start time, HH:MM.' })
  startTime!: string;

  @Field(() => String, { description: 'End time, HH:MM.' })
  endTime!: string;
}

/**
 * A version of the placement agreement (the seeds' AP Agreement and SLA). Editable while no one
 * has signed it; once signed it is immutable (row-level security refuses updates), and changes
 * make a new version that needs every signature again.
 */
@Entity({ tableName: 'placement_agreement' })
@Unique({ properties: ['placement', 'version'] })
@ObjectType('PlacementAgreement', { description: 'A version of the placement agreement. Immutable once anyone has signed it.' })
export class PlacementAgreement {
  [OptionalProps]?: 'createdAt' | 'hoursPerWeek';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  @Field(() => Int, { description: 'Version number, from 1.' })
  @Property({ type: 'smallint' })
  version!: number;

  @Field(() => [String], { description: 'What the provider commits to.' })
  @Property({ type: 'text[]' })
  providerCommitments: string[] = [];

  @Field(() => [String], { description: 'What the school commits to.' })
  @Property({ type: 'text[]' })
  schoolCommitments: string[] = [];

  @Field(() => ReportingCadence, { description: 'How often the provider reports attendance.' })
  @Enum({ items: () => ReportingCadence, type: 'text' })
  attendanceReporting!: ReportingCadence;

  @Field(() => Int, { description: 'Longest gap between reviews, in weeks (half-termly is 6).' })
  @Property({ type: 'smallint' })
  reviewIntervalWeeks!: number;

  @Field(() => Int, { description: 'School visits to the pupil each term.' })
  @Property({ type: 'smallint' })
  visitsPerTerm!: number;

  @Field(() => ReportCadence, { description: 'How often the provider writes a progress report.' })
  @Enum({ items: () => ReportCadence, type: 'text' })
  reportCadence!: ReportCadence;

  @Field(() => [TimetableSession], { description: 'The weekly timetable of AM/PM sessions.' })
  @Property({ type: 'json' })
  timetable: TimetableSession[] = [];

  /** Derived from the timetable on save; kept as a column so counting full-time pupils stays in SQL. */
  @Field(() => Number, { description: 'Hours a week at the provider, from the timetable.' })
  @Property({ type: 'double' })
  hoursPerWeek: number = 0;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Start date.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Proposed maximum end date.' })
  @Property({ type: 'date', nullable: true })
  proposedEndDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Agreed cost in pence.' })
  @Property({ type: 'integer', nullable: true })
  costPence?: number | null;

  @Field(() => CostBasis, { nullable: true, description: 'What the cost is charged per.' })
  @Enum({ items: () => CostBasis, type: 'text', nullable: true })
  costBasis?: CostBasis | null;

  @Field(() => String, { nullable: true, description: 'Anything else agreed (transport, meals, exam entries).' })
  @Property({ type: 'text', nullable: true })
  otherTerms?: string | null;

  /** The personalised plan and objectives as they stood at the first signature, so the signed document never changes. */
  @Property({ type: 'json', nullable: true })
  planSnapshot?: unknown;

  @Property({ type: 'uuid' })
  createdById!: string;

  @Field(() => Date, { description: 'When this version was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A party's signature on one agreement version; at most one per party, never changed. */
@Entity({ tableName: 'agreement_signature' })
@Unique({ properties: ['agreement', 'party'] })
@ObjectType('AgreementSignature', { description: "A party's signature on an agreement version: who and when." })
export class AgreementSignature {
  [OptionalProps]?: 'recordedAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => PlacementAgreement, ref: true })
  agreement!: Ref<PlacementAgreement>;

  @Field(() => AgreementParty, { description: 'Who signed: school, provider or parent/carer.' })
  @Enum({ items: () => AgreementParty, type: 'text' })
  party!: AgreementParty;

  @Field(() => String, { description: 'Name of the person who signed.' })
  @Property({ type: 'text' })
  signerName!: string;

  @Field(() => String, { nullable: true, description: 'Their role, e.g. "AP coordinator", "Headteacher", "Mother".' })
  @Property({ type: 'text', nullable: true })
  signerRole?: string | null;

  @Field(() => SignatureMethod, { description: 'Signed here, or on paper and recorded here.' })
  @Enum({ items: () => SignatureMethod, type: 'text' })
  method!: SignatureMethod;

  @Field(() => LocalDateResolver, { description: 'Date of the signature.' })
  @Property({ type: 'date' })
  signedOn!: string;

  @Property({ type: 'uuid' })
  recordedById!: string;

  @Field(() => String, { name: 'recordedBy', description: 'Who recorded it here.' })
  @Property({ type: 'text' })
  recordedByName!: string;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
