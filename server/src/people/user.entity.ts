import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ tableName: 'app_user' })
@ObjectType('User', { description: 'A person with an account. Visible to members of the organisations they belong to.' })
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Sign-in e-mail address, lower case.' })
  @Property({ type: 'text', unique: true })
  email!: string;

  @Field(() => String, { description: 'Name shown to colleagues.' })
  @Property({ type: 'text' })
  displayName!: string;

  /** argon2id hash; never exposed. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastSignedInAt?: Date | null;
}
