import { Router, type RouteDefinition } from '@solidjs/router';
import { Provider as UrqlProvider } from '@urql/solid';
import { render } from 'solid-js/web';
import { RequirePortalOrganisation } from '../auth/RequirePortalOrganisation';
import { RequireSignIn } from '../auth/RequireSignIn';
import { createApiClient } from '../graphql/client';
import { AcceptInvitationPage } from '../pages/AcceptInvitationPage';
import { EditMemberPage } from '../pages/my-organisation/EditMemberPage';
import { InviteMemberPage } from '../pages/my-organisation/InviteMemberPage';
import { MyOrganisationPage } from '../pages/my-organisation/MyOrganisationPage';
import { RemoveMemberPage } from '../pages/my-organisation/RemoveMemberPage';
import { RevokeInvitationPage } from '../pages/my-organisation/RevokeInvitationPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { NotificationsPage } from '../pages/notifications/NotificationsPage';
import { RequestPasswordResetPage } from '../pages/RequestPasswordResetPage';
import { ResetPasswordPage } from '../pages/ResetPasswordPage';
import { SignInPage } from '../pages/SignInPage';
import { SwitchOrganisationPage } from '../pages/SwitchOrganisationPage';
import type { PortalConfig } from './portal-config';
import { PortalContext } from './portal-context';
import { PortalRoot } from './PortalRoot';

function portalRoutes(config: PortalConfig): RouteDefinition[] {
  return [
    { path: '/sign-in', component: SignInPage },
    { path: '/accept-invitation', component: AcceptInvitationPage },
    { path: '/request-password-reset', component: RequestPasswordResetPage },
    { path: '/reset-password', component: ResetPasswordPage },
    {
      path: '/',
      component: RequireSignIn,
      children: [
        { path: '/switch-organisation', component: SwitchOrganisationPage },
        {
          path: '/',
          component: RequirePortalOrganisation,
          children: [
            { path: '/', component: config.home },
            { path: '/notifications', component: NotificationsPage },
            { path: '/my-organisation', component: MyOrganisationPage },
            { path: '/my-organisation/invite', component: InviteMemberPage },
            { path: '/my-organisation/members/:membershipId', component: EditMemberPage },
            { path: '/my-organisation/members/:membershipId/remove', component: RemoveMemberPage },
            { path: '/my-organisation/invitations/:invitationId/revoke', component: RevokeInvitationPage },
            ...config.routes.map((route) => ({ path: route.path, component: route.component })),
          ],
        },
      ],
    },
    { path: '*', component: NotFoundPage },
  ];
}

/** Starts a portal in the page's #app element: everything but the portal's own pages comes from here. */
export function createPortal(config: PortalConfig): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('The portal needs an element with id "app" in index.html.');
  // GOV.UK Frontend's scripts and JS-only styles check for these.
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  const client = createApiClient();

  render(
    () => (
      <UrqlProvider value={client}>
        <PortalContext.Provider value={config}>
          <Router base={config.basePath} root={PortalRoot}>
            {portalRoutes(config)}
          </Router>
        </PortalContext.Provider>
      </UrqlProvider>
    ),
    root,
  );
}
