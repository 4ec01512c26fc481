import { A, useSearchParams } from '@solidjs/router';
import {
  ApprovalSummaryList,
  Button,
  Checkboxes,
  countEvidenceStatuses,
  describeEvidenceCounts,
  fetchQuery,
  focusLabels,
  keyStageLabels,
  keyStages,
  provisionFocuses,
  registrationStatusLabels,
  RegistrationStatusTag,
  Select,
  Table,
  TextInput,
  textField,
  ticked,
  usePageTitle,
  type TableColumn,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import type {
  EvidenceStanding,
  KeyStage,
  ProviderDirectoryFilter,
  ProviderDirectoryQuery,
  ProviderRegistrationStatus,
  ProvisionFocus,
} from '../../gql/graphql';
import { DirectoryChoicesDocument, ProviderDirectoryDocument } from './providers.data';

type DirectoryEntry = ProviderDirectoryQuery['providerDirectory']['edges'][number]['node'];

const perPage = 25;

const evidenceStandingLabels: Record<EvidenceStanding, string> = {
  ALL_CURRENT: 'All required evidence current',
  SOME_EXPIRING: 'Some expiring soon, none expired or missing',
  SOME_EXPIRED_OR_MISSING: 'Some expired or missing',
};
const registrationStatuses = Object.keys(registrationStatusLabels) as ProviderRegistrationStatus[];
const evidenceStandings = Object.keys(evidenceStandingLabels) as EvidenceStanding[];

/** The filter as the URL keeps it: lists comma-separated, unknown values dropped. */
type DirectorySearch = Partial<
  Record<
    | 'search'
    | 'localAuthorityId'
    | 'keyStages'
    | 'focus'
    | 'offer'
    | 'registrationStatuses'
    | 'approvedOnFrameworkId'
    | 'evidence'
    | 'after',
    string
  >
>;

function listOf<T extends string>(value: string | undefined, allowed: readonly T[]): T[] {
  return (value ?? '').split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));
}

function filterOf(search: DirectorySearch): ProviderDirectoryFilter {
  const evidence = evidenceStandings.find((standing) => standing === search.evidence);
  return {
    search: search.search?.trim() || undefined,
    localAuthorityId: search.localAuthorityId || undefined,
    keyStages: listOf<KeyStage>(search.keyStages, keyStages),
    focus: listOf<ProvisionFocus>(search.focus, provisionFocuses),
    offer: search.offer?.trim() || undefined,
    registrationStatuses: listOf(search.registrationStatuses, registrationStatuses),
    approvedOnFrameworkId: search.approvedOnFrameworkId || undefined,
    evidence,
  };
}

function offerOf(provider: DirectoryEntry) {
  const stages = provider.profile.keyStages;
  const focus = provider.profile.focus.map((item) => focusLabels[item]);
  return (
    <>
      {stages.length > 0 ? stages.join(', ') : <span class="app-secondary-text">Key stages not given</span>}
      <Show when={focus.length > 0}>
        <br />
        <span class="app-secondary-text">{focus.join(', ')}</span>
      </Show>
    </>
  );
}

/** Required evidence only: what schools check before placing a pupil. */
function evidenceOf(provider: DirectoryEntry): string {
  return describeEvidenceCounts(countEvidenceStatuses(provider.evidence.filter((item) => item.type.required)));
}

function areasOf(provider: DirectoryEntry): string {
  return [...new Set(provider.sites.map((site) => site.localAuthority.name))].join(', ') || 'No sites recorded';
}

const columns: TableColumn<DirectoryEntry>[] = [
  {
    header: 'Provider',
    width: 'one-quarter',
    cell: (provider) => (
      <>
        <A class="govuk-link" href={`/providers/${encodeURIComponent(provider.id)}`}>
          {provider.name}
        </A>
        <br />
        <RegistrationStatusTag status={provider.registrationStatus} />
      </>
    ),
  },
  { header: 'Sites in', cell: areasOf },
  { header: 'Offer', cell: offerOf },
  {
    header: 'Places available',
    cell: (provider) => provider.profile.placesAvailable?.toString() ?? <span class="app-secondary-text">Not given</span>,
  },
  { header: 'Approvals', cell: (provider) => <ApprovalSummaryList approvals={provider.approvals} /> },
  { header: 'Required evidence', cell: evidenceOf },
];

