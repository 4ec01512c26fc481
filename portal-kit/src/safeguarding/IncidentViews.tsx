import { A, useSearchParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import type { JSX } from 'solid-js';
import { createResource, Show } from 'solid-js';
import { SummaryList } from '../components/SummaryList';
import { Table, type TableColumn } from '../components/Table';
import { Tag } from '../components/Tag';
import { formatDateTime } from '../placements/monitoring-labels';
import { Written } from '../placements/PlacementViews';
import { usePageTitle } from '../portal/page-title';
import { NextPageLink, OnlyFilter } from './ListControls';
import { fetchIncidents, type IncidentItem } from './safeguarding.data';
import { incidentSeverities } from './safeguarding-labels';

const perPage = 25;

export const incidentPath = (id: string) => `/incidents/${encodeURIComponent(id)}`;

export function IncidentSeverityTag(props: { severity: IncidentItem['severity'] }) {
  return <Tag colour={incidentSeverities[props.severity].colour}>{incidentSeverities[props.severity].label}</Tag>;
}

function decisionOf(incident: IncidentItem) {
  return incident.decidedAt ? <Tag colour="green">Decided</Tag> : <Tag colour="grey">Awaiting decision</Tag>;
}

/** What the provider reported and what the school decided. */
export function IncidentSummary(props: { incident: IncidentItem }) {
  return (
    <SummaryList
      rows={[
        { key: 'Pupil', value: props.incident.placement.pupilSummary.name },
        { key: 'Provider', value: props.incident.placement.provider.name },
        { key: 'When it happened', value: formatDateTime(props.incident.occurredAt) },
        { key: 'Severity', value: <IncidentSeverityTag severity={props.incident.severity} /> },
        { key: 'What happened', value: <Written text={props.incident.description} /> },
        { key: 'Action the provider took', value: <Written text={props.incident.actionTaken} /> },
        { key: 'Reported by', value: props.incident.reportedByName },
        {
          key: 'School’s decision',
          value: (
            <Show when={props.incident.decidedAt} fallback={<span class="app-secondary-text">Not decided yet</span>}>
              {(decidedAt) => (
                <>
                  <Written text={props.incident.decision} />
                  <br />
                  <span class="app-secondary-text">
                    {props.incident.decisionByName}, {formatDateTime(decidedAt())}
                  </span>
                </>
              )}
            </Show>
          ),
        },
      ]}
    />
  );
}

export interface IncidentsListPageProps {
  intro: JSX.Element;
  /** Above the list, e.g. a way to report one. */
  actions?: JSX.Element;
}

/** /incidents in both portals: incidents on the organisation's placements, newest first, a page at a time. */
export function IncidentsListPage(props: IncidentsListPageProps) {
  const client = useClient();
  const [search, setSearch] = useSearchParams<{ after: string; undecided: string }>();
  usePageTitle(() => 'Behaviour incidents');
  const undecided = () => search.undecided === 'yes';
  const [incidents] = createResource(
    () => ({ after: typeof search.after === 'string' ? search.after : null, undecided: undecided() }),
    (current) => fetchIncidents(client, { first: perPage, ...current }),
  );
  const columns: TableColumn<IncidentItem>[] = [
    {
      header: 'Pupil',
      cell: (incident) => (
        <A class="govuk-link" href={incidentPath(incident.id)}>
          {incident.placement.pupilSummary.name}
        </A>
      ),
    },
    { header: 'Provider', cell: (incident) => incident.placement.provider.name },
    { header: 'When', cell: (incident) => formatDateTime(incident.occurredAt) },
    { header: 'Severity', cell: (incident) => <IncidentSeverityTag severity={incident.severity} /> },
    { header: 'Decision', cell: decisionOf },
  ];

  return (
    <>
      <h1 class="govuk-heading-l">Behaviour incidents</h1>
      <p class="govuk-body">{props.intro}</p>
      {props.actions}
      <OnlyFilter
        name="undecided"
        label="Only incidents awaiting the school’s decision"
        checked={undecided()}
        onChange={(checked) => setSearch({ undecided: checked ? 'yes' : undefined, after: undefined })}
      />
      <Show when={incidents.latest}>
        {(found) => (
          <>
            <p class="govuk-body" role="status">
              {found().totalCount} {found().totalCount === 1 ? 'incident' : 'incidents'}
            </p>
            <Show when={found().edges.length > 0}>
              <Table caption="Incidents, newest first" columns={columns} rows={found().edges.map((edge) => edge.node)} small />
            </Show>
            <NextPageLink path="/incidents" filter="undecided" filtered={undecided()} pageInfo={found().pageInfo} />
          </>
        )}
      </Show>
    </>
  );
}
