import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../graphql/context.js';
import { AuditEvent, type AuditAction } from './audit-event.entity.js';

export interface AuditEntry {
  action: AuditAction;
  subjectType: string;
  subjectId?: string | null;
  operation: string;
}

/** Records who read or changed a protected record, in the same transaction as the work itself. */
export class AuditService {
  record(em: EntityManager, context: Pick<Context, 'auth' | 'requestId' | 'request'>, entry: AuditEntry): void {
    em.create(AuditEvent, {
      at: new Date(),
      userId: context.auth.actor?.userId ?? null,
      organisationId: context.auth.actor?.organisationId ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      operation: entry.operation,
      ipAddress: context.request.ip ?? null,
      requestId: context.requestId,
    });
  }

  recordReads(em: EntityManager, context: Pick<Context, 'auth' | 'requestId' | 'request'>, subjectType: string, ids: string[], operation: string): void {
    for (const subjectId of ids) this.record(em, context, { action: 'read', subjectType, subjectId, operation });
  }
}
