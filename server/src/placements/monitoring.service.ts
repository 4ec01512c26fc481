import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan } from '../auth/permissions.js';
import type { Config } from '../config.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Context } from '../graphql/context.js';
import { Portal, portalLink } from '../notifications/links.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { requireText } from '../organisations/identifiers.js';
import { Role } from '../people/role.js';
import { User } from '../people/user.entity.js';
import { addDays, formatLongDate } from '../qa/evidence-dates.js';
import { ReportCadence } from './agreement.entity.js';
import type { ObjectiveProgressInput, RecordReviewInput, RecordVisitInput, SubmitProgressReportInput } from './monitoring.inputs.js';
import {
  assertStatus,
  englandDateTime,
  notifyAfterCommit,
  optionalDateAfter,
  optionalNote,
  parseTime,
  pastDateWithin,
  percentage,
  providerPlacement,
  requiredNote,
  schoolPlacement,
} from './monitoring.rules.js';
import { reviewDueOn } from './review-schedule.js';
import { PlanObjective } from './objective.entity.js';
import { Placement, PlacementStatus } from './placement.entity.js';
import { ProgressReport } from './progress-report.entity.js';
import { ObjectiveProgress, PlacementReview } from './review.entity.js';
import { PlacementVisit } from './visit.entity.js';

const REVIEWABLE = [PlacementStatus.AGREED, PlacementStatus.ACTIVE];
const REPORT_WORDS: Record<ReportCadence, string> = { TERMLY: 'termly report', HALF_TERMLY: 'half-termly report' };

/**
 * Following a live placement: the school's reviews and visits, the provider's termly reports.
 * Everyone who can read the placement reads these (row-level security); the school writes
 * reviews and visits, the provider its reports.
 */
