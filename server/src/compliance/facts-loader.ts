import type { EntityManager } from '@mikro-orm/postgresql';
import type { Provider, School } from '../organisations/organisation.entity.js';
import { PlacementAgreement } from '../placements/agreement.entity.js';
import { FinalReport } from '../placements/final-report.entity.js';
import { PlanObjective } from '../placements/objective.entity.js';
import type { Placement } from '../placements/placement.entity.js';
import type { PolicyService } from '../policies/policy.service.js';
import type { SchoolApPolicy } from '../policies/school-policy.entity.js';
import { Pupil } from '../pupils/pupil.entity.js';
import type { QaApproval } from '../qa/approval.entity.js';
import type { ApprovalService } from '../qa/approval.service.js';
import { EvidenceTypeCode } from '../qa/evidence-catalogue.js';
import { todayInEngland } from '../qa/evidence-dates.js';
import { EvidenceStatus } from '../qa/evidence-status.js';
import type { EvidenceService } from '../qa/evidence.service.js';
import type { EvidenceItem } from '../qa/evidence.types.js';
import type { AgreementFacts, PlacementFacts, PolicyFacts, ProviderFacts, PupilFacts } from './facts.js';
import { NATIONAL_FULL_TIME_HOURS } from './national-rules.js';

/** The services the facts come from (a feature reads another only through its services). */
export interface FactSources {
  policies: PolicyService;
  evidence: EvidenceService;
  approvals: ApprovalService;
}

const idList = (ids: Iterable<string>) => [...new Set(ids)].join(',');

/**
 * The facts of many placements (loaded with `school` and `provider`) in a fixed number of queries,
 * whatever their number. Every query runs in the reader's transaction, so row-level security
 * decides what they see; a provider, who never reads the pupil's record, gets the shared summary.
 */
export async function loadPlacementFacts(em: EntityManager, placements: Placement[], sources: FactSources): Promise<Map<string, PlacementFacts>> {
  if (!placements.length) return new Map();
  const ids = placements.map((placement) => placement.id);
  const agreements = await latestAgreements(em, ids);
  const objectives = await em.find(PlanObjective, { placement: { $in: ids } }, { orderBy: { position: 'asc' } });
  const pupils = await em.find(Pupil, { id: { $in: placements.map((placement) => placement.pupil.id) } });
  const lastDates = await lastMonitoringDates(em, ids);
  const finalReports = await em.find(FinalReport, { placement: { $in: ids } });
  const hoursElsewhere = await pupilHoursElsewhere(em, ids);
  const policies = await sources.policies.policiesOfSchools(em, [...new Set(placements.map((placement) => placement.school.id))]);
  const providers = await loadProviderFacts(em, uniqueProviders(placements), sources);

  return new Map(
    placements.map((placement) => {
      const policy = policies.find((candidate) => candidate.school.id === placement.school.id)!;
      const finalReport = finalReports.find((report) => report.placement.id === placement.id);
      const facts: PlacementFacts = {
        id: placement.id,
        status: placement.status,
        legalBasis: placement.legalBasis,
        proposedOn: placement.proposedAt ? todayInEngland(placement.proposedAt) : null,
        laNotified: Boolean(placement.laNotifiedAt),
        startedOn: placement.startedOn ?? null,
        endedOn: placement.endedOn ?? null,
        destination: placement.destination ?? null,
        parentNoticeGivenOn: placement.parentNoticeGivenOn ?? null,
        sendCaseworkerNotifiedOn: placement.sendCaseworkerNotifiedOn ?? null,
        homeSchoolHoursPerWeek: placement.homeSchoolHoursPerWeek,
        fullTimeMedicallyInappropriate: placement.fullTimeMedicallyInappropriate,
        rationale: placement.plan.rationale ?? null,
        assessmentArrangements: placement.plan.assessmentArrangements ?? null,
        pupil: pupilFacts(placement, pupils.find((pupil) => pupil.id === placement.pupil.id)),
        objectives: objectives.filter((objective) => objective.placement.id === placement.id).map((objective) => ({ baseline: objective.baseline ?? null })),
        agreement: agreements.get(placement.id) ?? null,
        hoursElsewhere: hoursElsewhere.get(placement.id) ?? 0,
        lastReviewOn: lastDates.get(`review:${placement.id}`) ?? null,
        nextReviewOn: lastDates.get(`next-review:${placement.id}`) ?? null,
        lastVisitOn: lastDates.get(`visit:${placement.id}`) ?? null,
        lastReportOn: lastDates.get(`report:${placement.id}`) ?? null,
        finalReport: finalReport ? { pupilViews: finalReport.pupilViews } : null,
        policy: policyFacts(policy, placement.school.getEntity()),
        provider: providers.get(placement.provider.id)!,
      };
      return [placement.id, facts];
    }),
  );
}

