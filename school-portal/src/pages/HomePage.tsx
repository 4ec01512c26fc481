import { A } from '@solidjs/router';
import {
  activeMembershipOf,
  describeFindingCounts,
  fetchQuery,
  FindingsList,
  OrganisationWelcome,
  usePageTitle,
  type FindingItem,
  type SummaryListRow,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { graphql } from '../gql';
import { LiveAlertsPanel } from './alerts/LiveAlertsPanel';
import type { HomeFindingsQuery, SchoolPortalHomeQuery } from '../gql/graphql';

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

/** How many findings the school's panel lists: the most urgent. */
const PANEL_SIZE = 10;

const HomeFindingsDocument = graphql(`
  query HomeFindings($first: Int!) {
    complianceFindings(first: $first) {
      totalCount
      edges {
        node {
          rule
          severity
          title
          explanation
          source
          since
          placementId
          placement {
            id
            pupilSummary {
              name
            }
            provider {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const HomeFindingCountsDocument = graphql(`
  query HomeFindingCounts {
    complianceSummary {
      blocking
      warning
      info
    }
  }
`);

type HomeFinding = HomeFindingsQuery['complianceFindings']['edges'][number]['node'];

function findingItem(finding: HomeFinding): FindingItem {
  return { ...finding, about: finding.placement ? `${finding.placement.pupilSummary.name} at ${finding.placement.provider.name}` : null };
}

/** A school's most urgent compliance findings, each linking to its placement. */
function NeedsAttention() {
  const client = useClient();
  const [findings] = createResource(async () => (await fetchQuery(client, HomeFindingsDocument, { first: PANEL_SIZE })).complianceFindings);
  return (
    <Show when={findings()}>
      {(found) => (
        <>
          <h2 class="govuk-heading-m">Needs attention</h2>
          <Show when={found().totalCount > PANEL_SIZE}>
            <p class="govuk-body">
              The {PANEL_SIZE} most urgent of {found().totalCount} compliance findings on your placements.
            </p>
          </Show>
          <FindingsList
            findings={found().edges.map((edge) => findingItem(edge.node))}
            placementHref={(placementId) => `/placements/${placementId}`}
            emptyText="Nothing needs attention: every placement meets your AP policy and the national rules."
          />
        </>
      )}
    </Show>
  );
}

/** For LA officers: how many compliance findings stand on the placements of the LA's schools. */
function FindingCounts() {
  const client = useClient();
  const [counts] = createResource(async () => (await fetchQuery(client, HomeFindingCountsDocument, {})).complianceSummary);
  return (
    <Show when={counts()}>
      {(found) => (
        <>
          <h2 class="govuk-heading-m">Compliance</h2>
          <p class="govuk-body">
            Placements of your schools:{' '}
            {describeFindingCounts({ BLOCKING: found().blocking, WARNING: found().warning, INFO: found().info })}.{' '}
            <A class="govuk-link" href="/placements">
              See placements
            </A>
          </p>
        </>
      )}
    </Show>
  );
}

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
          <Show when={active().organisation.kind === 'SCHOOL'}>
            <LiveAlertsPanel />
            <NeedsAttention />
          </Show>
          <Show when={active().organisation.kind === 'LOCAL_AUTHORITY'}>
            <FindingCounts />
          </Show>
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
