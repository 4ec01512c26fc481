import type { Client } from '@urql/core';
import { graphql } from '../gql';
import type { MonitoringContextQuery, PlacementMonitoringQuery, ProgressReportRecordQuery } from '../gql/graphql';
import { fetchQuery } from '../graphql/requests';

// Shared reads of a placement's monitoring (reviews, visits, provider reports, final report), for
// the school and LA in the school portal and for the provider in the provider portal. Each
// document stays well under the API's token limit (1,000).

/** What the forms of a placement show around their questions: who, where, since when, and the plan's objectives. */
export const MonitoringContextDocument = graphql(`
  query MonitoringContext($id: ID!) {
    placement(id: $id) {
      id
      status
      startedOn
      endedOn
      pupilSummary {
        name
        yearGroup
      }
      school {
        id
        name
      }
      provider {
        id
        name
      }
      objectives {
        id
        position
        description
        target
      }
      currentAgreement {
        id
        reportCadence
      }
      finalReport {
        id
      }
    }
  }
`);

export const PlacementMonitoringDocument = graphql(`
  query PlacementMonitoring($id: ID!) {
    placement(id: $id) {
      id
      status
      startedOn
      endedOn
      endReason
      destination
      destinationDetail
      lastReviewOn
      nextReviewDue
      lastVisitOn
      currentAgreement {
        id
        reportCadence
      }
      objectives {
        id
        position
        description
        outcome
        outcomeNote
      }
      reviews {
        id
        heldOn
        attendees
        outcome
        summary
        pupilViews
        parentViews
        nextReviewOn
        recordedBy
        objectiveProgress {
          objectiveId
          objective
          progress
        }
      }
      visits {
        id
        visitedAt
        staffMember
        attendancePercent
        safeguardingConcerns
        actionsForProvision
      }
      progressReports {
        id
        kind
        periodStart
        periodEnd
        staffName
        attendancePercent
        createdAt
      }
      finalReport {
        id
        attainmentAndProgress
        attendancePercent
        attendanceRecord
        behaviourChange
        pupilViews
        nextSteps
        staffName
        createdAt
      }
    }
  }
`);

export const ProgressReportRecordDocument = graphql(`
  query ProgressReportRecord($id: ID!) {
    progressReport(id: $id) {
      id
      kind
      periodStart
      periodEnd
      staffName
      attendancePercent
      attendanceCommentary
      punctuality
      attitudeToLearning
      skillsCovered
      targetsNextTerm
      pupilViews
      otherComments
      createdAt
      placement {
        id
        startedOn
        endedOn
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

export type MonitoringContext = MonitoringContextQuery['placement'];
export type PlacementMonitoring = PlacementMonitoringQuery['placement'];
export type PlacementReviewRecord = PlacementMonitoring['reviews'][number];
export type PlacementVisitSummary = PlacementMonitoring['visits'][number];
export type ProgressReportSummary = PlacementMonitoring['progressReports'][number];
export type FinalReportRecord = NonNullable<PlacementMonitoring['finalReport']>;
export type ProgressReportRecord = ProgressReportRecordQuery['progressReport'];

export async function fetchMonitoringContext(client: Client, placementId: string): Promise<MonitoringContext> {
  return (await fetchQuery(client, MonitoringContextDocument, { id: placementId })).placement;
}

export async function fetchPlacementMonitoring(client: Client, placementId: string): Promise<PlacementMonitoring> {
  return (await fetchQuery(client, PlacementMonitoringDocument, { id: placementId })).placement;
}

export async function fetchProgressReport(client: Client, reportId: string): Promise<ProgressReportRecord> {
  return (await fetchQuery(client, ProgressReportRecordDocument, { id: reportId })).progressReport;
}
