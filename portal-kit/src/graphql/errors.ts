import type { CombinedError } from '@urql/core';

export const apiErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** One thing that went wrong with a request, as the UI needs it. */
export interface ApiProblem {
  /** NETWORK: the service could not be reached or answered with something that is not GraphQL. */
  code: ApiErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string;
  /** The input field the server blamed (BAD_USER_INPUT, sometimes CONFLICT). */
  field?: string;
}

export const networkProblemMessage =
  'Sorry, the service is unavailable at the moment. Check your connection and try again in a few minutes.';

const unknownProblemMessage = 'Sorry, there is a problem with the service. Try again later.';

function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && (apiErrorCodes as readonly string[]).includes(code);
}

/** Turns urql's combined error into the problems the server reported (or one network problem). */
export function problemsFrom(error: CombinedError): ApiProblem[] {
  if (error.graphQLErrors.length > 0) {
    return error.graphQLErrors.map((graphQLError) => {
      const { code, field } = graphQLError.extensions;
      if (!isApiErrorCode(code)) return { code: 'UNKNOWN', message: unknownProblemMessage };
      return {
        code,
        message: graphQLError.message,
        ...(typeof field === 'string' ? { field } : {}),
      };
    });
  }
  return [{ code: 'NETWORK', message: networkProblemMessage }];
}

/** A failed query, thrown so the nearest error boundary can explain it. */
export class ApiError extends Error {
  readonly problems: readonly ApiProblem[];

  constructor(problems: readonly ApiProblem[]) {
    super(problems.map((problem) => problem.message).join(' '));
    this.name = 'ApiError';
    this.problems = problems;
  }

  has(code: ApiProblem['code']): boolean {
    return this.problems.some((problem) => problem.code === code);
  }
}
