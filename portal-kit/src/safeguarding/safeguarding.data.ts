import type { Client } from '@urql/core';
import { graphql } from '../gql';
import type { ConcernDetailQuery, ConcernListQuery, ConcernPlacementsQuery, IncidentFieldsFragment, IncidentListQuery } from '../gql/graphql';
import { fetchQuery } from '../graphql/requests';

// Safeguarding concerns (DSL to DSL) and behaviour incidents, for the school portal (school DSLs,
// the LA's designated officers) and the provider portal (provider DSLs) alike.

const ConcernListDocument = graphql(`
  query ConcernList($first: Int!, $after: String, $filter: ConcernFilter) {
    concerns(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          pupilName
          category
          urgency
          raisedBySide
          createdAt
          awaitingYourAcknowledgement
          school {
            id
            name
          }
          provider {
            id
            name
          }
          acknowledgements {
            side
          }
        }
      }
    }
  }
`);

const ConcernDetailDocument = graphql(`
  query ConcernDetail($id: ID!) {
    concern(id: $id) {
      id
      pupilName
      category
      urgency
      whatHappened
      happenedAt
      actionsTaken
      sharedWithLa
      raisedBySide
      raisedByName
      createdAt
      awaitingYourAcknowledgement
      school {
        id
        name
      }
      provider {
        id
        name
      }
      placement {
        id
      }
    }
  }
`);

const ConcernChronologyDocument = graphql(`
  query ConcernChronologyOfPlacement($placementId: ID!) {
    concernChronology(input: { placementId: $placementId }) {
      at
      kind
      side
      by
      text
      concern {
        id
        category
      }
    }
  }
`);

const ConcernPlacementsDocument = graphql(`
  query ConcernPlacements {
    concernPlacements(first: 100) {
      edges {
        node {
          id
          status
          pupilSummary {
            name
          }
          school {
            id
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
`);

export const RaiseConcernDocument = graphql(`
  mutation RaiseConcern($input: RaiseConcernInput!) {
    raiseConcern(input: $input) {
      id
    }
  }
`);

export const AddConcernUpdateDocument = graphql(`
  mutation AddConcernUpdate($input: AddConcernUpdateInput!) {
    addConcernUpdate(input: $input) {
      id
    }
  }
`);

export const AcknowledgeConcernDocument = graphql(`
  mutation AcknowledgeConcern($id: ID!) {
    acknowledgeConcern(id: $id) {
      id
      awaitingYourAcknowledgement
    }
  }
`);

const IncidentListDocument = graphql(`
  query IncidentList($first: Int!, $after: String, $filter: IncidentFilter) {
    behaviourIncidents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...IncidentFields
        }
      }
    }
  }
`);

graphql(`
  fragment IncidentFields on BehaviourIncident {
    id
    occurredAt
    severity
    description
    actionTaken
    reportedByName
    decision
    decisionByName
    decidedAt
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
`);

const IncidentDetailDocument = graphql(`
  query IncidentDetail($id: ID!) {
    behaviourIncident(id: $id) {
      ...IncidentFields
    }
  }
`);

export const RecordIncidentDecisionDocument = graphql(`
  mutation RecordIncidentDecision($input: RecordIncidentDecisionInput!) {
    recordIncidentDecision(input: $input) {
      id
    }
  }
`);

export const ReportIncidentDocument = graphql(`
  mutation ReportIncident($input: ReportIncidentInput!) {
    reportIncident(input: $input) {
      id
    }
  }
`);

export type ConcernListPage = ConcernListQuery['concerns'];
export type ConcernListItem = ConcernListPage['edges'][number]['node'];
export type ConcernDetail = ConcernDetailQuery['concern'];
export type ConcernPlacement = ConcernPlacementsQuery['concernPlacements']['edges'][number]['node'];
export type IncidentListPage = IncidentListQuery['behaviourIncidents'];
export type IncidentItem = IncidentFieldsFragment;

export async function fetchConcerns(client: Client, variables: { first: number; after: string | null; unacknowledged: boolean }): Promise<ConcernListPage> {
  const filter = variables.unacknowledged ? { unacknowledged: true } : null;
  return (await fetchQuery(client, ConcernListDocument, { first: variables.first, after: variables.after, filter })).concerns;
}

/** A concern and its pupil's chronology (every concern the viewer may read about the pupil). */
export async function fetchConcern(client: Client, id: string) {
  const { concern } = await fetchQuery(client, ConcernDetailDocument, { id });
  const { concernChronology } = await fetchQuery(client, ConcernChronologyDocument, { placementId: concern.placement.id });
  return { concern, chronology: concernChronology };
}

export async function fetchConcernPlacements(client: Client): Promise<ConcernPlacement[]> {
  return (await fetchQuery(client, ConcernPlacementsDocument, {})).concernPlacements.edges.map((edge) => edge.node);
}

export async function fetchIncidents(client: Client, variables: { first: number; after: string | null; undecided: boolean }): Promise<IncidentListPage> {
  const filter = variables.undecided ? { undecided: true } : null;
  return (await fetchQuery(client, IncidentListDocument, { first: variables.first, after: variables.after, filter })).behaviourIncidents;
}

export async function fetchIncident(client: Client, id: string): Promise<IncidentItem> {
  return (await fetchQuery(client, IncidentDetailDocument, { id })).behaviourIncident;
}
