import { BackLink, SubNavigation } from '@ap/portal-kit';
import type { JSX } from 'solid-js';
import { Show } from 'solid-js';

export const providerPath = (providerId: string, rest = '') => `/providers/${encodeURIComponent(providerId)}${rest}`;

/** Caption, heading and the provider record's own navigation, on each of its main pages. */
export function ProviderSectionHeader(props: { providerId: string; providerName: string | undefined; children?: JSX.Element }) {
  return (
    <>
      <BackLink href="/providers" text="Back to find a provider" />
      <span class="govuk-caption-l">Provider</span>
      <h1 class="govuk-heading-l">
        <Show when={props.providerName} fallback="Provider">
          {(name) => name()}
        </Show>
      </h1>
      {props.children}
      <SubNavigation
        label="Provider record"
        items={[
          { text: 'Overview', href: providerPath(props.providerId) },
          { text: 'Evidence', href: providerPath(props.providerId, '/evidence'), includesSubpages: true },
          { text: 'Approvals and assessments', href: providerPath(props.providerId, '/quality'), includesSubpages: true },
        ]}
      />
    </>
  );
}
