import { A } from '@solidjs/router';
import {
  activeMembershipOf,
  fetchQuery,
  OrganisationWelcome,
  usePageTitle,
  type SummaryListRow,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { graphql } from '../gql';
import type { SchoolPortalHomeQuery } from '../gql/graphql';

const SchoolPortalHomeDocument = graphql(`
  query SchoolPortalHome {
    me {
      activeMembership {
        id
        roles
        organisation {
          __typename
          id
          name
          kind
          ... on School {
            urn
            laestab
            localAuthority {
              id
              name
              laCode
            }
          }
          ... on LocalAuthority {
            laCode
          }
        }
      }
    }
  }
`);

type HomeOrganisation = NonNullable<NonNullable<SchoolPortalHomeQuery['me']>['activeMembership']>['organisation'];

function organisationRows(organisation: HomeOrganisation): SummaryListRow[] {
  switch (organisation.__typename) {
    case 'School':
      return [
        { key: 'URN', value: organisation.urn },
        { key: 'LAESTAB', value: organisation.laestab },
        {
          key: 'Local authority',
          value: `${organisation.localAuthority.name} (${organisation.localAuthority.laCode})`,
        },
      ];
    case 'LocalAuthority':
      return [
        { key: 'Local authority', value: organisation.name },
        { key: 'LA code', value: organisation.laCode },
      ];
    default:
      return [];
  }
}

export function HomePage() {
  const client = useClient();
  usePageTitle(() => 'Home');
  const [membership] = createResource(async () =>
    activeMembershipOf((await fetchQuery(client, SchoolPortalHomeDocument, {})).me),
  );

  return (
    <Show when={membership()}>
      {(active) => (
        <>
          <OrganisationWelcome organisation={active().organisation} roles={active().roles} rows={organisationRows(active().organisation)} />
          <Show when={active().organisation.kind !== 'PLATFORM'}>
            <h2 class="govuk-heading-m">Providers</h2>
            <p class="govuk-body">
              <A class="govuk-link" href="/providers">
                Find a provider
              </A>{' '}
              and see its quality assurance record: offer, evidence and approvals.
            </p>
          </Show>
          <Show when={active().organisation.kind === 'LOCAL_AUTHORITY'}>
            <h2 class="govuk-heading-m">Quality assurance</h2>
            <p class="govuk-body">
              <A class="govuk-link" href="/frameworks">
                Your QA frameworks
              </A>
              : criteria, assessments of providers and approvals.
            </p>
          </Show>
          <h2 class="govuk-heading-m">Your organisation</h2>
          <p class="govuk-body">
            <A class="govuk-link" href="/my-organisation">
              See {active().organisation.name}’s details and members
            </A>
          </p>
        </>
      )}
    </Show>
  );
}
