import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { assertCan, requireActor } from '../auth/permissions.js';
import { badInput, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import { TenantTransaction } from '../db/tenant-transaction.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { User } from '../people/user.entity.js';
import { Document } from './documents.entity.js';
import { isCommissionerOf } from './qa-access.js';
import type { FileStorage } from './storage/file-storage.js';

/** What the REST endpoints know of a request: enough for the tenant transaction and the audit. */
export interface FileRequest {
  requestId: string;
  request: Request;
  auth: { actor: Actor | null };
}

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** The file types evidence may come in, recognised by their bytes; the name must agree. */
const ACCEPTED = [
  { label: 'PDF', mime: 'application/pdf', extensions: ['pdf'] },
  { label: 'PNG', mime: 'image/png', extensions: ['png'] },
  { label: 'JPEG', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { label: 'DOCX', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  { label: 'XLSX', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  { label: 'ODT', mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
] as const;

export const ACCEPTED_FILE_TYPES = ACCEPTED.map((type) => type.label).join(', ').replace(/, (\w+)$/, ' or $1');

/**
 * Uploaded documents: bytes in FileStorage, details in the `document` table. Each endpoint runs in
 * its own tenant transaction as the app role, like a GraphQL request.
 */
export class DocumentService {
  constructor(
    private readonly orm: Orm,
    private readonly config: Config,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  get maxUploadBytes(): number {
    return this.config.maxUploadMb * 1024 * 1024;
  }

  /** Who may upload: members whose organisation will own the document (provider managers, for now). */
  assertCanUpload(actor: Actor | null) {
    return assertCan(actor, 'qa-record:edit');
  }

  /** Checks the file, then saves its bytes and its details together: both, or neither. */
  async upload(request: FileRequest, file: UploadedFile | undefined): Promise<Document> {
    const actor = this.assertCanUpload(request.auth.actor);
    const { filename, contentType, bytes } = await inspect(file);
    const id = randomUUID();
    const storageKey = `${actor.organisationId}/${id}`;
    return this.inTransaction(actor, async (em) => {
      const document = em.create(Document, {
        id,
        owner: em.getReference(Organisation, actor.organisationId),
        filename,
        contentType,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        storageKey,
        uploadedBy: em.getReference(User, actor.userId),
        uploadedAt: new Date(),
      });
      this.audit.record(em, request, { action: 'write', subjectType: 'Document', subjectId: id, operation: 'uploadFile' });
      await em.flush();
      await this.storage.put(storageKey, bytes);
      return document;
    }, () => this.storage.delete(storageKey));
  }

  /** The document and its bytes, for those who may read it; NOT_FOUND for everyone else. Every download is audited. */
  async download(request: FileRequest, id: string): Promise<{ document: Document; stream: Readable }> {
    const actor = requireActor(request.auth.actor);
    let stream: Readable | undefined;
    return this.inTransaction(actor, async (em) => {
      const document = await em.findOne(Document, { id: asUuid(id) });
      if (!document || !(await this.canReadDocument(em, actor, document))) throw notFound('Document');
      this.audit.record(em, request, { action: 'read', subjectType: 'Document', subjectId: document.id, operation: 'downloadFile' });
      await em.flush();
      stream = await this.storage.get(document.storageKey);
      return { document, stream };
    }, () => stream?.destroy());
  }

  /**
   * Documents themselves go to commissioners only (architecture: "documents themselves to
   * commissioners"): the owner organisation's members and the provider's commissioners (isCommissionerOf).
   */
  async canReadDocument(em: EntityManager, actor: Actor, document: Document): Promise<boolean> {
    if (!actor.organisationId) return false;
    return document.owner.id === actor.organisationId || isCommissionerOf(em, actor, document.owner.id);
  }

  /** Runs `work` in one tenant transaction and commits; on any failure rolls back and calls `undo`. */
  private async inTransaction<T>(actor: Actor, work: (em: EntityManager) => Promise<T>, undo: () => unknown): Promise<T> {
    const tenant = new TenantTransaction(this.orm, () => actor);
    try {
      const result = await work(await tenant.em());
      await tenant.finish(true);
      return result;
    } catch (error) {
      await tenant.finish(false).catch(() => undefined);
      await Promise.resolve(undo()).catch(() => undefined);
      throw error;
    }
  }
}

/** The file's name, real type and bytes, or a GOV.UK-worded error on the "file" field. */
async function inspect(file: UploadedFile | undefined): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  if (!file) throw badInput('file', 'Select a file');
  if (file.size === 0 || file.buffer.length === 0) throw badInput('file', 'The selected file is empty');
  const detected = await fileTypeFromBuffer(file.buffer);
  const accepted = ACCEPTED.find((type) => type.mime === detected?.mime);
  if (!accepted) throw badInput('file', `The selected file must be a ${ACCEPTED_FILE_TYPES}`);
  const filename = cleanFilename(file.originalname);
  const extension = path.extname(filename).slice(1).toLowerCase();
  if (!(accepted.extensions as readonly string[]).includes(extension)) {
    throw badInput('file', `The selected file is a ${accepted.label}, so its name must end .${accepted.extensions.join(' or .')}`);
  }
  return { filename, contentType: accepted.mime, bytes: file.buffer };
}

/** The last path segment, without control characters, at most 200 characters (extension kept). */
function cleanFilename(original: string): string {
  const name = (original.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (name.length <= 200) return name;
  const extension = path.extname(name).slice(0, 20);
  return name.slice(0, 200 - extension.length) + extension;
}
