import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Placement } from '../placements/placement.entity.js';

export enum IncidentSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(IncidentSeverity, {
  name: 'IncidentSeverity',
  description: 'How serious the provider judges a behaviour incident to be.',
  valuesConfig: {
    LOW: { description: 'Low: dealt with at the provider; the school should know.' },
    MEDIUM: { description: 'Medium: the school should consider its response.' },
    HIGH: { description: 'High: harm or serious risk of harm; the school must decide a course of action.' },
  },
});

/**
 * A serious behaviour incident the provider reports to the school, whose AP lead decides the
 * course of action (the seeds). Part of the placement record, visible as the placement is.
 */
@Entity({ tableName: 'behaviour_incident' })
@Index({ properties: ['placement', 'occurredAt'] })
@ObjectType('BehaviourIncident', { description: 'A serious behaviour incident reported by the provider, and the school’s decision on it.' })
export class BehaviourIncident {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  @Property({ type: 'uuid' })
  reportedById!: string;

  @Field(() => String, { description: 'The member of the provider’s staff who reported it.' })
  @Property({ type: 'text' })
  reportedByName!: string;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => String, { description: 'What happened.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'What the provider did.' })
  @Property({ type: 'text' })
  actionTaken!: string;

  @Field(() => IncidentSeverity, { description: 'How serious it was.' })
  @Enum({ items: () => IncidentSeverity, type: 'text' })
  severity!: IncidentSeverity;

  @Field(() => String, { nullable: true, description: "The school's decided course of action; null until decided." })
  @Property({ type: 'text', nullable: true })
  decision?: string | null;

  @Property({ type: 'uuid', nullable: true })
  decisionById?: string | null;

  @Field(() => String, { nullable: true, description: 'Who at the school decided.' })
  @Property({ type: 'text', nullable: true })
  decisionByName?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the school decided.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Field(() => Date, { description: 'When it was reported.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
