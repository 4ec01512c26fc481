import { graphql } from '../../../gql';

export const RecordReviewDocument = graphql(`
  mutation RecordReview($input: RecordReviewInput!) {
    recordReview(input: $input) {
      id
    }
  }
`);

export const RecordVisitDocument = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      id
      safeguardingConcerns
    }
  }
`);

export const EndPlacementDocument = graphql(`
  mutation EndPlacement($input: EndPlacementInput!) {
    endPlacement(input: $input) {
      id
      status
    }
  }
`);

export const VisitRecordDocument = graphql(`
  query VisitRecord($id: ID!) {
    placementVisit(id: $id) {
      id
      visitedAt
      staffMember
      pupilClass
      attendancePercent
      safeguardingConcerns
      attendanceNotes
      behaviourWelfareNotes
      progress
      attainment
      curriculumNotes
      otherAgencies
      actionsForSchool
      actionsForProvision
      parentContact
      noParentContactReason
      pupilViews
      reviewMeetingOn
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
  }
`);
