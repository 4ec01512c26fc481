import { graphql } from '../../gql';

export const UpdateProviderProfileDocument = graphql(`
  mutation UpdateProviderProfile($input: ProviderProfileInput!) {
    updateProviderProfile(input: $input) {
      updatedAt
    }
  }
`);
