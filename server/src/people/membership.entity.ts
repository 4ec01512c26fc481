import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

/** A user's place in one organisation, with the roles they hold there. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'organisation'] })
@ObjectType('Membership', { description: "A user's membership of one organisation, with their roles there." })
export class Membership {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, ref: true })
  user!: Ref<User>;

  @Index()
  @ManyToOne({ entity: () => Organisation, ref: true })
  organisation!: Ref<Organisation>;

  @Field(() => [Role], { description: 'Roles held in this organisation.' })
  @Enum({ items: () => Role, array: true, type: 'text[]' })
  roles: Role[] = [];

  @Field(() => Date, { description: 'When the membership began.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
