import type { RouteSectionProps } from '@solidjs/router';
import { SessionProvider } from '../auth/session';
import { Shell } from '../components/Shell';

/** The router's root: the session (which needs the router to navigate) around the page frame. */
export function PortalRoot(props: RouteSectionProps) {
  return (
    <SessionProvider>
      <Shell>{props.children}</Shell>
    </SessionProvider>
  );
}
