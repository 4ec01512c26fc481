import { A } from '@solidjs/router';
import {
  activeMembershipOf,
  fetchQuery,
  OrganisationWelcome,
  RegistrationStatusTag,
  settingTypeLabels,
  usePageTitle,
  type SummaryListRow,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { graphql } from '../gql';
import type { ProviderPortalHomeQuery } from '../gql/graphql';

const ProviderPortalHomeDocument = graphql(`
  query ProviderPortalHome {
    me {
      activeMembership {
        id
        roles
        organisation {
          __typename
          id
          name
          kind
          ... on Provider {
            urn
            ukprn
            registrationStatus
            settingType
            sites {
              id
            }
          }
        }
      }
    }
  }
`);

type HomeOrganisation = NonNullable<NonNullable<ProviderPortalHomeQuery['me']>['activeMembership']>['organisation'];

function providerRows(organisation: HomeOrganisation): SummaryListRow[] {
  if (organisation.__typename !== 'Provider') return [];
  const siteCount = organisation.sites.length;
  return [
    { key: 'URN', value: organisation.urn ?? 'Not recorded' },
    { key: 'UKPRN', value: organisation.ukprn ?? 'Not recorded' },
    { key: 'Registration status', value: <RegistrationStatusTag status={organisation.registrationStatus} /> },
    ...(organisation.settingType ? [{ key: 'Setting type', value: settingTypeLabels[organisation.settingType] }] : []),
    { key: 'Sites', value: siteCount === 1 ? '1 site' : `${siteCount} sites` },
  ];
}

export function HomePage() {
  const client = useClient();
  usePageTitle(() => 'Home');
  const [membership] = createResource(async () =>
    activeMembershipOf((await fetchQuery(client, ProviderPortalHomeDocument, {})).me),
  );

  return (
    <Show when={membership()}>
      {(active) => (
        <>
          <OrganisationWelcome organisation={active().organisation} roles={active().roles} rows={providerRows(active().organisation)} />
          <h2 class="govuk-heading-m">Your QA record</h2>
          <p class="govuk-body">
            Schools and local authorities use your quality assurance record to choose and approve providers.
          </p>
          <ul class="govuk-list">
            <li>
              <A class="govuk-link" href="/qa">
                Profile: offer, places and contacts
              </A>
            </li>
            <li>
              <A class="govuk-link" href="/qa/evidence">
                Evidence: insurance, staff checks, policies and training
              </A>
            </li>
            <li>
              <A class="govuk-link" href="/qa/approvals">
                Approvals and assessments
              </A>
            </li>
          </ul>
          <h2 class="govuk-heading-m">Your organisation</h2>
          <p class="govuk-body">
            <A class="govuk-link" href="/my-organisation">
              See {active().organisation.name}’s sites and members
            </A>
          </p>
        </>
      )}
    </Show>
  );
}
