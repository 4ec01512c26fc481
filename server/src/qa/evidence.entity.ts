import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalAuthority, Provider } from '../organisations/organisation.entity.js';
import { User } from '../people/user.entity.js';
import { Document } from './documents.entity.js';
import { EvidenceTypeCode } from './evidence-catalogue.js';

/**
 * One version of one kind of evidence for one provider. Versions are never changed or removed:
 * renewing adds the next number, and the highest number is the current version.
 */
@Entity({ tableName: 'evidence_version' })
@Unique({ properties: ['provider', 'type', 'number'] })
@ObjectType('EvidenceVersion', { description: 'One version of a piece of evidence: its document, dates and details, as uploaded. Never changed afterwards.' })
export class EvidenceVersion {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Provider, ref: true })
  provider!: Ref<Provider>;

  @Field(() => EvidenceTypeCode, { description: 'Which kind of evidence.' })
  @Enum({ items: () => EvidenceTypeCode, type: 'text' })
  type!: EvidenceTypeCode;

  @Field(() => Int, { description: '1 for the first version of this evidence, then 2, 3, … on each renewal.' })
  @Property({ type: 'integer' })
  number!: number;

  @Index()
  @ManyToOne({ entity: () => Document, ref: true })
  document!: Ref<Document>;

  @Field(() => String, { nullable: true, description: 'Who issued it (insurer, training provider, assessor); null for the provider’s own documents.' })
  @Property({ type: 'text', nullable: true })
  issuer?: string | null;

  @Field(() => LocalDateResolver, { description: 'The first day it applies (policy start, training or review date).' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDateResolver, { description: 'The last day it applies: expiry date, or the date the next review is due.' })
  @Property({ type: 'date' })
  expiresOn!: string;

  @Field(() => Int, { nullable: true, description: 'Insurance cover in whole pounds (insurance only).' })
  @Property({ type: 'integer', nullable: true })
  coverAmount?: number | null;

  @Field(() => Int, { nullable: true, description: 'The edition of Keeping children safe in education the checks follow (staff-checks confirmation only).' })
  @Property({ type: 'integer', nullable: true })
  kcsieYear?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The provider undertakes to tell commissioners about changes that may put a child at risk (staff-checks confirmation only).',
  })
  @Property({ type: 'boolean', nullable: true })
  reportsChangesUndertaking?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'How many staff are trained (Team Teach training only).' })
  @Property({ type: 'integer', nullable: true })
  trainedStaffCount?: number | null;

  @Field(() => String, { nullable: true, description: 'The course or its equivalent (Team Teach training only).' })
  @Property({ type: 'text', nullable: true })
  courseName?: string | null;

  @ManyToOne({ entity: () => User, ref: true })
  uploadedBy!: Ref<User>;

  /** Kept with the version: the uploader's account is not readable outside their organisation. */
  @Property({ type: 'text' })
  uploadedByName!: string;

  @Field(() => Date, { description: 'When this version was added.' })
  @Property({ type: 'timestamptz' })
  uploadedAt: Date = new Date();
}

/** A local authority's officer checked one evidence version. One row per version and LA. */
@Entity({ tableName: 'evidence_verification' })
@Unique({ properties: ['version', 'localAuthority'] })
@ObjectType('EvidenceVerification', { description: 'A local authority checked this version of the evidence.' })
export class EvidenceVerification {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => EvidenceVersion, ref: true })
  version!: Ref<EvidenceVersion>;

  @ManyToOne({ entity: () => LocalAuthority, ref: true })
  localAuthority!: Ref<LocalAuthority>;

  @ManyToOne({ entity: () => User, ref: true })
  verifiedBy!: Ref<User>;

  /** Kept with the verification: the officer's account is not readable outside their LA. */
  @Property({ type: 'text' })
  verifiedByName!: string;

  @Field(() => Date, { description: 'When it was verified.' })
  @Property({ type: 'timestamptz' })
  verifiedAt: Date = new Date();
}
