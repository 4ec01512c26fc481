import { graphql } from '../../gql';
import type { PupilRecordFieldsFragment } from '../../gql/graphql';

export type PupilRecord = PupilRecordFieldsFragment;

export const PupilRecordFields = graphql(`
  fragment PupilRecordFields on Pupil {
    id
    upn
    legalSurname
    legalForename
    preferredSurname
    preferredForename
    displayName
    dateOfBirth
    sex
    yearGroup
    ehcPlan
    senSupport
    lookedAfter
    behaviourRiskAssessment
    hasSocialWorker
    hasYouthOffendingWorker
    socialWorkerName
    socialWorkerContact
    youthOffendingWorkerName
    youthOffendingWorkerContact
    medicalNeeds
    emergencyContactName
    emergencyContactPhone
    school {
      id
      name
    }
  }
`);

export const PupilListDocument = graphql(`
  query PupilList($first: Int!, $after: String, $filter: PupilFilter) {
    pupils(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          upn
          legalSurname
          legalForename
          displayName
          yearGroup
          ehcPlan
          senSupport
          lookedAfter
          behaviourRiskAssessment
          hasSocialWorker
          hasYouthOffendingWorker
          medicalNeeds
        }
      }
    }
  }
`);

export const PupilDetailDocument = graphql(`
  query PupilDetail($id: ID!) {
    pupil(id: $id) {
      ...PupilRecordFields
    }
  }
`);

export const CreatePupilDocument = graphql(`
  mutation CreatePupil($input: PupilInput!) {
    createPupil(input: $input) {
      ...PupilRecordFields
    }
  }
`);

export const UpdatePupilDocument = graphql(`
  mutation UpdatePupil($input: UpdatePupilInput!) {
    updatePupil(input: $input) {
      ...PupilRecordFields
    }
  }
`);

export const ImportPupilsDocument = graphql(`
  mutation ImportPupils($input: ImportPupilsInput!) {
    importPupils(input: $input) {
      applied
      created
      updated
      rows
      rejected {
        line
        upn
        problems {
          field
          message
        }
      }
    }
  }
`);
