import type { Client } from '@urql/core';
import { fetchQuery } from '@ap/portal-kit';
import { graphql } from '../../gql';
import type { SchoolApPolicyQuery } from '../../gql/graphql';

export const SchoolApPolicyDocument = graphql(`
  query SchoolApPolicy($schoolId: ID!) {
    myApPolicy {
      id
      saved
      updatedAt
      attendanceReporting
      reviewIntervalWeeks
      visitsPerTerm
      reportCadence
      attendanceTargetPercent
      fullTimeHoursThreshold
      fullTimeProvidersMustBeRegistered
      teamTeachForBehaviourRisk
      fullTimeInTotal
      writtenPlanRequired
      baselineRequired
      finalReportRequired
      providerCommitments
      schoolCommitments
      requiredFramework {
        id
        name
        localAuthority {
          id
          name
        }
      }
    }
    organisation(id: $schoolId) {
      __typename
      id
      ... on School {
        localAuthority {
          id
          name
          frameworks {
            id
            name
          }
        }
      }
    }
  }
`);

export const UpdateSchoolApPolicyDocument = graphql(`
  mutation UpdateSchoolApPolicy($input: UpdateSchoolApPolicyInput!) {
    updateSchoolApPolicy(input: $input) {
      id
    }
  }
`);

export type SchoolApPolicy = SchoolApPolicyQuery['myApPolicy'];

export interface FrameworkOption {
  id: string;
  name: string;
}

/** The school's policy, and the QA frameworks of its LA it may require providers to be approved on. */
export async function fetchSchoolApPolicy(client: Client, schoolId: string): Promise<{ policy: SchoolApPolicy; frameworks: FrameworkOption[] }> {
  const data = await fetchQuery(client, SchoolApPolicyDocument, { schoolId });
  const school = data.organisation?.__typename === 'School' ? data.organisation : null;
  return { policy: data.myApPolicy, frameworks: school?.localAuthority.frameworks ?? [] };
}
