import { graphql } from '../../gql';

export const AttendanceGridDocument = graphql(`
  query AttendanceGrid($input: DateRangeInput!) {
    attendanceGrid(input: $input) {
      from
      to
      rows {
        placement {
          id
          pupilSummary {
            name
            yearGroup
          }
        }
        cells {
          date
          session
          timetabled
          mark {
            id
            mark
            minutesLate
            absenceReason
            version
            recordedByName
          }
        }
      }
    }
  }
`);

export const RecordSessionMarksDocument = graphql(`
  mutation RecordSessionMarks($input: RecordSessionMarksInput!) {
    recordSessionMarks(input: $input) {
      id
    }
  }
`);
