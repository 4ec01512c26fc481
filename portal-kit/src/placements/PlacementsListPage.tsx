import { A, useSearchParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import type { JSX } from 'solid-js';
import { createResource, Show } from 'solid-js';
import { Button } from '../components/Button';
import { Select } from '../components/Select';
import { Table, type TableColumn } from '../components/Table';
import { textField } from '../forms/form-data';
import { fetchQuery } from '../graphql/requests';
import { formatShortLocalDate } from '../labels/dates';
import { usePageTitle } from '../portal/page-title';
import { placementPath } from './MonitoringPages';
import { PlacementListDocument, type PlacementListItem } from './placement.data';
import { attendancePatterns, formatHoursPerWeek, placementStatuses, placementStatusValues } from './placement-labels';
import { PlacementStatusTag } from './PlacementViews';

const perPage = 25;

function startOf(placement: PlacementListItem) {
  const start = placement.startedOn ?? placement.currentAgreement.startDate;
  return start ? formatShortLocalDate(start) : <span class="app-secondary-text">Not set</span>;
}

function hoursOf(placement: PlacementListItem) {
  if (placement.hoursPerWeek === 0) return <span class="app-secondary-text">No timetable yet</span>;
  return (
    <>
      {formatHoursPerWeek(placement.hoursPerWeek)}
      <br />
      <span class="app-secondary-text">{attendancePatterns[placement.attendancePattern]}</span>
    </>
  );
}

export interface PlacementsListPageProps {
  /** What the list holds for this viewer. */
  intro: JSX.Element;
  /** Which other party to show: the school (providers, LAs) and the provider (schools, LAs). */
  showSchool: boolean;
  showProvider: boolean;
}

/** /placements in both portals: the placements the viewer may see, filtered by status, a page at a time. */
export function PlacementsListPage(props: PlacementsListPageProps) {
  const client = useClient();
  const [search, setSearch] = useSearchParams<{ status: string; after: string }>();
  usePageTitle(() => 'Placements');

  const status = () => placementStatusValues.find((value) => value === search.status);
  const [placements] = createResource(
    () => ({ status: status(), after: typeof search.after === 'string' ? search.after : null }),
    (current) =>
      fetchQuery(client, PlacementListDocument, { first: perPage, after: current.after, filter: current.status ? { statuses: [current.status] } : null }),
  );
  const pageHref = (after?: string) => {
    const query = new URLSearchParams({ ...(status() ? { status: status()! } : {}), ...(after ? { after } : {}) }).toString();
    return query ? `/placements?${query}` : '/placements';
  };

  const columns = (): TableColumn<PlacementListItem>[] => [
    {
      header: 'Pupil',
      cell: (placement) => (
        <A class="govuk-link" href={placementPath(placement.id)}>
          {placement.pupilSummary.name}
        </A>
      ),
    },
    ...(props.showSchool ? [{ header: 'School', cell: (placement: PlacementListItem) => placement.school.name }] : []),
    ...(props.showProvider ? [{ header: 'Provider', cell: (placement: PlacementListItem) => placement.provider.name }] : []),
    { header: 'Status', cell: (placement) => <PlacementStatusTag status={placement.status} /> },
    { header: 'Start', cell: startOf },
    { header: 'Hours', cell: hoursOf },
  ];

  return (
    <>
      <h1 class="govuk-heading-l">Placements</h1>
      <p class="govuk-body">{props.intro}</p>
      <form
        class="govuk-!-margin-bottom-6"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch({ status: textField(new FormData(event.currentTarget), 'status') || undefined, after: undefined });
        }}
      >
        <Select
          id="status"
          label="Status"
          value={status() ?? ''}
          options={[{ value: '', text: 'All statuses' }, ...placementStatusValues.map((value) => ({ value, text: placementStatuses[value].label }))]}
        />
        <Button variant="secondary">Filter</Button>
      </form>
      <Show when={placements.latest}>
        {(found) => (
          <>
            <p class="govuk-body" role="status">
              {found().placements.totalCount} {found().placements.totalCount === 1 ? 'placement' : 'placements'}
            </p>
            <Show when={found().placements.edges.length > 0}>
              <Table caption="Placements" columns={columns()} rows={found().placements.edges.map((edge) => edge.node)} small />
            </Show>
            <p class="govuk-body">
              <Show when={search.after}>
                <A class="govuk-link govuk-!-margin-right-4" href={pageHref()}>
                  First page
                </A>
              </Show>
              <Show when={found().placements.pageInfo.hasNextPage && found().placements.pageInfo.endCursor}>
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
