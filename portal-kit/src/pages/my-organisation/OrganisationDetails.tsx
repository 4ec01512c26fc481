import { Show } from 'solid-js';
import { RegistrationStatusTag } from '../../components/RegistrationStatusTag';
import { SummaryList, type SummaryListRow } from '../../components/SummaryList';
import { Table } from '../../components/Table';
import { organisationKindLabels, settingTypeLabels } from '../../labels/labels';
import type { MyOrganisation } from './my-organisation.data';

const notRecorded = 'Not recorded';

function identifierRows(organisation: MyOrganisation): SummaryListRow[] {
  switch (organisation.__typename) {
    case 'LocalAuthority':
      return [{ key: 'LA code', value: organisation.laCode }];
    case 'School':
      return [
        { key: 'URN', value: organisation.urn },
        { key: 'LAESTAB', value: organisation.laestab },
        {
          key: 'Local authority',
          value: `${organisation.localAuthority.name} (${organisation.localAuthority.laCode})`,
        },
      ];
    case 'Provider':
      return [
        { key: 'URN', value: organisation.providerUrn ?? notRecorded },
        { key: 'UKPRN', value: organisation.ukprn ?? notRecorded },
        { key: 'Registration status', value: <RegistrationStatusTag status={organisation.registrationStatus} /> },
        ...(organisation.settingType ? [{ key: 'Setting type', value: settingTypeLabels[organisation.settingType] }] : []),
      ];
    case 'PlatformOrganisation':
      return [];
  }
}

export function OrganisationDetails(props: { organisation: MyOrganisation }) {
  const sites = () => (props.organisation.__typename === 'Provider' ? props.organisation.sites : undefined);
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Name', value: props.organisation.name },
          { key: 'Type', value: organisationKindLabels[props.organisation.kind] },
          ...identifierRows(props.organisation),
        ]}
      />
      <Show when={sites()}>
        {(providerSites) => (
          <Show
            when={providerSites().length > 0}
            fallback={
              <>
                <h2 class="govuk-heading-m">Sites</h2>
                <p class="govuk-body">No sites have been recorded.</p>
              </>
            }
          >
            <Table
              caption="Sites"
              rows={providerSites()}
              columns={[
                { header: 'Site', cell: (site) => site.name },
                {
                  header: 'Address',
                  cell: (site) =>
                    [site.addressLine1, site.addressLine2, site.town, site.postcode].filter(Boolean).join(', '),
                },
                { header: 'Local authority', cell: (site) => site.localAuthority.name },
              ]}
            />
          </Show>
        )}
      </Show>
    </>
  );
}
