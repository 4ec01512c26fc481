import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalAuthority, Provider } from './organisation.entity.js';

@Entity({ tableName: 'provider_site' })
@ObjectType('ProviderSite', { description: 'An address where a provider teaches pupils.' })
export class ProviderSite {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => Provider, ref: true })
  provider!: Ref<Provider>;

  @Field(() => String, { description: 'What the site is called, e.g. "Main centre".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'First line of the address.' })
  @Property({ type: 'text' })
  addressLine1!: string;

  @Field(() => String, { nullable: true, description: 'Second line of the address.' })
  @Property({ type: 'text', nullable: true })
  addressLine2?: string | null;

  @Field(() => String, { description: 'Town or city.' })
  @Property({ type: 'text' })
  town!: string;

  @Field(() => String, { description: 'UK postcode, upper case with a single space.' })
  @Property({ type: 'text' })
  postcode!: string;

  @Index()
  @ManyToOne({ entity: () => LocalAuthority, ref: true })
  localAuthority!: Ref<LocalAuthority>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