/** Providers' standing, Team Teach and required evidence, and full-time counts: four queries for any number. */
export async function loadProviderFacts(em: EntityManager, providers: Provider[], sources: FactSources): Promise<Map<string, ProviderFacts>> {
  const ids = providers.map((provider) => provider.id);
  const approvals = await sources.approvals.currentOfProviders(em, ids);
  const evidence = await sources.evidence.evidenceOfProviders(em, ids);
  const counts = await fullTimeCounts(em, ids);
  return new Map(
    providers.map((provider, index) => [
      provider.id,
      { ...providerStanding(provider, approvals[index], evidence[index]), ...(counts.get(provider.id) ?? { fullTimePupils: 0, fullTimeEhcpOrLookedAfter: 0 }) },
    ]),
  );
}

/** A provider's facts without the full-time counts, from its current approvals and evidence items. */
export function providerStanding(provider: Provider, approvals: QaApproval[], evidence: EvidenceItem[]): ProviderFacts {
  const teamTeach = evidence.find((item) => item.type.code === EvidenceTypeCode.TEAM_TEACH_TRAINING);
  return {
    id: provider.id,
    name: provider.name,
    registrationStatus: provider.registrationStatus,
    approvals: approvals.map((approval) => ({ frameworkId: approval.framework.id, status: approval.status, effectiveFrom: approval.effectiveFrom })),
    teamTeach: { status: teamTeach?.status ?? EvidenceStatus.MISSING, expiresOn: teamTeach?.currentVersion?.expiresOn ?? null },
    evidenceGaps: evidence
      .filter((item) => item.type.required && (item.status === EvidenceStatus.EXPIRED || item.status === EvidenceStatus.MISSING))
      .map((item) => ({ title: item.type.title, status: item.status, expiresOn: item.currentVersion?.expiresOn ?? null })),
    fullTimePupils: 0,
    fullTimeEhcpOrLookedAfter: 0,
  };
}

export function policyFacts(policy: SchoolApPolicy, school: School): PolicyFacts {
  const framework = policy.requiredFramework?.getEntity();
  return {
    schoolName: school.name,
    attendanceReporting: policy.attendanceReporting,
    reviewIntervalWeeks: policy.reviewIntervalWeeks,
    fullTimeHoursThreshold: policy.fullTimeHoursThreshold,
    fullTimeProvidersMustBeRegistered: policy.fullTimeProvidersMustBeRegistered,
    requiredFramework: framework ? { id: framework.id, name: framework.name } : null,
    teamTeachForBehaviourRisk: policy.teamTeachForBehaviourRisk,
    fullTimeInTotal: policy.fullTimeInTotal,
    writtenPlanRequired: policy.writtenPlanRequired,
    baselineRequired: policy.baselineRequired,
    finalReportRequired: policy.finalReportRequired,
  };
}

function uniqueProviders(placements: Placement[]): Provider[] {
  return [...new Map(placements.map((placement) => [placement.provider.id, placement.provider.getEntity()])).values()];
}

