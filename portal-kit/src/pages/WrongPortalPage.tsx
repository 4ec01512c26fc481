import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { useSession } from '../auth/session';
import { organisationKindLabels } from '../labels/labels';
import { usePageTitle } from '../portal/page-title';
import { usePortal } from '../portal/portal-context';

/** For a member whose active organisation is served by the other portal. */
export function WrongPortalPage() {
  const session = useSession();
  const portal = usePortal();
  usePageTitle(() => `Use the ${portal.otherPortal.name.toLowerCase()}`);
  const organisation = () => session.me()?.activeMembership?.organisation;
  const hasMembershipHere = () =>
    session.me()?.memberships.some((membership) => portal.organisationKinds.includes(membership.organisation.kind)) ??
    false;
  return (
    <>
      <h1 class="govuk-heading-l">Use the {portal.otherPortal.name.toLowerCase()}</h1>
      <p class="govuk-body">
        You are signed in for {organisation()?.name}
        <Show when={organisation()}>{(active) => <> ({organisationKindLabels[active().kind].toLowerCase()})</>}</Show>,
        which works in the {portal.otherPortal.name.toLowerCase()}.
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={portal.otherPortal.href} rel="external">
          Go to the {portal.otherPortal.name.toLowerCase()}
        </a>
      </p>
      <Show when={hasMembershipHere()}>
        <p class="govuk-body">
          Or{' '}
          <A class="govuk-link" href="/switch-organisation">
            switch to an organisation that uses the {portal.name.toLowerCase()}
          </A>
          .
        </p>
      </Show>
    </>
  );
}
