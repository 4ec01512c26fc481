import { graphql } from '../../gql';

export const SchoolAttendanceDocument = graphql(`
  query SchoolAttendance {
    placements(first: 100, filter: { statuses: [ACTIVE] }) {
      totalCount
      edges {
        node {
          id
          pupilSummary {
            name
          }
          provider {
            name
          }
          attendanceSummary {
            possibleSessions
            attendedSessions
            authorisedAbsences
            unauthorisedAbsences
            percent
            targetPercent
            belowTarget
            unauthorisedInLastTenWeeks
            penaltyThresholdReached
            notYetReported
          }
        }
      }
    }
  }
`);

export const AttendanceExportDocument = graphql(`
  query AttendanceExport($input: DateRangeInput!) {
    attendanceExport(input: $input) {
      filename
      csv
      rowCount
    }
  }
`);
