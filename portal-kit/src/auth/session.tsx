import { useClient } from '@urql/solid';
import { createContext, createSignal, onMount, useContext, type Accessor, type JSX } from 'solid-js';
import type { LoginInput, SessionMeFragment } from '../gql/graphql';
import { ApiError } from '../graphql/errors';
import { fetchQuery, runMutation, type MutationOutcome } from '../graphql/requests';
import type { PortalPermission } from './permissions';
import {
  SessionQuery,
  SignInMutation,
  SignOutMutation,
  SwitchOrganisationMutation,
  UnreadNotificationsQuery,
} from './session-operations';

export type SessionMe = SessionMeFragment;

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; me: SessionMe }
  /** The API could not say who is signed in (down, unreachable, or failing). */
  | { status: 'unavailable'; error: unknown };

export interface Session {
  state: Accessor<SessionState>;
  /** The signed-in user, or undefined while signed out, loading or unavailable. */
  me: Accessor<SessionMe | undefined>;
  can(permission: PortalPermission): boolean;
  reload(): Promise<void>;
  /** Asks again how many notifications are unread (after reading one, or on moving to another page). */
  refreshUnreadNotifications(): Promise<void>;
  /** For flows that sign the user in themselves, like accepting an invitation. */
  signedIn(me: SessionMe): void;
  signIn(input: LoginInput): Promise<MutationOutcome<unknown>>;
  signOut(): Promise<MutationOutcome<unknown>>;
  switchOrganisation(membershipId: string): Promise<MutationOutcome<unknown>>;
}

const SessionContext = createContext<Session>();

export function SessionProvider(props: { children: JSX.Element }) {
  const client = useClient();
  const [state, setState] = createSignal<SessionState>({ status: 'loading' });

  const me = () => {
    const current = state();
    return current.status === 'signed-in' ? current.me : undefined;
  };

  const signedIn = (signedInMe: SessionMe) => setState({ status: 'signed-in', me: signedInMe });

  async function reload(): Promise<void> {
    try {
      const data = await fetchQuery(client, SessionQuery, {});
      setState(data.me ? { status: 'signed-in', me: data.me } : { status: 'signed-out' });
    } catch (error) {
      if (error instanceof ApiError && error.has('UNAUTHENTICATED')) setState({ status: 'signed-out' });
      else setState({ status: 'unavailable', error });
    }
  }

  async function refreshUnreadNotifications(): Promise<void> {
    const current = state();
    if (current.status !== 'signed-in') return;
    try {
      const data = await fetchQuery(client, UnreadNotificationsQuery, {});
      const latest = state();
      // Only the count changes: the rest of the session (and every page using it) stays as it is.
      if (data.me && latest.status === 'signed-in' && latest.me.unreadNotifications !== data.me.unreadNotifications) {
        setState({ status: 'signed-in', me: { ...latest.me, unreadNotifications: data.me.unreadNotifications } });
      }
    } catch {
      // The count is a convenience: the page itself reports a session that has ended.
    }
  }

  const session: Session = {
    state,
    me,
    can: (permission) => me()?.permissions.includes(permission) ?? false,
    reload,
    refreshUnreadNotifications,
    signedIn,
    async signIn(input) {
      const outcome = await runMutation(client, SignInMutation, { input });
      if (outcome.ok) signedIn(outcome.data.login);
      return outcome;
    },
    async signOut() {
      const outcome = await runMutation(client, SignOutMutation, {});
      if (outcome.ok) setState({ status: 'signed-out' });
      return outcome;
    },
    async switchOrganisation(membershipId) {
      const outcome = await runMutation(client, SwitchOrganisationMutation, { membershipId });
      if (outcome.ok) signedIn(outcome.data.switchOrganisation);
      return outcome;
    },
  };

  onMount(() => void reload());

  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider (createPortal sets one up).');
  return session;
}
