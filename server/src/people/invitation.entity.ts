import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus', description: 'Where an invitation stands.' });

/** An e-mailed, one-time invitation to join an organisation with given roles. */
@Entity({ tableName: 'invitation' })
@ObjectType('Invitation', { description: 'An invitation to join an organisation, sent by e-mail with a one-time link.' })
export class Invitation {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne({ entity: () => Organisation, ref: true })
  organisation!: Ref<Organisation>;

  @Field(() => String, { description: 'Address the invitation was sent to.' })
  @Property({ type: 'text' })
  email!: string;

  @Field(() => [Role], { description: 'Roles the invitee will hold.' })
  @Enum({ items: () => Role, array: true, type: 'text[]' })
  roles: Role[] = [];

  /** sha256 of the token in the e-mailed link; the token itself is never stored. */
  @Property({ type: 'text', unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  invitedBy?: Ref<User> | null;

  @Field(() => Date, { description: 'After this the link no longer works.' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  statusAt(now: Date): InvitationStatus {
    if (this.acceptedAt) return InvitationStatus.ACCEPTED;
    if (this.revokedAt) return InvitationStatus.REVOKED;
    if (this.expiresAt <= now) return InvitationStatus.EXPIRED;
    return InvitationStatus.PENDING;
  }
}
