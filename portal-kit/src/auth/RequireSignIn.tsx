import { Navigate, useLocation, type RouteSectionProps } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { Loading } from '../components/Loading';
import { ProblemPage } from '../pages/ProblemPage';
import { appPathOf, signInPath } from '../portal/paths';
import { usePortal } from '../portal/portal-context';
import { useSession } from './session';

/** Layout route for every signed-in page: signed-out visitors go to sign in, and come back afterwards. */
export function RequireSignIn(props: RouteSectionProps) {
  const session = useSession();
  const portal = usePortal();
  const location = useLocation();
  const unavailable = () => {
    const state = session.state();
    return state.status === 'unavailable' ? state : undefined;
  };
  const returnTo = () => appPathOf(location.pathname, portal.basePath) + location.search;
  return (
    <Switch>
      <Match when={session.state().status === 'loading'}>
        <Loading />
      </Match>
      <Match when={session.state().status === 'signed-out'}>
        <Navigate href={signInPath(returnTo())} />
      </Match>
      <Match when={unavailable()}>
        {(state) => <ProblemPage error={state().error} retry={() => void session.reload()} />}
      </Match>
      <Match when={session.me()}>{props.children}</Match>
    </Switch>
  );
}
