import type { Client } from '@urql/core';
import { ApiError, fetchQuery } from '@ap/portal-kit';
import { graphql } from '../../gql';
import type { FrameworkQuery, QaCriterionInput, QaFrameworkDraftInput } from '../../gql/graphql';

export const FrameworkListDocument = graphql(`
  query FrameworkList($localAuthorityId: ID!) {
    frameworks(localAuthorityId: $localAuthorityId, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          description
          latestPublishedVersion {
            id
            number
            publishedAt
            ratingScale
            visitsPerYear
            monthsBetweenVisits
          }
          draftVersion {
            id
            number
          }
        }
      }
    }
  }
`);

export const FrameworkDocument = graphql(`
  query Framework($id: ID!) {
    framework(id: $id) {
      id
      name
      description
      localAuthority {
        id
        name
      }
      versions {
        id
        number
        status
        createdAt
        publishedAt
        ratingScale
        visitsPerYear
        monthsBetweenVisits
      }
      latestPublishedVersion {
        id
        number
      }
      draftVersion {
        id
        number
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
    }
  }
`);

export const FrameworkVersionDocument = graphql(`
  query FrameworkVersion($id: ID!) {
    frameworkVersion(id: $id) {
      id
      number
      status
      createdAt
      publishedAt
      ratingScale
      visitsPerYear
      monthsBetweenVisits
      framework {
        id
        name
        localAuthority {
          id
          name
        }
      }
      criteria {
        id
        position
        code
        title
        guidance
        evidenceTypes
      }
    }
  }
`);

export const FrameworkActivityDocument = graphql(`
  query FrameworkActivity($id: ID!) {
    framework(id: $id) {
      id
      name
      localAuthority {
        id
        name
      }
      latestPublishedVersion {
        id
        number
        publishedAt
      }
      inProgress: assessments(status: IN_PROGRESS, first: 100) {
        totalCount
        edges {
          node {
            id
            startedAt
            provider {
              id
              name
            }
            version {
              id
              number
            }
          }
        }
      }
      completed: assessments(status: COMPLETED, first: 100) {
        totalCount
        edges {
          node {
            id
            outcome
            completedAt
            completedBy
            provider {
              id
              name
            }
            version {
              id
              number
            }
          }
        }
      }
      currentApprovals(first: 100) {
        totalCount
        edges {
          node {
            id
            status
            effectiveFrom
            reviewDate
            provider {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CreateFrameworkDocument = graphql(`
  mutation CreateFramework($input: QaFrameworkDraftInput!) {
    createFramework(input: $input) {
      id
      name
    }
  }
`);

export const UpdateFrameworkDraftDocument = graphql(`
  mutation UpdateFrameworkDraft($versionId: ID!, $input: QaFrameworkDraftInput!) {
    updateFrameworkDraft(versionId: $versionId, input: $input) {
      id
      number
    }
  }
`);

export const PublishFrameworkVersionDocument = graphql(`
  mutation PublishFrameworkVersion($versionId: ID!) {
    publishFrameworkVersion(versionId: $versionId) {
      id
      number
      status
    }
  }
`);

export const CreateFrameworkDraftDocument = graphql(`
  mutation CreateFrameworkDraft($frameworkId: ID!) {
    createFrameworkDraft(frameworkId: $frameworkId) {
      id
      number
    }
  }
`);

export type Framework = NonNullable<FrameworkQuery['framework']>;
export type DraftVersion = NonNullable<Framework['draftVersion']>;
export type DraftCriterion = DraftVersion['criteria'][number];

export async function fetchFramework(client: Client, id: string): Promise<Framework> {
  const data = await fetchQuery(client, FrameworkDocument, { id });
  if (!data.framework) throw new ApiError([{ code: 'NOT_FOUND', message: 'Framework not found.' }]);
  return data.framework;
}

/** A draft's criteria as the API takes them back: the whole list is replaced on every change. */
export function criteriaInput(criteria: readonly DraftCriterion[]): QaCriterionInput[] {
  return criteria.map((criterion) => ({
    code: criterion.code,
    title: criterion.title,
    guidance: criterion.guidance,
    evidenceTypes: [...criterion.evidenceTypes],
  }));
}

/** The draft as it stands, for a change to one part of it (details, or one criterion). */
export function draftInput(framework: Framework, draft: DraftVersion): QaFrameworkDraftInput {
  return {
    name: framework.name,
    description: framework.description,
    ratingScale: draft.ratingScale,
    visitsPerYear: draft.visitsPerYear ?? null,
    monthsBetweenVisits: draft.monthsBetweenVisits ?? null,
    criteria: criteriaInput(draft.criteria),
  };
}
