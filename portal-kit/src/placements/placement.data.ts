import type { Client } from '@urql/core';
import { graphql } from '../gql';
import type { PlacementListQuery, PlacementRecordQuery } from '../gql/graphql';
import { fetchQuery } from '../graphql/requests';

// The placement as school and provider share it: one read for both portals' placement pages,
// the editing pages of the school and the printable agreement. The pupil's own record is not
// here: only the summary the school shares (the school portal reads the record separately).

export const PlacementRecordDocument = graphql(`
  query PlacementRecord($id: ID!) {
    placement(id: $id) {
      id
      status
      legalBasis
      viewerParty
      hoursPerWeek
      attendancePattern
      graduatedResponse
      parentInvolvement
      pupilViews
      parentNoticeGivenOn
      sendCaseworkerNotifiedOn
      dualRegistered
      homeSchoolHoursPerWeek
      fullTimeMedicallyInappropriate
      proposedAt
      laNotifiedAt
      agreedAt
      startedOn
      endedOn
      endReason
      destination
      destinationDetail
      reason {
        id
        label
      }
      school {
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
      sites {
        id
        name
        addressLine1
        addressLine2
        town
        postcode
      }
      pupilSummary {
        name
        yearGroup
        dateOfBirth
        needsSummary
        medicalNeeds
        behaviourRiskAssessment
        ehcPlan
        lookedAfter
        emergencyContactName
        emergencyContactPhone
      }
      plan {
        rationale
        assessmentArrangements
        reintegrationRoute
        readinessCriteria
        linksToEhcPlan
        linksToPep
        linksToHealthPlan
        linkedPlanNotes
      }
      objectives {
        id
        position
        description
        baseline
        target
        measure
        timeframe
      }
      currentAgreement {
        id
        version
        providerCommitments
        schoolCommitments
        attendanceReporting
        reviewIntervalWeeks
        visitsPerTerm
        reportCadence
        timetable {
          weekday
          session
          startTime
          endTime
        }
        hoursPerWeek
        startDate
        proposedEndDate
        costPence
        costBasis
        otherTerms
        createdAt
        isSigned
        isFullySigned
        missingParties
        signatures {
          id
          party
          signerName
          signerRole
          method
          signedOn
          recordedBy
        }
      }
      agreements {
        id
        version
        createdAt
        isFullySigned
        signatures {
          id
          party
          signedOn
        }
      }
    }
  }
`);

/** Placements the viewer may see, newest first: the lists of both portals. */
export const PlacementListDocument = graphql(`
  query PlacementList($first: Int!, $after: String, $filter: PlacementFilter) {
    placements(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          hoursPerWeek
          attendancePattern
          startedOn
          pupilSummary {
            name
          }
          school {
            id
            name
          }
          provider {
            id
            name
          }
          currentAgreement {
            id
            startDate
          }
        }
      }
    }
  }
`);

export const SignAgreementDocument = graphql(`
  mutation SignAgreement($input: SignAgreementInput!) {
    signAgreement(input: $input) {
      id
      isFullySigned
      placement {
        id
        status
      }
    }
  }
`);

export type PlacementRecord = PlacementRecordQuery['placement'];
export type PlacementAgreementRecord = PlacementRecord['currentAgreement'];
export type PlacementObjective = PlacementRecord['objectives'][number];

export async function fetchPlacementRecord(client: Client, id: string): Promise<PlacementRecord> {
  return (await fetchQuery(client, PlacementRecordDocument, { id })).placement;
}

export type PlacementListItem = PlacementListQuery['placements']['edges'][number]['node'];
