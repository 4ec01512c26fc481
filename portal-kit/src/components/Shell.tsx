import { useLocation, useNavigate } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { createEffect, createSignal, ErrorBoundary, on, Show, Suspense } from 'solid-js';
import { useSession } from '../auth/session';
import { ProblemPage } from '../pages/ProblemPage';
import { showsNavItem } from '../portal/navigation';
import { appPathOf, isCurrentSection } from '../portal/paths';
import { productName } from '../portal/portal-config';
import { usePortal } from '../portal/portal-context';
import { Footer } from './Footer';
import { Header } from './Header';
import { Loading } from './Loading';
import { NotificationBanner } from './NotificationBanner';
import { ServiceNavigation } from './ServiceNavigation';
import { SkipLink } from './SkipLink';

const mainContentId = 'main-content';

/** The frame of every page: skip link, header, service navigation, main content, footer. */
export function Shell(props: { children?: JSX.Element }) {
  const portal = usePortal();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [signOutFailed, setSignOutFailed] = createSignal(false);
  let main!: HTMLElement;

  const appPath = () => appPathOf(location.pathname, portal.basePath);

  const account = () => {
    const me = session.me();
    return me && {
      userName: me.user.displayName,
      organisationName: me.activeMembership?.organisation.name,
      canSwitchOrganisation: me.memberships.length > 1,
      unreadNotifications: me.unreadNotifications,
    };
  };

  const navigationItems = () => {
    const me = session.me();
    const active = me?.activeMembership;
    if (!me || !active || !portal.organisationKinds.includes(active.organisation.kind)) return [];
    const viewer = { roles: active.roles, permissions: me.permissions, organisationKind: active.organisation.kind };
    return [
      { text: 'Home', href: '/' },
      ...portal.navItems.filter((item) => showsNavItem(item, viewer)),
      { text: 'My organisation', href: '/my-organisation' },
    ].map((item) => ({ text: item.text, href: item.href, current: isCurrentSection(appPath(), item.href) }));
  };

  async function signOut() {
    const outcome = await session.signOut();
    setSignOutFailed(!outcome.ok);
    if (outcome.ok) navigate('/sign-in', { replace: true });
  }

  function problemFallback(error: unknown, reset: () => void) {
    // The boundary outlives the page that failed; leaving that page clears the problem.
    createEffect(on(() => location.pathname, () => reset(), { defer: true }));
    return <ProblemPage error={error} retry={reset} />;
  }

  // A new page in a single-page app is silent to screen readers unless focus moves to it.
  createEffect(
    on(
      () => location.pathname,
      () => {
        setSignOutFailed(false);
        void session.refreshUnreadNotifications();
        queueMicrotask(() => {
          if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
        });
      },
      { defer: true },
    ),
  );

  return (
    <>
      <SkipLink targetId={mainContentId} />
      <Header productName={productName} account={account()} onSignOut={() => void signOut()} />
      <ServiceNavigation serviceName={portal.name} items={navigationItems()} />
      <div class="govuk-width-container">
        <main ref={main} class="govuk-main-wrapper app-main" id={mainContentId} tabindex="-1">
          <Show when={signOutFailed()}>
            <NotificationBanner heading="Sorry, we could not sign you out. Try again." />
          </Show>
          <ErrorBoundary fallback={problemFallback}>
            <Suspense fallback={<Loading />}>{props.children}</Suspense>
          </ErrorBoundary>
        </main>
      </div>
      <Footer productName={productName} otherPortal={portal.otherPortal} />
    </>
  );
}
