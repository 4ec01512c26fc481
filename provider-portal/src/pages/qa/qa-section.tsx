import { SubNavigation, useSession } from '@ap/portal-kit';
import type { JSX } from 'solid-js';
import { Show } from 'solid-js';

/** The active provider: every page of the provider portal acts for it (RequirePortalOrganisation sees to that). */
export function useProviderId(): () => string {
  const session = useSession();
  return () => session.me()?.activeMembership?.organisation.id ?? '';
}

export const qaSectionItems = [
  { text: 'Profile', href: '/qa' },
  { text: 'Evidence', href: '/qa/evidence', includesSubpages: true },
  { text: 'Approvals and assessments', href: '/qa/approvals', includesSubpages: true },
] as const;

/** Caption, heading and the QA record's own navigation, on each of its main pages. */
export function QaSectionHeader(props: { providerName: string | undefined; heading: string; children?: JSX.Element }) {
  return (
    <>
      <Show when={props.providerName}>
        <span class="govuk-caption-l">{props.providerName}</span>
      </Show>
      <h1 class="govuk-heading-l">{props.heading}</h1>
      {props.children}
      <SubNavigation label="QA record" items={qaSectionItems} />
    </>
  );
}
