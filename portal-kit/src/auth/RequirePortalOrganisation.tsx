import type { RouteSectionProps } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { NoOrganisationPage } from '../pages/NoOrganisationPage';
import { WrongPortalPage } from '../pages/WrongPortalPage';
import { usePortal } from '../portal/portal-context';
import { useSession } from './session';

/** Layout route for pages about the active organisation: it must be of a kind this portal serves. */
export function RequirePortalOrganisation(props: RouteSectionProps) {
  const session = useSession();
  const portal = usePortal();
  const activeOrganisationPlace = (): 'none' | 'here' | 'other-portal' => {
    const kind = session.me()?.activeMembership?.organisation.kind;
    if (!kind) return 'none';
    return portal.organisationKinds.includes(kind) ? 'here' : 'other-portal';
  };
  return (
    <Switch>
      <Match when={activeOrganisationPlace() === 'none'}>
        <NoOrganisationPage />
      </Match>
      <Match when={activeOrganisationPlace() === 'other-portal'}>
        <WrongPortalPage />
      </Match>
      <Match when={activeOrganisationPlace() === 'here'}>{props.children}</Match>
    </Switch>
  );
}