/** The pupil's record where the reader may see it; otherwise what the school shared with the provider. */
function pupilFacts(placement: Placement, pupil: Pupil | undefined): PupilFacts {
  const source = pupil ?? placement.shared;
  return {
    ehcPlan: Boolean(source?.ehcPlan),
    lookedAfter: Boolean(source?.lookedAfter),
    behaviourRiskAssessment: Boolean(source?.behaviourRiskAssessment),
  };
}

async function latestAgreements(em: EntityManager, placementIds: string[]): Promise<Map<string, AgreementFacts>> {
  const versions = await em.find(PlacementAgreement, { placement: { $in: placementIds } }, { orderBy: { version: 'desc' } });
  const latest = new Map<string, AgreementFacts>();
  for (const agreement of versions) {
    if (latest.has(agreement.placement.id)) continue;
    latest.set(agreement.placement.id, {
      hoursPerWeek: agreement.hoursPerWeek,
      sessionsPerWeek: agreement.timetable.length,
      attendanceReporting: agreement.attendanceReporting,
      reviewIntervalWeeks: agreement.reviewIntervalWeeks,
      visitsPerTerm: agreement.visitsPerTerm,
      reportCadence: agreement.reportCadence,
      startDate: agreement.startDate ?? null,
      proposedEndDate: agreement.proposedEndDate ?? null,
    });
  }
  return latest;
}

/** The last review, visit and progress report of each placement, keyed `kind:placementId`, in one query. */
async function lastMonitoringDates(em: EntityManager, placementIds: string[]): Promise<Map<string, string>> {
  const ids = idList(placementIds);
  const rows = await em.execute<{ kind: string; placement_id: string; last_on: string }[]>(
    `select 'review' as kind, placement_id, max(held_on)::text as last_on
       from placement_review where placement_id = any(string_to_array(?, ',')::uuid[]) group by placement_id
     union all
     select 'next-review', placement_id, next_review_on::text
       from (select distinct on (placement_id) placement_id, next_review_on from placement_review
              where placement_id = any(string_to_array(?, ',')::uuid[]) order by placement_id, held_on desc, created_at desc) latest
      where next_review_on is not null
     union all
     select 'visit', placement_id, max((visited_at at time zone 'Europe/London')::date)::text
       from placement_visit where placement_id = any(string_to_array(?, ',')::uuid[]) group by placement_id
     union all
     select 'report', placement_id, max((created_at at time zone 'Europe/London')::date)::text
       from progress_report where placement_id = any(string_to_array(?, ',')::uuid[]) group by placement_id`,
    [ids, ids, ids, ids],
  );
  return new Map(rows.map((row) => [`${row.kind}:${row.placement_id}`, row.last_on]));
}

/** Hours at each pupil's other agreed or active placements, which a provider cannot see: counts only, from a definer function. */
async function pupilHoursElsewhere(em: EntityManager, placementIds: string[]): Promise<Map<string, number>> {
  const rows = await em.execute<{ placement_id: string; hours: number }[]>(
    `select placement_id, hours from pupil_hours_elsewhere(string_to_array(?, ',')::uuid[])`,
    [idList(placementIds)],
  );
  return new Map(rows.map((row) => [row.placement_id, Number(row.hours)]));
}

/** Full-time pupils at each provider across every school (domain.md §2.4), from provider_full_time_counts(). */
async function fullTimeCounts(em: EntityManager, providerIds: string[]): Promise<Map<string, Pick<ProviderFacts, 'fullTimePupils' | 'fullTimeEhcpOrLookedAfter'>>> {
  const rows = await em.execute<{ provider_id: string; full_time_pupils: number; full_time_ehcp_or_looked_after: number }[]>(
    `select x.id as provider_id, c.full_time_pupils, c.full_time_ehcp_or_looked_after
       from unnest(string_to_array(?, ',')::uuid[]) as x(id)
       cross join lateral provider_full_time_counts(x.id, ?) c`,
    [idList(providerIds), NATIONAL_FULL_TIME_HOURS],
  );
  return new Map(rows.map((row) => [row.provider_id, { fullTimePupils: row.full_time_pupils, fullTimeEhcpOrLookedAfter: row.full_time_ehcp_or_looked_after }]));
}
