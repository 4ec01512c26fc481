import { unwrapResolverError } from '@apollo/server/errors';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';

const EXPECTED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND']);

/** Expected failures pass through with their code; anything else is masked in production. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof UniqueConstraintViolationException) {
      return { message: 'That already exists.', path: formatted.path, extensions: { code: 'CONFLICT' } };
    }
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (EXPECTED.has(code)) return formatted;
    console.error(original);
    if (!production) return formatted;
    return { message: 'Something went wrong. Try again later.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
