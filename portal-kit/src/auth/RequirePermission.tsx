import type { JSX } from 'solid-js';
import { Show } from 'solid-js';
import { ApiError } from '../graphql/errors';
import { ProblemPage } from '../pages/ProblemPage';
import type { PortalPermission } from './permissions';
import { useSession } from './session';

export interface RequirePermissionProps {
  permission: PortalPermission;
  children: JSX.Element;
}

/** Shows its content only to members whose active membership holds the permission. */
export function RequirePermission(props: RequirePermissionProps) {
  const session = useSession();
  return (
    <Show
      when={session.can(props.permission)}
      fallback={<ProblemPage error={new ApiError([{ code: 'FORBIDDEN', message: '' }])} />}
    >
      {props.children}
    </Show>
  );
}