/** Every provider's shared QA record, found by area, offer, registration, approval and evidence. */
export function ProvidersPage() {
  const client = useClient();
  const [search, setSearch] = useSearchParams<Required<DirectorySearch>>();
  usePageTitle(() => 'Find a provider');

  const filter = () => filterOf(search);
  const [choices] = createResource(() => fetchQuery(client, DirectoryChoicesDocument, {}));
  const [directory] = createResource(
    () => ({ filter: filter(), after: search.after ?? null }),
    (current) => fetchQuery(client, ProviderDirectoryDocument, { first: perPage, after: current.after, filter: current.filter }),
  );

  function applyFilter(form: HTMLFormElement) {
    const data = new FormData(form);
    const list = (name: string) => ticked(data, name).join(',') || undefined;
    setSearch({
      search: textField(data, 'search').trim() || undefined,
      localAuthorityId: textField(data, 'localAuthorityId') || undefined,
      keyStages: list('keyStages'),
      focus: list('focus'),
      offer: textField(data, 'offer').trim() || undefined,
      registrationStatuses: list('registrationStatuses'),
      approvedOnFrameworkId: textField(data, 'approvedOnFrameworkId') || undefined,
      evidence: textField(data, 'evidence') || undefined,
      after: undefined,
    });
  }

  const pageHref = (after?: string) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(search)) {
      if (key !== 'after' && typeof value === 'string' && value) params.set(key, value);
    }
    if (after) params.set('after', after);
    const query = params.toString();
    return query ? `/providers?${query}` : '/providers';
  };

  return (
    <>
      <h1 class="govuk-heading-l">Find a provider</h1>
      <p class="govuk-body">
        Every provider keeps one quality assurance record: its offer, evidence such as insurance and staff checks, and
        its approval on local authority frameworks.
      </p>
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
              label="Provider name or reference number"
              hint="Part of the name, or an exact URN or UKPRN"
              value={search.search ?? ''}
              spellcheck={false}
            />
          </div>
          <div class="govuk-grid-column-one-half">
            <Select
              id="localAuthorityId"
              label="Area"
              hint="Providers with a site in this local authority"
              value={search.localAuthorityId ?? ''}
              options={[
                { value: '', text: 'All areas' },
                ...(choices()?.localAuthorities.edges ?? []).map((edge) => ({ value: edge.node.id, text: edge.node.name })),
              ]}
            />
          </div>
        </div>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-third">
            <Checkboxes
              name="keyStages"
              legend="Key stages"
              legendSize="s"
              small
              items={keyStages.map((stage) => ({ value: stage, label: keyStageLabels[stage] }))}
              checked={filter().keyStages ?? []}
            />
          </div>
          <div class="govuk-grid-column-one-third">
            <Checkboxes
              name="focus"
              legend="Focus"
              legendSize="s"
              small
              items={provisionFocuses.map((focus) => ({ value: focus, label: focusLabels[focus] }))}
              checked={filter().focus ?? []}
            />
          </div>
          <div class="govuk-grid-column-one-third">
            <Checkboxes
              name="registrationStatuses"
              legend="Registration"
              legendSize="s"
              small
              items={registrationStatuses.map((status) => ({ value: status, label: registrationStatusLabels[status] }))}
              checked={filter().registrationStatuses ?? []}
            />
          </div>
        </div>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-third">
            <TextInput id="offer" label="Subject or qualification" hint="For example, engineering" value={search.offer ?? ''} />
          </div>
          <div class="govuk-grid-column-one-third">
            <Select
              id="approvedOnFrameworkId"
              label="Approved on"
              hint="Approved or conditional now"
              value={search.approvedOnFrameworkId ?? ''}
              options={[
                { value: '', text: 'Any framework, or none' },
                ...(choices()?.frameworks.edges ?? []).map((edge) => ({
                  value: edge.node.id,
                  text: `${edge.node.name} (${edge.node.localAuthority.name})`,
                })),
              ]}
            />
          </div>
          <div class="govuk-grid-column-one-third">
            <Select
              id="evidence"
              label="Required evidence"
              hint="As it stands today"
              value={filter().evidence ?? ''}
              options={[
                { value: '', text: 'Any' },
                ...evidenceStandings.map((standing) => ({ value: standing, text: evidenceStandingLabels[standing] })),
              ]}
            />
          </div>
        </div>
        <div class="govuk-button-group">
          <Button variant="secondary">Search</Button>
          <A class="govuk-link" href="/providers">
            Clear filters
          </A>
        </div>
      </form>
      <Show when={directory.latest}>
        {(found) => (
          <>
            <p class="govuk-body" role="status">
              {found().providerDirectory.totalCount} {found().providerDirectory.totalCount === 1 ? 'provider' : 'providers'} found
            </p>
            <Show when={found().providerDirectory.edges.length > 0}>
              <Table caption="Providers" columns={columns} rows={found().providerDirectory.edges.map((edge) => edge.node)} small />
            </Show>
            <p class="govuk-body">
              <Show when={search.after}>
                <A class="govuk-link govuk-!-margin-right-4" href={pageHref()}>
                  First page
                </A>
              </Show>
              <Show when={found().providerDirectory.pageInfo.hasNextPage && found().providerDirectory.pageInfo.endCursor}>
                {(endCursor) => (
                  <A class="govuk-link" href={pageHref(endCursor())}>
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
