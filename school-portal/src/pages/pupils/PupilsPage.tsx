import { A, useLocation, useSearchParams } from '@solidjs/router';
import {
  Button,
  ButtonGroup,
  Checkboxes,
  fetchQuery,
  NotificationBanner,
  noticeFrom,
  permissions,
  pupilFlagKeys,
  pupilFlags,
  RequirePermission,
  Select,
  Table,
  TextInput,
  textField,
  ticked,
  usePageTitle,
  useSession,
  yearGroupLabel,
  yearGroups,
  type PupilFlag,
  type TableColumn,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import type { PupilFilter, PupilListQuery } from '../../gql/graphql';
import { PupilFlagTags } from './PupilFlagTags';
import { PupilListDocument } from './pupils.data';

type PupilRow = PupilListQuery['pupils']['edges'][number]['node'];

const perPage = 25;

/** The filter as the URL keeps it: flags comma-separated, unknown values dropped. */
type PupilSearch = Partial<Record<'search' | 'yearGroup' | 'flags' | 'after', string>>;

function flagsIn(value: string | undefined): PupilFlag[] {
  return (value ?? '').split(',').filter((flag): flag is PupilFlag => (pupilFlagKeys as string[]).includes(flag));
}

function filterOf(search: PupilSearch): PupilFilter {
  const yearGroup = yearGroups.find((year) => String(year) === search.yearGroup);
  return {
    search: search.search?.trim() || undefined,
    yearGroup,
    ...Object.fromEntries(flagsIn(search.flags).map((flag) => [flag, true])),
  };
}

const columns: TableColumn<PupilRow>[] = [
  {
    header: 'Name',
    width: 'one-quarter',
    cell: (pupil) => (
      <>
        <A class="govuk-link" href={`/pupils/${encodeURIComponent(pupil.id)}`}>
          {pupil.displayName}
        </A>
        <Show when={pupil.displayName !== `${pupil.legalForename} ${pupil.legalSurname}`}>
          <br />
          <span class="app-secondary-text">
            Legal name: {pupil.legalForename} {pupil.legalSurname}
          </span>
        </Show>
      </>
    ),
  },
  { header: 'UPN', cell: (pupil) => <span class="app-nowrap">{pupil.upn}</span> },
  { header: 'Year', cell: (pupil) => yearGroupLabel(pupil.yearGroup) },
  { header: 'Needs and support', cell: (pupil) => <PupilFlagTags pupil={pupil} /> },
];

function pupilsHref(search: PupilSearch, after?: string): string {
  const query = new URLSearchParams();
  for (const key of ['search', 'yearGroup', 'flags'] as const) {
    if (search[key]) query.set(key, search[key]);
  }
  if (after) query.set('after', after);
  const text = query.toString();
  return text ? `/pupils?${text}` : '/pupils';
}

/** GOV.UK block pagination: back to the first page, on to the next. */
function PupilPager(props: { search: PupilSearch; endCursor: string | null | undefined }) {
  return (
    <Show when={props.search.after || props.endCursor}>
      <nav class="govuk-pagination govuk-pagination--block" aria-label="Pages of pupils">
        <Show when={props.search.after}>
          <div class="govuk-pagination__prev">
            <A class="govuk-link govuk-pagination__link" href={pupilsHref(props.search)} rel="prev">
              <span class="govuk-pagination__link-title">First page</span>
            </A>
          </div>
        </Show>
        <Show when={props.endCursor}>
          {(cursor) => (
            <div class="govuk-pagination__next">
              <A class="govuk-link govuk-pagination__link" href={pupilsHref(props.search, cursor())} rel="next">
                <span class="govuk-pagination__link-title">Next page</span>
              </A>
            </div>
          )}
        </Show>
      </nav>
    </Show>
  );
}

/** The school's roll: search, narrow by year and flags, and page through. */
export function PupilsPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const [search, setSearch] = useSearchParams<Required<PupilSearch>>();
  usePageTitle(() => 'Pupils');

  const filter = () => filterOf(search);
  const [pupils] = createResource(
    () => ({ filter: filter(), after: search.after ?? null }),
    (current) => fetchQuery(client, PupilListDocument, { first: perPage, after: current.after, filter: current.filter }),
  );

  function applyFilter(form: HTMLFormElement) {
    const data = new FormData(form);
    setSearch({
      search: textField(data, 'search').trim() || undefined,
      yearGroup: textField(data, 'yearGroup') || undefined,
      flags: ticked(data, 'flags').join(',') || undefined,
      after: undefined,
    });
  }

  return (
    <RequirePermission permission={permissions.readPupils}>
      <Show when={noticeFrom(location.state)}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <h1 class="govuk-heading-l">Pupils</h1>
      <Show when={session.can(permissions.managePupils)}>
        <ButtonGroup>
          <Button href="/pupils/new">Add a pupil</Button>
          <Button variant="secondary" href="/pupils/import">
            Import from your MIS
          </Button>
        </ButtonGroup>
      </Show>
      <form
        class="govuk-!-margin-bottom-6"
        onSubmit={(event) => {
          event.preventDefault();
          applyFilter(event.currentTarget);
        }}
      >
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <TextInput id="search" type="search" label="Name or UPN" hint="Part of a name or UPN" value={search.search ?? ''} spellcheck={false} />
          </div>
          <div class="govuk-grid-column-one-half">
            <Select
              id="yearGroup"
              label="Year group"
              value={filter().yearGroup?.toString() ?? ''}
              options={[{ value: '', text: 'All year groups' }, ...yearGroups.map((year) => ({ value: String(year), text: yearGroupLabel(year) }))]}
            />
          </div>
        </div>
        <Checkboxes
          name="flags"
          legend="Needs and support"
          legendSize="s"
          hint="Pupils with every flag you select"
          small
          items={pupilFlagKeys.map((flag) => ({ value: flag, label: pupilFlags[flag].label }))}
          checked={flagsIn(search.flags)}
        />
        <div class="govuk-button-group">
          <Button variant="secondary">Search</Button>
          <A class="govuk-link" href="/pupils">
            Clear filters
          </A>
        </div>
      </form>
      <Show when={pupils.latest}>
        {(found) => (
          <>
            <p class="govuk-body" role="status">
              {found().pupils.totalCount} {found().pupils.totalCount === 1 ? 'pupil' : 'pupils'} found
            </p>
            <Show when={found().pupils.edges.length > 0}>
              <Table caption="Pupils" columns={columns} rows={found().pupils.edges.map((edge) => edge.node)} small />
            </Show>
            <PupilPager search={search} endCursor={found().pupils.pageInfo.hasNextPage ? found().pupils.pageInfo.endCursor : null} />
          </>
        )}
      </Show>
    </RequirePermission>
  );
}