export class MonitoringService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async recordReview(context: Context, input: RecordReviewInput): Promise<PlacementReview> {
    const em = await context.tenant.em();
    const { actor, placement } = await schoolPlacement(context, em, 'placement:review', input.placementId);
    assertStatus(placement, REVIEWABLE, 'Reviews can be recorded only while a placement is agreed or active');
    const heldOn = pastDateWithin(placement, input.heldOn, 'heldOn', 'the date of the review');
    const attendees = input.attendees.map((name) => name.trim()).filter(Boolean);
    if (attendees.length === 0) throw badInput('attendees', 'Enter who attended the review');
    const recorder = await em.findOneOrFail(User, actor.userId);
    const review = em.create(PlacementReview, {
      placement,
      heldOn,
      attendees,
      objectiveProgress: await this.progressAgainstObjectives(em, placement, input.objectiveProgress),
      outcome: input.outcome,
      summary: optionalNote(input.summary, 'summary', 'the summary'),
      pupilViews: optionalNote(input.pupilViews, 'pupilViews', "the pupil's views"),
      parentViews: optionalNote(input.parentViews, 'parentViews', "the parent or carer's views"),
      nextReviewOn: optionalDateAfter(input.nextReviewOn, 'nextReviewOn', 'the date of the next review', { date: heldOn, label: 'the date of the review' }),
      recordedById: actor.userId,
      recordedByName: recorder.displayName,
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'PlacementReview', subjectId: review.id, operation: 'recordReview' });
    await em.flush();
    return review;
  }

  async recordVisit(context: Context, input: RecordVisitInput): Promise<PlacementVisit> {
    const em = await context.tenant.em();
    const { actor, placement } = await schoolPlacement(context, em, 'placement:visit', input.placementId);
    assertStatus(placement, [PlacementStatus.ACTIVE], 'Visits can be recorded only while a placement is active');
    const visitedOn = pastDateWithin(placement, input.visitedOn, 'visitedOn', 'the date of the visit');
    const visitedAt = englandDateTime(visitedOn, parseTime(input.visitTime, 'visitTime', 'the time of the visit'));
    if (visitedAt.getTime() > Date.now()) throw badInput('visitTime', 'The time of the visit must be now or in the past');
    const noParentContactReason = input.parentContact ? null : optionalNote(input.noParentContactReason, 'noParentContactReason', 'the reason');
    if (!input.parentContact && !noParentContactReason) throw badInput('noParentContactReason', 'Enter why the parent or carer was not contacted');
    const visit = em.create(PlacementVisit, {
      placement,
      visitedAt,
      staffMember: requireText(input.staffMember, 'staffMember', 'the name of the member of staff who visited'),
      pupilClass: optionalNote(input.pupilClass, 'pupilClass', "the pupil's class"),
      attendancePercent: input.attendancePercent == null ? null : percentage(input.attendancePercent, 'attendancePercent'),
      safeguardingConcerns: input.safeguardingConcerns,
      attendanceNotes: optionalNote(input.attendanceNotes, 'attendanceNotes', 'the attendance notes'),
      behaviourWelfareNotes: optionalNote(input.behaviourWelfareNotes, 'behaviourWelfareNotes', 'the behaviour and welfare notes'),
      progress: optionalNote(input.progress, 'progress', 'the progress notes'),
      attainment: optionalNote(input.attainment, 'attainment', 'the attainment notes'),
      curriculumNotes: optionalNote(input.curriculumNotes, 'curriculumNotes', 'the curriculum and learning notes'),
      otherAgencies: optionalNote(input.otherAgencies, 'otherAgencies', 'the other agencies involved'),
      actionsForSchool: optionalNote(input.actionsForSchool, 'actionsForSchool', 'the actions for the school'),
      actionsForProvision: optionalNote(input.actionsForProvision, 'actionsForProvision', 'the actions for the provision'),
      parentContact: input.parentContact,
      noParentContactReason,
      pupilViews: optionalNote(input.pupilViews, 'pupilViews', "the pupil's views"),
      reviewMeetingOn: optionalDateAfter(input.reviewMeetingOn, 'reviewMeetingOn', 'the date of the review meeting', {
        date: visitedOn,
        label: 'the date of the visit',
        inclusive: true,
      }),
      recordedById: actor.userId,
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'PlacementVisit', subjectId: visit.id, operation: 'recordVisit' });
    await em.flush();
    return visit;
  }

  async submitProgressReport(context: Context, input: SubmitProgressReportInput): Promise<ProgressReport> {
    const em = await context.tenant.em();
    const { actor, placement } = await providerPlacement(context, em, 'placement:report', input.placementId);
    assertStatus(placement, [PlacementStatus.ACTIVE, PlacementStatus.ENDED], 'Progress reports can be sent only on an active or ended placement');
    const periodStart = pastDateWithin(placement, input.periodStart, 'periodStart', 'the first day the report covers');
    const periodEnd = pastDateWithin(placement, input.periodEnd, 'periodEnd', 'the last day the report covers');
    if (periodEnd <= periodStart) throw badInput('periodEnd', 'The last day the report covers must be after the first day');
    if (placement.status === PlacementStatus.ENDED) await this.assertLastPeriod(em, placement, periodEnd);
    const attendancePercent = percentage(input.attendancePercent, 'attendancePercent');
    const attendanceCommentary = optionalNote(input.attendanceCommentary, 'attendanceCommentary', 'the attendance commentary');
    if (attendancePercent < 100 && !attendanceCommentary) throw badInput('attendanceCommentary', 'Explain attendance below 100%');
    const report = em.create(ProgressReport, {
      placement,
      kind: input.kind,
      periodStart,
      periodEnd,
      staffName: requireText(input.staffName, 'staffName', 'the name of the member of staff completing the report'),
      attendancePercent,
      attendanceCommentary,
      punctuality: requiredNote(input.punctuality, 'punctuality', 'punctuality'),
      attitudeToLearning: requiredNote(input.attitudeToLearning, 'attitudeToLearning', 'the attitude to learning'),
      skillsCovered: requiredNote(input.skillsCovered, 'skillsCovered', 'a summary of the skills covered'),
      targetsNextTerm: requiredNote(input.targetsNextTerm, 'targetsNextTerm', 'the targets for next term'),
      pupilViews: optionalNote(input.pupilViews, 'pupilViews', "the pupil's views"),
      otherComments: optionalNote(input.otherComments, 'otherComments', 'the other comments'),
      writtenById: actor.userId,
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'ProgressReport', subjectId: report.id, operation: 'submitProgressReport' });
    await em.flush();
    const provider = await placement.provider.loadOrFail();
    await notifyAfterCommit(context, em, this.notifications, {
      organisationId: placement.school.id,
      roles: [Role.AP_LEAD],
      kind: 'PROGRESS_REPORT_SUBMITTED',
      title: `New ${REPORT_WORDS[report.kind]} from ${provider.name}`,
      body: `${provider.name} has sent a ${REPORT_WORDS[report.kind]} on a placement, covering ${formatLongDate(periodStart)} to ${formatLongDate(periodEnd)}.`,
      link: portalLink(this.config.publicUrl, Portal.SCHOOL, `/placements/${placement.id}/reports/${report.id}`, {}),
    });
    return report;
  }

  /** One report, for its printable page: readable by whoever reads the placement. */
  async progressReport(context: Context, id: string): Promise<ProgressReport> {
    const em = await this.readerEm(context);
    const report = await em.findOne(ProgressReport, { id: asUuid(id) });
    if (!report) throw notFound('Progress report');
    this.audit.record(em, context, { action: 'read', subjectType: 'ProgressReport', subjectId: report.id, operation: 'progressReport' });
    return report;
  }

  /** One visit record, for its printable page: readable by whoever reads the placement. */
  async visit(context: Context, id: string): Promise<PlacementVisit> {
    const em = await this.readerEm(context);
    const visit = await em.findOne(PlacementVisit, { id: asUuid(id) });
    if (!visit) throw notFound('Visit');
    this.audit.record(em, context, { action: 'read', subjectType: 'PlacementVisit', subjectId: visit.id, operation: 'placementVisit' });
    return visit;
  }

  /** Reviews of many placements, newest first (DataLoader batch function). */
  async reviewsOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<PlacementReview[][]> {
    const reviews = await em.find(PlacementReview, { placement: { $in: [...placementIds] } }, { orderBy: { heldOn: 'desc', createdAt: 'desc' } });
    return placementIds.map((id) => reviews.filter((review) => review.placement.id === id));
  }

  /** Visits to many placements, newest first (DataLoader batch function). */
  async visitsOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<PlacementVisit[][]> {
    const visits = await em.find(PlacementVisit, { placement: { $in: [...placementIds] } }, { orderBy: { visitedAt: 'desc' } });
    return placementIds.map((id) => visits.filter((visit) => visit.placement.id === id));
  }

  /** Progress reports of many placements, newest period first (DataLoader batch function). */
  async progressReportsOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<ProgressReport[][]> {
    const reports = await em.find(ProgressReport, { placement: { $in: [...placementIds] } }, { orderBy: { periodEnd: 'desc', createdAt: 'desc' } });
    return placementIds.map((id) => reports.filter((report) => report.placement.id === id));
  }

  /** When the next review is due (review-schedule.ts); only while a placement is agreed or active. */
  async nextReviewDue(context: Context, placement: Placement): Promise<string | null> {
    if (!REVIEWABLE.includes(placement.status)) return null;
    const [reviews, agreement] = await Promise.all([
      context.loaders.reviewsByPlacement.load(placement.id),
      context.services.placements.currentAgreementOf(context, placement.id),
    ]);
    return reviewDueOn({
      lastReviewOn: reviews[0]?.heldOn ?? null,
      nextReviewOn: reviews[0]?.nextReviewOn ?? null,
      startedOn: placement.startedOn ?? agreement.startDate ?? null,
      intervalWeeks: agreement.reviewIntervalWeeks,
    });
  }

  /** Progress against each objective given: objectives of this placement, at most once each. */
  private async progressAgainstObjectives(em: EntityManager, placement: Placement, entries: ObjectiveProgressInput[]): Promise<ObjectiveProgress[]> {
    const objectives = await em.find(PlanObjective, { placement: placement.id });
    const seen = new Set<string>();
    return entries.map((entry, index) => {
      const field = `objectiveProgress[${index}]`;
      const objective = objectives.find((candidate) => candidate.id === entry.objectiveId.toLowerCase());
      if (!objective) throw badInput(`${field}.objectiveId`, 'Choose an objective of this placement’s plan');
      if (seen.has(objective.id)) throw badInput(`${field}.objectiveId`, `Progress against objective ${objective.position} is given more than once`);
      seen.add(objective.id);
      const progress = requiredNote(entry.progress, `${field}.progress`, `progress against objective ${objective.position}`);
      return Object.assign(new ObjectiveProgress(), { objectiveId: objective.id, objective: objective.description, progress });
    });
  }

  /** Once a placement has ended, the provider may still send the report for its last period, and only that. */
  private async assertLastPeriod(em: EntityManager, placement: Placement, periodEnd: string): Promise<void> {
    if (placement.endedOn && periodEnd > placement.endedOn) {
      throw badInput('periodEnd', `The last day the report covers must be on or before ${formatLongDate(placement.endedOn)}, when the placement ended`);
    }
    const later = await em.count(ProgressReport, { placement: placement.id, periodEnd: { $gte: periodEnd } });
    if (later > 0) throw conflict('The placement has ended: only a report on its last period, after every earlier report, can still be sent');
  }

  /** Every read of a pupil's monitoring record is audited; the placement's own visibility decides who finds it. */
  private async readerEm(context: Context): Promise<EntityManager> {
    assertCan(context.auth.actor, 'placement:read');
    return context.tenant.em();
  }
}
