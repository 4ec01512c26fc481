import { graphql } from '../../gql';

export const ProviderDirectoryDocument = graphql(`
  query ProviderDirectory($first: Int!, $after: String, $filter: ProviderDirectoryFilter) {
    providerDirectory(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          registrationStatus
          profile {
            keyStages
            focus
            placesAvailable
          }
          sites {
            id
            localAuthority {
              id
              name
            }
          }
          approvals {
            id
            status
            framework {
              id
              name
            }
            localAuthority {
              id
              name
            }
          }
          evidence {
            status
            type {
              code
              required
            }
          }
        }
      }
    }
  }
`);

/** What the directory's filters choose from: every LA (areas) and every LA's frameworks (approval). */
export const DirectoryChoicesDocument = graphql(`
  query DirectoryChoices {
    localAuthorities: organisations(first: 100, filter: { kind: LOCAL_AUTHORITY }) {
      edges {
        node {
          id
          name
        }
      }
    }
    frameworks(first: 100) {
      edges {
        node {
          id
          name
          localAuthority {
            id
            name
          }
        }
      }
    }
  }
`);

export const VerifyEvidenceDocument = graphql(`
  mutation VerifyEvidence($versionId: ID!) {
    verifyEvidence(versionId: $versionId) {
      id
      verifications {
        id
        verifiedAt
      }
    }
  }
`);

export const DecideApprovalDocument = graphql(`
  mutation DecideApproval($input: DecideApprovalInput!) {
    decideApproval(input: $input) {
      id
      status
    }
  }
`);

/** The active LA's own frameworks: what its officers can assess and approve providers on. */
export const OwnFrameworksDocument = graphql(`
  query OwnFrameworks($localAuthorityId: ID!) {
    frameworks(localAuthorityId: $localAuthorityId, first: 100) {
      edges {
        node {
          id
          name
          latestPublishedVersion {
            id
            number
            ratingScale
          }
        }
      }
    }
  }
`);

/** For a school: whether the provider meets each provider requirement of the school's own AP policy. */
export const ProviderPolicyChecksDocument = graphql(`
  query ProviderPolicyChecks($id: ID!) {
    organisation(id: $id) {
      id
      ... on Provider {
        policyChecks {
          requirement
          title
          met
          detail
        }
      }
    }
  }
`);
