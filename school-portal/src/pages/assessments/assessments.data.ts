import { graphql } from '../../gql';

export const StartAssessmentDocument = graphql(`
  mutation StartAssessment($input: StartAssessmentInput!) {
    startAssessment(input: $input) {
      id
    }
  }
`);

export const RateCriterionDocument = graphql(`
  mutation RateCriterion($input: RateCriterionInput!) {
    rateCriterion(input: $input) {
      id
      rating
    }
  }
`);

export const RecordQaVisitDocument = graphql(`
  mutation RecordQaVisit($input: RecordQaVisitInput!) {
    recordQaVisit(input: $input) {
      id
    }
  }
`);

export const AddActionPlanItemDocument = graphql(`
  mutation AddActionPlanItem($input: AddActionPlanItemInput!) {
    addActionPlanItem(input: $input) {
      id
    }
  }
`);

export const UpdateActionPlanItemStatusDocument = graphql(`
  mutation UpdateActionPlanItemStatus($id: ID!, $status: QaActionItemStatus!) {
    updateActionPlanItemStatus(id: $id, status: $status) {
      id
      status
      doneAt
    }
  }
`);

export const CompleteAssessmentDocument = graphql(`
  mutation CompleteAssessment($input: CompleteAssessmentInput!) {
    completeAssessment(input: $input) {
      id
      outcome
    }
  }
`);

export const ProviderChoicesDocument = graphql(`
  query ProviderChoices {
    organisations(first: 100, filter: { kind: PROVIDER }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
