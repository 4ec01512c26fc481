import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthority, Provider } from '../organisations/organisation.entity.js';
import { QaAssessment } from './assessment.entity.js';
import { QaFramework } from './framework.entity.js';

export enum QaApprovalStatus {
  APPROVED = 'APPROVED',
  CONDITIONAL = 'CONDITIONAL',
  SUSPENDED = 'SUSPENDED',
  REMOVED = 'REMOVED',
}
registerEnumType(QaApprovalStatus, {
  name: 'QaApprovalStatus',
  description: "A provider's standing on an LA framework.",
  valuesConfig: {
    APPROVED: { description: 'Approved: commissioners may use the provider.' },
    CONDITIONAL: { description: 'Approved on conditions, usually an action plan to complete by a review date.' },
    SUSPENDED: { description: 'Temporarily not to be used, e.g. while a concern is looked into.' },
    REMOVED: { description: 'No longer on the framework.' },
  },
});

/** Statuses that let commissioners use the provider, and so rest on a completed assessment. */
export const APPROVING: readonly QaApprovalStatus[] = [QaApprovalStatus.APPROVED, QaApprovalStatus.CONDITIONAL];

/**
 * One decision on a provider's standing on a framework. Append-only: a new decision is a new row
 * (row-level security grants no update or delete); the current standing is the latest decision.
 */
@Entity({ tableName: 'qa_approval' })
@Index({ properties: ['provider', 'framework', 'decidedAt'] })
@ObjectType('QaApproval', { description: "A decision on a provider's standing on an LA framework. Readable by every signed-in user; never changed, only followed by a newer decision." })
export class QaApproval {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => QaFramework, ref: true })
  framework!: Ref<QaFramework>;

  @ManyToOne({ entity: () => LocalAuthority, ref: true, fieldName: 'la_id' })
  localAuthority!: Ref<LocalAuthority>;

  @ManyToOne({ entity: () => Provider, ref: true })
  provider!: Ref<Provider>;

  /** The completed assessment an approval rests on; none for suspending or removing. */
  @ManyToOne({ entity: () => QaAssessment, ref: true, nullable: true })
  assessment?: Ref<QaAssessment> | null;

  @Field(() => QaApprovalStatus, { description: 'Approved, conditional, suspended or removed.' })
  @Enum({ items: () => QaApprovalStatus, type: 'text' })
  status!: QaApprovalStatus;

  @Field(() => LocalDateResolver, { description: 'Date the decision takes effect.' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it is to be reviewed or expires, if set.' })
  @Property({ type: 'date', nullable: true })
  reviewDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Why; required for every status but APPROVED.' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'uuid' })
  decidedById!: string;

  @Field(() => String, { name: 'decidedBy', description: 'Name of the officer who decided.' })
  @Property({ type: 'text' })
  decidedByName!: string;

  @Field(() => Date, { description: 'When the decision was recorded.' })
  @Property({ type: 'timestamptz' })
  decidedAt: Date = new Date();
}
