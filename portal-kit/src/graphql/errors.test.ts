import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { ApiError, networkProblemMessage, problemsFrom } from './errors';

describe('problemsFrom', () => {
  it('keeps the code, message and field of each GraphQL error', () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: 'Enter a valid email address.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
        { message: 'Already a member.', extensions: { code: 'CONFLICT' } },
      ],
    });
    expect(problemsFrom(error)).toEqual([
      { code: 'BAD_USER_INPUT', message: 'Enter a valid email address.', field: 'email' },
      { code: 'CONFLICT', message: 'Already a member.' },
    ]);
  });

  it('hides the message of errors the API does not document, such as masked internal errors', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(problemsFrom(error)).toEqual([
      { code: 'UNKNOWN', message: 'Sorry, there is a problem with the service. Try again later.' },
    ]);
  });

  it('reports a network failure as one NETWORK problem', () => {
    const error = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(problemsFrom(error)).toEqual([{ code: 'NETWORK', message: networkProblemMessage }]);
  });
});

describe('ApiError', () => {
  it('says whether any of its problems has a code', () => {
    const error = new ApiError([
      { code: 'FORBIDDEN', message: 'No.' },
      { code: 'NOT_FOUND', message: 'Gone.' },
    ]);
    expect(error.has('NOT_FOUND')).toBe(true);
    expect(error.has('UNAUTHENTICATED')).toBe(false);
    expect(error.message).toBe('No. Gone.');
  });
});
