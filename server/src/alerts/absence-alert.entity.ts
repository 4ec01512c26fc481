import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { School } from '../organisations/organisation.entity.js';
import { SessionOfDay } from '../placements/agreement.entity.js';
import { Placement } from '../placements/placement.entity.js';

/**
 * A session the provider marked absent, for the home school to act on (domain.md §3.3: the school
 * tells the pupil's social worker or youth offending team worker). One per session mark. Written
 * only by the SECURITY DEFINER function record_absence_alert, which snapshots the pupil's name and
 * workers so the provider never reads the pupil row; read by the school and its LA.
 */
@Entity({ tableName: 'absence_alert' })
@Index({ properties: ['school', 'createdAt'] })
@ObjectType('AbsenceAlert', { description: 'A session the provider marked the pupil absent, for the home school to follow up.' })
export class AbsenceAlert {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => School, ref: true })
  school!: Ref<School>;

  @Index()
  @ManyToOne({ entity: () => Placement, ref: true })
  placement!: Ref<Placement>;

  /** The attendance mark this alert is about: re-recording the same mark updates the alert. */
  @Unique()
  @Property({ type: 'uuid' })
  markId!: string;

  @Field(() => String, { description: "The pupil's name when the absence was recorded." })
  @Property({ type: 'text' })
  pupilName!: string;

  @Field(() => LocalDateResolver, { description: 'The day of the missed session.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => SessionOfDay, { description: 'The missed session.' })
  @Enum({ items: () => SessionOfDay, type: 'text' })
  session!: SessionOfDay;

  @Field(() => String, { description: 'The absence reason code the provider gave.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The allocated social worker when the absence was recorded.' })
  @Property({ type: 'text', nullable: true })
  socialWorkerName?: string | null;

  @Field(() => String, { nullable: true, description: "How to reach the social worker." })
  @Property({ type: 'text', nullable: true })
  socialWorkerContact?: string | null;

  @Field(() => String, { nullable: true, description: 'The youth offending team worker when the absence was recorded.' })
  @Property({ type: 'text', nullable: true })
  youthOffendingWorkerName?: string | null;

  @Field(() => String, { nullable: true, description: 'How to reach the youth offending team worker.' })
  @Property({ type: 'text', nullable: true })
  youthOffendingWorkerContact?: string | null;

  @Field(() => Date, { description: 'When the absence was first recorded.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When someone at the school handled the alert.' })
  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  acknowledgedById?: string | null;

  @Field(() => String, { nullable: true, description: 'Who handled the alert.' })
  @Property({ type: 'text', nullable: true })
  acknowledgedByName?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the social worker or youth offending team worker was told.' })
  @Property({ type: 'timestamptz', nullable: true })
  workerInformedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  workerInformedById?: string | null;

  @Field(() => String, { nullable: true, description: 'Who told the social worker or youth offending team worker.' })
  @Property({ type: 'text', nullable: true })
  workerInformedByName?: string | null;

  @Field(() => String, { nullable: true, description: 'What was done, written when handling the alert.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Boolean, { description: 'Whether the pupil had an allocated social worker when the absence was recorded.' })
  get hasSocialWorker(): boolean {
    return Boolean(this.socialWorkerName);
  }

  @Field(() => Boolean, { description: 'Whether the pupil had a youth offending team worker when the absence was recorded.' })
  get hasYouthOffendingWorker(): boolean {
    return Boolean(this.youthOffendingWorkerName);
  }

  /** Someone outside the school must be told about this absence. */
  get hasWorker(): boolean {
    return this.hasSocialWorker || this.hasYouthOffendingWorker;
  }
}
