import { A, useSearchParams } from '@solidjs/router';
import {
  Button,
  fetchQuery,
  organisationKindLabels,
  Select,
  Table,
  TextInput,
  textField,
  usePageTitle,
  type TableColumn,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { graphql } from '../gql';
import type { OrganisationDirectoryQuery, OrganisationKind } from '../gql/graphql';

const OrganisationDirectoryDocument = graphql(`
  query OrganisationDirectory($first: Int!, $after: String, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          __typename
          id
          name
          kind
          ... on School {
            urn
            laestab
          }
          ... on Provider {
            providerUrn: urn
            ukprn
          }
          ... on LocalAuthority {
            laCode
          }
        }
      }
    }
  }
`);

type DirectoryEntry = OrganisationDirectoryQuery['organisations']['edges'][number]['node'];

const kinds = Object.keys(organisationKindLabels) as OrganisationKind[];

function isOrganisationKind(value: string | undefined): value is OrganisationKind {
  return kinds.some((kind) => kind === value);
}

function identifiersOf(organisation: DirectoryEntry): string {
  switch (organisation.__typename) {
    case 'School':
      return `URN ${organisation.urn}, LAESTAB ${organisation.laestab}`;
    case 'Provider':
      return [
        organisation.providerUrn && `URN ${organisation.providerUrn}`,
        organisation.ukprn && `UKPRN ${organisation.ukprn}`,
      ]
        .filter(Boolean)
        .join(', ');
    case 'LocalAuthority':
      return `LA code ${organisation.laCode}`;
    default:
      return '';
  }
}

const columns: TableColumn<DirectoryEntry>[] = [
  { header: 'Name', cell: (organisation) => organisation.name },
  { header: 'Type', cell: (organisation) => organisationKindLabels[organisation.kind] },
  { header: 'Reference numbers', cell: identifiersOf },
];

/** The organisation directory, for the platform team who set organisations up. */
export function OrganisationsPage() {
  const client = useClient();
  const [search, setSearch] = useSearchParams<{ kind: string; search: string; after: string }>();
  usePageTitle(() => 'Organisations');

  const filter = () => ({
    kind: isOrganisationKind(search.kind) ? search.kind : undefined,
    search: search.search?.trim() || undefined,
    after: search.after,
  });

  const [directory] = createResource(filter, (current) =>
    fetchQuery(client, OrganisationDirectoryDocument, {
      first: 50,
      after: current.after ?? null,
      filter: { kind: current.kind, search: current.search },
    }),
  );

  function applyFilter(form: HTMLFormElement) {
    const data = new FormData(form);
    const kind = textField(data, 'kind');
    const text = textField(data, 'search').trim();
    setSearch({ kind: kind || undefined, search: text || undefined, after: undefined });
  }

  return (
    <>
      <h1 class="govuk-heading-l">Organisations</h1>
      <form
        class="govuk-!-margin-bottom-6"
        onSubmit={(event) => {
          event.preventDefault();
          applyFilter(event.currentTarget);
        }}
      >
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <TextInput
              id="search"
              type="search"
              label="Name or reference number"
              hint="Part of the name, or an exact URN, UKPRN or LA code"
              value={search.search ?? ''}
              spellcheck={false}
            />
          </div>
          <div class="govuk-grid-column-one-half">
            <Select
              id="kind"
              label="Type"
              value={filter().kind ?? ''}
              options={[
                { value: '', text: 'All types' },
                ...kinds.map((kind) => ({ value: kind, text: organisationKindLabels[kind] })),
              ]}
            />
          </div>
        </div>
        <Button variant="secondary">Search</Button>
      </form>
      <Show when={directory()}>
        {(found) => (
          <>
            <p class="govuk-body" role="status">
              {found().organisations.totalCount} {found().organisations.totalCount === 1 ? 'organisation' : 'organisations'}{' '}
              found
            </p>
            <Show when={found().organisations.edges.length > 0}>
              <Table
                caption="Organisations"
                columns={columns}
                rows={found().organisations.edges.map((edge) => edge.node)}
              />
            </Show>
            <p class="govuk-body">
              <Show when={search.after}>
                <A class="govuk-link govuk-!-margin-right-4" href={directoryHref(filter().kind, filter().search)}>
                  First page
                </A>
              </Show>
              <Show when={found().organisations.pageInfo.hasNextPage && found().organisations.pageInfo.endCursor}>
                {(endCursor) => (
                  <A class="govuk-link" href={directoryHref(filter().kind, filter().search, endCursor())}>
                    Next page
                  </A>
                )}
              </Show>
            </p>
          </>
        )}
      </Show>
    </>
  );
}

function directoryHref(kind: string | undefined, text: string | undefined, after?: string): string {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (text) params.set('search', text);
  if (after) params.set('after', after);
  const query = params.toString();
  return query ? `/organisations?${query}` : '/organisations';
}
