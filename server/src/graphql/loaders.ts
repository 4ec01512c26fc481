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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
