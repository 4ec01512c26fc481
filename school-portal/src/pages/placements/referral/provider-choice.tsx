import { useSearchParams } from '@solidjs/router';
import {
  approvalStatuses,
  Button,
  Checkboxes,
  errorMessageFor,
  fetchProviderOverview,
  fetchQuery,
  Radios,
  registrationStatusLabels,
  TextInput,
  textField,
  ticked,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import type { ProviderDirectoryQuery } from '../../../gql/graphql';
import { ProviderDirectoryDocument } from '../../providers/providers.data';

type DirectoryEntry = ProviderDirectoryQuery['providerDirectory']['edges'][number]['node'];

const perPage = 25;

/** What a school weighs when choosing: registration, where the sites are, and framework approvals. */
function describeProvider(provider: DirectoryEntry): string {
  const areas = [...new Set(provider.sites.map((site) => site.localAuthority.name))].join(', ') || 'no sites recorded';
  const approvals = provider.approvals.map((approval) => `${approvalStatuses[approval.status].label} on the ${approval.framework.name}`);
  return [registrationStatusLabels[provider.registrationStatus], `Sites in ${areas}`, ...approvals].join('. ');
}

/**
 * "Which provider will the pupil attend?": search the shared provider directory by name, then
 * choose one. The search sits in the URL (?providerSearch=) so Back returns to the same results.
 */
export function ProviderChoice(props: { chosenId?: string; errors: FormErrors; onChoose: (providerId: string) => void }) {
  const client = useClient();
  const [search, setSearch] = useSearchParams<{ providerSearch: string }>();
  const searchText = () => (typeof search.providerSearch === 'string' ? search.providerSearch : '');
  // Each result remembers the search it answers, so the list never shows one search's providers under another's heading.
  const [directory] = createResource(
    () => ({ search: searchText() }),
    async (current) => ({
      search: current.search,
      found: await fetchQuery(client, ProviderDirectoryDocument, { first: perPage, after: null, filter: { search: current.search.trim() || undefined } }),
    }),
  );
  const providers = () => directory.latest?.found.providerDirectory.edges.map((edge) => edge.node) ?? [];
  const answeredSearch = () => directory.latest?.search ?? '';

  return (
    <>
      <h1 class="govuk-heading-l">Which provider will the pupil attend?</h1>
      <form
        class="govuk-!-margin-bottom-6"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch({ providerSearch: textField(new FormData(event.currentTarget), 'providerSearch').trim() || undefined });
        }}
      >
        <TextInput
          id="providerSearch"
          type="search"
          label="Search for a provider"
          hint="Part of the name, or an exact URN or UKPRN. Find a provider has every provider's quality assurance record."
          value={searchText()}
          spellcheck={false}
        />
        <Button variant="secondary">Search</Button>
      </form>
      <Show when={directory.latest}>
        <form
          novalidate
          onSubmit={(event) => {
            event.preventDefault();
            props.onChoose(textField(new FormData(event.currentTarget), 'providerId'));
          }}
        >
          <Show
            when={providers().length > 0}
            fallback={<p class="govuk-body">No providers match “{answeredSearch()}”. Check the spelling or search for part of the name.</p>}
          >
            <Radios
              name="providerId"
              legend={answeredSearch() ? `Providers matching “${answeredSearch()}”` : 'Providers'}
              legendSize="s"
              items={providers().map((provider) => ({ value: provider.id, label: provider.name, hint: describeProvider(provider) }))}
              checked={props.chosenId}
              error={errorMessageFor(props.errors, 'providerId')}
            />
            <Button>Continue</Button>
          </Show>
        </form>
      </Show>
    </>
  );
}

/** "Which sites may the pupil attend?": every address of the chosen provider, as checkboxes. */
export function SitesChoice(props: {
  providerId: string;
  checked: readonly string[];
  errors: FormErrors;
  submitText: string;
  busy?: boolean;
  onSubmit: (siteIds: string[]) => void;
}) {
  const client = useClient();
  const [provider] = createResource(() => props.providerId, (id) => fetchProviderOverview(client, id));
  return (
    <Show when={provider()}>
      {(loaded) => (
        <form
          novalidate
          onSubmit={(event) => {
            event.preventDefault();
            props.onSubmit(ticked(new FormData(event.currentTarget), 'siteIds'));
          }}
        >
          <Show
            when={loaded().sites.length > 0}
            fallback={
              <>
                <h1 class="govuk-heading-l">{loaded().name} has no sites recorded</h1>
                <p class="govuk-body">The provider must add the addresses where it teaches pupils before a pupil can be placed there.</p>
              </>
            }
          >
            <Checkboxes
              name="siteIds"
              legend={`Which sites of ${loaded().name} may the pupil attend?`}
              legendIsPageHeading
              hint="Select every address where the pupil may be taught, so the school always knows where they are."
              items={loaded().sites.map((site) => ({
                value: site.id,
                label: site.name,
                hint: `${[site.addressLine1, site.addressLine2, site.town, site.postcode].filter(Boolean).join(', ')} (${site.localAuthority.name})`,
              }))}
              checked={props.checked}
              error={errorMessageFor(props.errors, 'siteIds')}
            />
            <Button busy={props.busy}>{props.submitText}</Button>
          </Show>
        </form>
      )}
    </Show>
  );
}
