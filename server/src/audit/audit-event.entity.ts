import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type AuditAction = 'read' | 'write' | 'sign-in' | 'sign-out';

/** Who read or changed a protected record, when, and from where. Append-only. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['subjectType', 'subjectId'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  userId?: string | null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  organisationId?: string | null;

  @Property({ type: 'text' })
  action!: AuditAction;

  /** e.g. "Membership", "User", "Invitation". */
  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'text', nullable: true })
  subjectId?: string | null;

  /** e.g. "inviteMember", the operation or field that touched the record. */
  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'text', nullable: true })
  ipAddress?: string | null;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;
}
