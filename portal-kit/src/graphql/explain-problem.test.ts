import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { explainProblem } from './explain-problem';

describe('explainProblem', () => {
  it('asks for the session to be reloaded when the server no longer knows the user', () => {
    const explanation = explainProblem(new ApiError([{ code: 'UNAUTHENTICATED', message: 'Sign in to continue.' }]));
    expect(explanation).toMatchObject({ title: 'You have been signed out', sessionEnded: true, canRetry: false });
  });

  it('offers a retry when the service could not be reached', () => {
    const explanation = explainProblem(new ApiError([{ code: 'NETWORK', message: '' }]));
    expect(explanation).toMatchObject({ title: 'Sorry, the service is unavailable', canRetry: true });
  });

  it('does not offer a retry for a missing page or a refused one', () => {
    expect(explainProblem(new ApiError([{ code: 'NOT_FOUND', message: '' }]))).toMatchObject({
      title: 'Page not found',
      canRetry: false,
    });
    expect(explainProblem(new ApiError([{ code: 'FORBIDDEN', message: '' }]))).toMatchObject({
      title: 'You do not have permission to see this page',
      canRetry: false,
    });
  });

  it('treats anything else, such as a bug in the page, as a problem with the service', () => {
    expect(explainProblem(new TypeError('x is undefined'))).toMatchObject({
      title: 'Sorry, there is a problem with the service',
      canRetry: true,
      sessionEnded: false,
    });
  });
});
