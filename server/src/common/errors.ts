import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

function error(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const unauthenticated = () => error('UNAUTHENTICATED', 'Sign in to continue.');
export const forbidden = (message = 'You do not have permission to do that.') => error('FORBIDDEN', message);
export const notFound = (what: string) => error('NOT_FOUND', `${what} not found.`);
export const conflict = (message: string, field?: string) => error('CONFLICT', message, field ? { field } : {});
export const badInput = (field: string, message: string) => error('BAD_USER_INPUT', message, { field });
export const tooManyRequests = (retryAfterSeconds: number) =>
  error('TOO_MANY_REQUESTS', `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, {
    retryAfterSeconds,
  });
