import { ApiError } from './errors';

export interface ProblemExplanation {
  title: string;
  message: string;
  /** Trying the same request again might work. */
  canRetry: boolean;
  /** The server no longer knows the user: the session must be reloaded, which leads to sign-in. */
  sessionEnded: boolean;
}

/** What a page that could not be shown tells the user, for any error a page can throw. */
export function explainProblem(error: unknown): ProblemExplanation {
  const problem = { canRetry: false, sessionEnded: false };
  if (error instanceof ApiError) {
    if (error.has('UNAUTHENTICATED')) {
      return { ...problem, title: 'You have been signed out', message: 'Sign in again to continue.', sessionEnded: true };
    }
    if (error.has('FORBIDDEN')) {
      return {
        ...problem,
        title: 'You do not have permission to see this page',
        message: 'If you need access, ask a manager in your organisation.',
      };
    }
    if (error.has('NOT_FOUND')) {
      return {
        ...problem,
        title: 'Page not found',
        message: 'It may have been removed, or the link you followed may be wrong.',
      };
    }
    if (error.has('NETWORK')) {
      return {
        ...problem,
        title: 'Sorry, the service is unavailable',
        message: 'We could not reach it. Check your connection, then try again in a few minutes.',
        canRetry: true,
      };
    }
  }
  return {
    ...problem,
    title: 'Sorry, there is a problem with the service',
    message: 'Try again later.',
    canRetry: true,
  };
}
