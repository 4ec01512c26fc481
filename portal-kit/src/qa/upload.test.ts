import { describe, expect, it } from 'vitest';
import { uploadOutcomeFrom } from './upload';

describe('uploadOutcomeFrom', () => {
  it('takes the document from a 201', () => {
    const document = { id: 'd1', filename: 'cert.pdf', contentType: 'application/pdf', size: 1200 };
    expect(uploadOutcomeFrom(201, document)).toEqual({ ok: true, document });
  });

  it('keeps the API’s message and field, so the error shows on the file field', () => {
    expect(
      uploadOutcomeFrom(400, { error: { code: 'BAD_USER_INPUT', field: 'file', message: 'The selected file is empty' } }),
    ).toEqual({ ok: false, problems: [{ code: 'BAD_USER_INPUT', field: 'file', message: 'The selected file is empty' }] });
    expect(uploadOutcomeFrom(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in.' } })).toEqual({
      ok: false,
      problems: [{ code: 'UNAUTHENTICATED', message: 'Sign in.' }],
    });
  });

  it('explains answers that are not the API’s own, such as a proxy refusing a large file', () => {
    expect(uploadOutcomeFrom(413, undefined)).toEqual({
      ok: false,
      problems: [{ code: 'BAD_USER_INPUT', field: 'file', message: 'The selected file is too large' }],
    });
    expect(uploadOutcomeFrom(500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Boom' } })).toMatchObject({
      ok: false,
      problems: [{ code: 'UNKNOWN', field: 'file' }],
    });
    expect(uploadOutcomeFrom(400, { error: { code: 'BAD_REQUEST', message: 'CSRF' } })).toMatchObject({
      ok: false,
      problems: [{ code: 'UNKNOWN' }],
    });
  });
});
