import DataLoader from 'dataloader';
import type { Services } from '../services.js';
import type { ProviderSite } from '../organisations/provider-site.entity.js';
import type { TenantTransaction } from '../db/tenant-transaction.js';
import type { QaApproval } from '../qa/approval.entity.js';
import type { QaActionItem, QaAssessment, QaCriterionRating, QaVisit } from '../qa/assessment.entity.js';
import type { EvidenceVerification } from '../qa/evidence.entity.js';
import type { EvidenceItem } from '../qa/evidence.types.js';
import type { QaCriterion, QaFramework, QaFrameworkVersion } from '../qa/framework.entity.js';
import type { ProviderProfile } from '../qa/profile.entity.js';
import type { ComplianceFinding } from '../compliance/finding.type.js';
import type { SchoolApPolicy } from '../policies/school-policy.entity.js';
import type { FinalReport } from '../placements/final-report.entity.js';
import type { ProgressReport } from '../placements/progress-report.entity.js';
import type { PlacementReview } from '../placements/review.entity.js';
import type { PlacementVisit } from '../placements/visit.entity.js';
import type { AgreementSignature, PlacementAgreement } from '../placements/agreement.entity.js';
import type { PlanObjective } from '../placements/objective.entity.js';
import { commissionerFlags, type CommissionerQuery } from '../qa/qa-access.js';
import type { Placement } from '../placements/placement.entity.js';
import type { SessionMark, SessionMarkChange } from '../attendance/session-mark.entity.js';
import type { ConcernAcknowledgement, ConcernUpdate } from '../safeguarding/concern.entity.js';
import type { BehaviourIncident } from '../safeguarding/incident.entity.js';

/** Per-request batch loaders for nested lists that MikroORM references do not cover. */
export function createLoaders(services: Services, tenant: TenantTransaction) {
  return {
    sitesByProvider: new DataLoader<string, ProviderSite[]>(async (providerIds) =>
      services.organisations.sitesOfProviders(await tenant.em(), providerIds),
    ),
    frameworksByLa: new DataLoader<string, QaFramework[]>(async (laIds) => services.frameworks.frameworksOfLas(await tenant.em(), laIds)),
    versionsByFramework: new DataLoader<string, QaFrameworkVersion[]>(async (frameworkIds) =>
      services.frameworks.versionsOfFrameworks(await tenant.em(), frameworkIds),
    ),
    criteriaByVersion: new DataLoader<string, QaCriterion[]>(async (versionIds) => services.frameworks.criteriaOfVersions(await tenant.em(), versionIds)),
    assessmentSummariesByProvider: new DataLoader<string, QaAssessment[]>(async (providerIds) =>
      services.assessments.summariesOfProviders(await tenant.em(), providerIds),
    ),
    ratingsByAssessment: new DataLoader<string, QaCriterionRating[]>(async (ids) => services.assessments.ratingsOfAssessments(await tenant.em(), ids)),
    visitsByAssessment: new DataLoader<string, QaVisit[]>(async (ids) => services.assessments.visitsOfAssessments(await tenant.em(), ids)),
    actionPlanByAssessment: new DataLoader<string, QaActionItem[]>(async (ids) => services.assessments.actionPlansOfAssessments(await tenant.em(), ids)),
    currentApprovalsByProvider: new DataLoader<string, QaApproval[]>(async (providerIds) =>
      services.approvals.currentOfProviders(await tenant.em(), providerIds),
    ),
    profileByProvider: new DataLoader<string, ProviderProfile>(async (providerIds) =>
      services.providerProfiles.profilesOfProviders(await tenant.em(), providerIds),
    ),
    evidenceByProvider: new DataLoader<string, EvidenceItem[]>(async (providerIds) =>
      services.evidence.evidenceOfProviders(await tenant.em(), providerIds),
    ),
    verificationsByVersion: new DataLoader<string, EvidenceVerification[]>(async (versionIds) =>
      services.evidence.verificationsOfVersions(await tenant.em(), versionIds),
    ),
    reviewsByPlacement: new DataLoader<string, PlacementReview[]>(async (ids) => services.monitoring.reviewsOfPlacements(await tenant.em(), ids)),
    visitsByPlacement: new DataLoader<string, PlacementVisit[]>(async (ids) => services.monitoring.visitsOfPlacements(await tenant.em(), ids)),
    progressReportsByPlacement: new DataLoader<string, ProgressReport[]>(async (ids) =>
      services.monitoring.progressReportsOfPlacements(await tenant.em(), ids),
    ),
    sitesByPlacement: new DataLoader<string, ProviderSite[]>(async (ids) => services.placements.sitesOfPlacements(await tenant.em(), ids)),
    objectivesByPlacement: new DataLoader<string, PlanObjective[]>(async (ids) => services.placements.objectivesOfPlacements(await tenant.em(), ids)),
    agreementsByPlacement: new DataLoader<string, PlacementAgreement[]>(async (ids) => services.placements.agreementsOfPlacements(await tenant.em(), ids)),
    signaturesByAgreement: new DataLoader<string, AgreementSignature[]>(async (ids) => services.placements.signaturesOfAgreements(await tenant.em(), ids)),
    placementsByPupil: new DataLoader<string, Placement[]>(async (ids) => services.placements.placementsOfPupils(await tenant.em(), ids)),
    /** Keyed by provider: the actor is the request's own (see qa-access CommissionerQuery). */
    commissionerOf: new DataLoader<CommissionerQuery, boolean, string>(async (queries) => commissionerFlags(await tenant.em(), queries), {
      cacheKeyFn: (query) => query.providerId,
    }),
    fullTimeThresholdBySchool: new DataLoader<string, number>(async (ids) => services.placements.fullTimeThresholdsOfSchools(await tenant.em(), ids)),
    finalReportByPlacement: new DataLoader<string, FinalReport | null>(async (ids) => services.ending.finalReportsOfPlacements(await tenant.em(), ids)),
    findingsByPlacement: new DataLoader<string, ComplianceFinding[]>(async (ids) => services.compliance.findingsOfPlacements(await tenant.em(), ids)),
    findingsByPupil: new DataLoader<string, ComplianceFinding[]>(async (ids) => services.compliance.findingsOfPupils(await tenant.em(), ids)),
    placementById: new DataLoader<string, Placement | null>(async (ids) => services.compliance.placementsByIds(await tenant.em(), ids)),
    policyBySchool: new DataLoader<string, SchoolApPolicy>(async (ids) => services.policies.policiesOfSchools(await tenant.em(), ids)),
    sessionMarksByPlacement: new DataLoader<string, SessionMark[]>(async (ids) => services.attendance.marksOfPlacements(await tenant.em(), ids)),
    changesBySessionMark: new DataLoader<string, SessionMarkChange[]>(async (ids) => services.attendance.changesOfMarks(await tenant.em(), ids)),
    referredByProviderBySchool: new DataLoader<string, boolean>(async (ids) => services.policies.schoolsReferringToProvider(await tenant.em(), ids)),
    updatesByConcern: new DataLoader<string, ConcernUpdate[]>(async (ids) => services.concerns.updatesOfConcerns(await tenant.em(), ids)),
    acknowledgementsByConcern: new DataLoader<string, ConcernAcknowledgement[]>(async (ids) => services.concerns.acknowledgementsOfConcerns(await tenant.em(), ids)),
    incidentsByPlacement: new DataLoader<string, BehaviourIncident[]>(async (ids) => services.incidents.incidentsOfPlacements(await tenant.em(), ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
