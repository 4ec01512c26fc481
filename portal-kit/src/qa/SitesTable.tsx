import { Show } from 'solid-js';
import { Table } from '../components/Table';
import type { ProviderOverview } from './qa.data';

/** Every address where the provider may teach pupils (KCSIE: commissioners keep a record of each). */
export function SitesTable(props: { sites: ProviderOverview['sites'] }) {
  return (
    <Show
      when={props.sites.length > 0}
      fallback={
        <>
          <h2 class="govuk-heading-m">Sites</h2>
          <p class="govuk-body">No sites have been recorded.</p>
        </>
      }
    >
      <Table
        caption="Sites"
        rows={props.sites}
        columns={[
          { header: 'Site', cell: (site) => site.name },
          {
            header: 'Address',
            cell: (site) => [site.addressLine1, site.addressLine2, site.town, site.postcode].filter(Boolean).join(', '),
          },
          { header: 'Local authority', cell: (site) => site.localAuthority.name },
        ]}
      />
    </Show>
  );
}
