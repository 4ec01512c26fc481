import { graphql } from '../../gql';

export const ActivePlacementsDocument = graphql(`
  query ActivePlacementsToReportOn {
    placements(first: 100, filter: { statuses: [ACTIVE] }) {
      edges {
        node {
          id
          pupilSummary {
            name
          }
          school {
            id
            name
          }
        }
      }
    }
  }
`);
