import { networkProblemMessage, type ApiProblem } from '../graphql/errors';

/** What POST /files answers with when the upload is accepted. */
export interface UploadedDocument {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

export type UploadOutcome = { ok: true; document: UploadedDocument } | { ok: false; problems: ApiProblem[] };

const unknownProblem: ApiProblem = { code: 'UNKNOWN', message: 'Sorry, there is a problem with the service. Try again later.' };

const codes: Record<string, ApiProblem['code']> = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
};

function isUploadedDocument(body: unknown): body is UploadedDocument {
  if (typeof body !== 'object' || body === null) return false;
  const document = body as Record<string, unknown>;
  return typeof document.id === 'string' && typeof document.filename === 'string' && typeof document.size === 'number';
}

/**
 * Reads the answer of POST /files: 201 with the document, or `{ error: { code, field?, message } }`.
 * Anything else (a proxy's 413 page, a 500) becomes one problem on the file field.
 */
export function uploadOutcomeFrom(status: number, body: unknown): UploadOutcome {
  if (status === 201 && isUploadedDocument(body)) return { ok: true, document: body };
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null) {
    const { code, field, message } = error as Record<string, unknown>;
    const known = typeof code === 'string' ? codes[code] : undefined;
    if (known && typeof message === 'string') {
      return { ok: false, problems: [{ code: known, message, ...(typeof field === 'string' ? { field } : {}) }] };
    }
  }
  if (status === 413) {
    return { ok: false, problems: [{ code: 'BAD_USER_INPUT', field: 'file', message: 'The selected file is too large' }] };
  }
  return { ok: false, problems: [{ ...unknownProblem, field: 'file' }] };
}

/** Uploads one document (multipart, part "file") for the active organisation; the header passes the API's CSRF check. */
export async function uploadDocument(file: File): Promise<UploadOutcome> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/files', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    return { ok: false, problems: [{ code: 'NETWORK', message: networkProblemMessage, field: 'file' }] };
  }
  const json: unknown = await response.json().catch(() => undefined);
  return uploadOutcomeFrom(response.status, json);
}
