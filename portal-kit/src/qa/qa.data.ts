import type { Client } from '@urql/core';
import { graphql } from '../gql';
import type {
  ProviderEvidenceQuery,
  ProviderOverviewQuery,
  ProviderQualityQuery,
  AssessmentDetailQuery,
  EvidenceCatalogueQuery,
} from '../gql/graphql';
import { ApiError } from '../graphql/errors';
import { fetchQuery } from '../graphql/requests';

// Shared reads of a provider's QA record, for the provider itself and for schools and LAs.
// Fragments here never nest: the API's cost limit counts nested fragment spreads many times over,
// and each document stays well under the API's token limit (1,000).

export const EvidenceCatalogueDocument = graphql(`
  query EvidenceCatalogue {
    evidenceCatalogue {
      code
      title
      guidance
      category
      required
      renewalMonths
      issuerLabel
      details
      minimumCoverAmount
      requiredBy
    }
  }
`);

export const ProviderOverviewDocument = graphql(`
  query ProviderOverview($id: ID!) {
    organisation(id: $id) {
      __typename
      id
      name
      ... on Provider {
        urn
        ukprn
        registrationStatus
        settingType
        profile {
          legalName
          ofstedGrade
          ofstedInspectionDate
          keyStages
          subjects
          qualifications
          focus
          places
          placesAvailable
          contactName
          contactEmail
          contactPhone
          dslName
          dslEmail
          dslPhone
          dslTrainingDate
          updatedAt
        }
        sites {
          id
          name
          addressLine1
          addressLine2
          town
          postcode
          localAuthority {
            id
            name
          }
        }
      }
    }
  }
`);

graphql(`
  fragment EvidenceVersionFields on EvidenceVersion {
    id
    number
    issuer
    validFrom
    expiresOn
    coverAmount
    kcsieYear
    reportsChangesUndertaking
    trainedStaffCount
    courseName
    uploadedAt
    uploadedBy {
      displayName
    }
    document {
      id
      filename
      contentType
      size
      downloadPath
    }
    verifications {
      id
      verifiedAt
      verifiedBy {
        displayName
      }
      localAuthority {
        id
        name
      }
    }
  }
`);

export const ProviderEvidenceDocument = graphql(`
  query ProviderEvidence($id: ID!, $withHistory: Boolean!) {
    organisation(id: $id) {
      __typename
      id
      name
      ... on Provider {
        evidence {
          status
          type {
            code
            title
            guidance
            category
            required
            renewalMonths
            issuerLabel
            details
            minimumCoverAmount
            requiredBy
          }
          currentVersion {
            ...EvidenceVersionFields
          }
          history @include(if: $withHistory) {
            ...EvidenceVersionFields
          }
        }
      }
    }
  }
`);

graphql(`
  fragment ApprovalFields on QaApproval {
    id
    status
    effectiveFrom
    reviewDate
    reason
    decidedAt
    decidedBy
    framework {
      id
      name
    }
    localAuthority {
      id
      name
    }
    assessment {
      id
      outcome
      completedAt
    }
  }
`);

graphql(`
  fragment AssessmentOutcomeFields on QaAssessment {
    id
    status
    outcome
    startedAt
    completedAt
    completedBy
    detailsVisible
    framework {
      id
      name
    }
    localAuthority {
      id
      name
    }
    version {
      id
      number
      ratingScale
    }
  }
`);

export const ProviderQualityDocument = graphql(`
  query ProviderQuality($id: ID!, $withDetails: Boolean!) {
    organisation(id: $id) {
      __typename
      id
      name
      ... on Provider {
        approvals {
          ...ApprovalFields
        }
        approvalHistory(first: 100) {
          totalCount
          edges {
            node {
              ...ApprovalFields
            }
          }
        }
        assessments {
          ...AssessmentOutcomeFields
          actionPlan @include(if: $withDetails) {
            id
            description
            dueDate
            owner
            status
            doneAt
            criterion {
              id
              code
              title
            }
          }
        }
        assessmentHistory(first: 100) {
          totalCount
          edges {
            node {
              ...AssessmentOutcomeFields
            }
          }
        }
      }
    }
  }
`);

export const AssessmentDetailDocument = graphql(`
  query AssessmentDetail($id: ID!, $withDetails: Boolean!) {
    assessment(id: $id) {
      id
      status
      outcome
      startedAt
      completedAt
      completedBy
      detailsVisible
      summary @include(if: $withDetails)
      framework {
        id
        name
      }
      localAuthority {
        id
        name
      }
      provider {
        id
        name
      }
      version {
        id
        number
        status
        ratingScale
        visitsPerYear
        monthsBetweenVisits
        criteria {
          id
          position
          code
          title
          guidance
          evidenceTypes
        }
      }
      ratings @include(if: $withDetails) {
        id
        rating
        comment
        evidenceChecked
        ratedAt
        ratedBy
        criterion {
          id
        }
      }
      visits @include(if: $withDetails) {
        id
        visitDate
        visitor
        notes
        recordedAt
      }
      actionPlan @include(if: $withDetails) {
        id
        description
        dueDate
        owner
        status
        createdAt
        doneAt
        criterion {
          id
          code
          title
        }
      }
    }
  }
`);

export type EvidenceType = EvidenceCatalogueQuery['evidenceCatalogue'][number];

type ProviderOf<Data extends { organisation: unknown }> = Extract<NonNullable<Data['organisation']>, { __typename: 'Provider' }>;

export type ProviderOverview = ProviderOf<ProviderOverviewQuery>;
export type ProviderEvidence = ProviderOf<ProviderEvidenceQuery>;
export type ProviderEvidenceItem = ProviderEvidence['evidence'][number];
export type ProviderQuality = ProviderOf<ProviderQualityQuery>;
export type AssessmentDetail = NonNullable<AssessmentDetailQuery['assessment']>;

const providerNotFound = () => new ApiError([{ code: 'NOT_FOUND', message: 'Provider not found.' }]);

function providerOf<Data extends { organisation: { __typename?: string } | null }>(data: Data): ProviderOf<Data> {
  if (data.organisation?.__typename !== 'Provider') throw providerNotFound();
  return data.organisation as ProviderOf<Data>;
}

export async function fetchEvidenceCatalogue(client: Client): Promise<EvidenceType[]> {
  return (await fetchQuery(client, EvidenceCatalogueDocument, {})).evidenceCatalogue;
}

export async function fetchProviderOverview(client: Client, id: string): Promise<ProviderOverview> {
  return providerOf(await fetchQuery(client, ProviderOverviewDocument, { id }));
}

export async function fetchProviderEvidence(client: Client, id: string, withHistory: boolean): Promise<ProviderEvidence> {
  return providerOf(await fetchQuery(client, ProviderEvidenceDocument, { id, withHistory }));
}

/** `withDetails`: action plans too, which only commissioners (LAs) and the provider itself may see. */
export async function fetchProviderQuality(client: Client, id: string, withDetails: boolean): Promise<ProviderQuality> {
  return providerOf(await fetchQuery(client, ProviderQualityDocument, { id, withDetails }));
}

/** `withDetails`: summary, ratings, visits and action plan (commissioners and the provider itself). */
export async function fetchAssessment(client: Client, id: string, withDetails: boolean): Promise<AssessmentDetail> {
  const data = await fetchQuery(client, AssessmentDetailDocument, { id, withDetails });
  if (!data.assessment) throw new ApiError([{ code: 'NOT_FOUND', message: 'Assessment not found.' }]);
  return data.assessment;
}
