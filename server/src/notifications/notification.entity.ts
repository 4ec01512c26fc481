import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../people/user.entity.js';

/** Something a person should know about, shown in the portal and also e-mailed. One row per recipient. */
@Entity({ tableName: 'notification' })
@Unique({ properties: ['user', 'dedupeKey'] })
@ObjectType('Notification', { description: 'A message for the signed-in user, e.g. evidence about to expire.' })
export class Notification {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** The organisation the recipient was notified as a member of. */
  @ManyToOne({ entity: () => Organisation, ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @Field(() => String, { description: 'What kind of message, e.g. EVIDENCE_EXPIRING.' })
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => String, { description: 'One-line summary.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The message.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Portal path to act on it, e.g. /qa/evidence.' })
  @Property({ type: 'text', nullable: true })
  link?: string | null;

  /** The same event notifies a person once (e.g. "evidence v1 expiring"). */
  @Property({ type: 'text', nullable: true })
  dedupeKey?: string | null;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read.' })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;
}
