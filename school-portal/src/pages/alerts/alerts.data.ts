import { graphql } from '../../gql';
import type { AbsenceAlertsQuery } from '../../gql/graphql';

export const AbsenceAlertFields = graphql(`
  fragment AbsenceAlertFields on AbsenceAlert {
    id
    pupilName
    date
    session
    reason
    createdAt
    hasSocialWorker
    socialWorkerName
    socialWorkerContact
    hasYouthOffendingWorker
    youthOffendingWorkerName
    youthOffendingWorkerContact
    acknowledgedAt
    acknowledgedByName
    workerInformedAt
    workerInformedByName
    note
    placement {
      id
      provider {
        id
        name
      }
    }
  }
`);

export const AbsenceAlertsDocument = graphql(`
  query AbsenceAlerts($first: Int!, $unacknowledged: Boolean) {
    absenceAlerts(first: $first, filter: { unacknowledged: $unacknowledged }) {
      totalCount
      edges {
        node {
          ...AbsenceAlertFields
        }
      }
    }
  }
`);

export const AbsenceAlertDocument = graphql(`
  query AbsenceAlert($id: ID!) {
    absenceAlert(id: $id) {
      ...AbsenceAlertFields
    }
  }
`);

export const AcknowledgeAbsenceAlertDocument = graphql(`
  mutation AcknowledgeAbsenceAlert($input: AcknowledgeAbsenceAlertInput!) {
    acknowledgeAbsenceAlert(input: $input) {
      id
      acknowledgedAt
    }
  }
`);

export type AbsenceAlertItem = AbsenceAlertsQuery['absenceAlerts']['edges'][number]['node'];
