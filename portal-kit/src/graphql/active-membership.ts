import { ApiError } from './errors';

/**
 * The active membership from a page query's `me`: null `me` means the session has ended,
 * null membership that the user belongs to no organisation any more.
 */
export function activeMembershipOf<Membership>(
  me: { activeMembership: Membership | null } | null | undefined,
): Membership {
  if (!me) throw new ApiError([{ code: 'UNAUTHENTICATED', message: 'Sign in to continue.' }]);
  if (!me.activeMembership) {
    throw new ApiError([{ code: 'FORBIDDEN', message: 'You are not a member of any organisation.' }]);
  }
  return me.activeMembership;
}
