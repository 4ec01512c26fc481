import { graphql } from '../../../gql';

export const SubmitProgressReportDocument = graphql(`
  mutation SubmitProgressReport($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) {
      id
      kind
    }
  }
`);

export const SubmitFinalReportDocument = graphql(`
  mutation SubmitFinalReport($input: SubmitFinalReportInput!) {
    submitFinalReport(input: $input) {
      id
    }
  }
`);
