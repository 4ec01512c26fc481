import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { Config } from '../config.js';
import { badInput, conflict } from '../common/errors.js';
import type { Context } from '../graphql/context.js';
import { Portal, portalLink } from '../notifications/links.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { requireText } from '../organisations/identifiers.js';
import { Role } from '../people/role.js';
import { formatLongDate } from '../qa/evidence-dates.js';
import type { EndPlacementInput, ObjectiveOutcomeInput, SubmitFinalReportInput } from './ending.inputs.js';
import { FinalReport } from './final-report.entity.js';
import {
  assertStatus,
  notifyAfterCommit,
  optionalNote,
  pastDateWithin,
  percentage,
  providerPlacement,
  requiredNote,
  schoolPlacement,
} from './monitoring.rules.js';
import { PlanObjective } from './objective.entity.js';
import { Destination, type Placement, PlacementStatus } from './placement.entity.js';

/** The end of a placement: the provider's final report and the school's record of the ending (seed 003). */
export class EndingService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** The final report of each placement, or null (DataLoader batch function). */
  async finalReportsOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<(FinalReport | null)[]> {
    const reports = await em.find(FinalReport, { placement: { $in: [...placementIds] } });
    return placementIds.map((id) => reports.find((report) => report.placement.id === id) ?? null);
  }

  async submitFinalReport(context: Context, input: SubmitFinalReportInput): Promise<FinalReport> {
    const em = await context.tenant.em();
    const { actor, placement } = await providerPlacement(context, em, 'placement:report', input.placementId);
    assertStatus(placement, [PlacementStatus.ACTIVE, PlacementStatus.ENDED], 'The final report can be written only on an active or ended placement');
    if (await em.count(FinalReport, { placement: placement.id })) throw conflict('The final report on this placement has already been sent');
    const report = em.create(FinalReport, {
      placement,
      attainmentAndProgress: requiredNote(input.attainmentAndProgress, 'attainmentAndProgress', 'the attainment and progress during the placement'),
      attendancePercent: input.attendancePercent == null ? null : percentage(input.attendancePercent, 'attendancePercent'),
      attendanceRecord: requiredNote(input.attendanceRecord, 'attendanceRecord', 'the attendance record'),
      behaviourChange: requiredNote(input.behaviourChange, 'behaviourChange', 'the evidence of change in behaviour'),
      pupilViews: requiredNote(input.pupilViews, 'pupilViews', "the pupil's view of the placement"),
      nextSteps: optionalNote(input.nextSteps, 'nextSteps', 'the next steps'),
      staffName: requireText(input.staffName, 'staffName', 'the name of the member of staff writing the report'),
      writtenById: actor.userId,
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'FinalReport', subjectId: report.id, operation: 'submitFinalReport' });
    await em.flush();
    const provider = await placement.provider.loadOrFail();
    await notifyAfterCommit(context, em, this.notifications, {
      organisationId: placement.school.id,
      roles: [Role.AP_LEAD],
      kind: 'FINAL_REPORT_SUBMITTED',
      title: `Final report from ${provider.name}`,
      body: `${provider.name} has sent the final report on a placement: attainment and progress, attendance, behaviour and the pupil's view.`,
      link: portalLink(this.config.publicUrl, Portal.SCHOOL, `/placements/${placement.id}`, {}),
    });
    return report;
  }

  /** Ends an active placement in one go: the placement, every objective's outcome, and the provider's managers told. */
  async endPlacement(context: Context, input: EndPlacementInput): Promise<Placement> {
    const em = await context.tenant.em();
    const { placement } = await schoolPlacement(context, em, 'placement:commission', input.placementId);
    assertStatus(placement, [PlacementStatus.ACTIVE], 'Only an active placement can be ended');
    const endedOn = pastDateWithin(placement, input.endedOn, 'endedOn', 'the end date');
    const endReason = requiredNote(input.endReason, 'endReason', 'why the placement ended');
    if (!input.destination) throw badInput('destination', "Select the pupil's destination");
    const destinationDetail = optionalNote(input.destinationDetail, 'destinationDetail', 'the destination detail');
    if (input.destination === Destination.OTHER && !destinationDetail) throw badInput('destinationDetail', "Enter the pupil's destination");
    await this.recordOutcomes(em, placement, input.objectiveOutcomes);
    Object.assign(placement, { status: PlacementStatus.ENDED, endedOn, endReason, destination: input.destination, destinationDetail });
    this.audit.record(em, context, { action: 'write', subjectType: 'Placement', subjectId: placement.id, operation: 'endPlacement' });
    await em.flush();
    const [school, reported] = await Promise.all([placement.school.loadOrFail(), em.count(FinalReport, { placement: placement.id })]);
    await notifyAfterCommit(context, em, this.notifications, {
      organisationId: placement.provider.id,
      roles: [Role.PROVIDER_MANAGER],
      kind: 'PLACEMENT_ENDED',
      title: `${school.name} has ended a placement`,
      body: `The placement ended on ${formatLongDate(endedOn)}.${reported ? '' : ' Write the final report on the placement page.'}`,
      link: portalLink(this.config.publicUrl, Portal.PROVIDER, `/placements/${placement.id}`, {}),
    });
    return placement;
  }

  /** Sets an outcome on every objective of the plan; entries name objectives of this placement, once each. */
  private async recordOutcomes(em: EntityManager, placement: Placement, entries: ObjectiveOutcomeInput[]): Promise<void> {
    const objectives = await em.find(PlanObjective, { placement: placement.id });
    const byObjective = new Map<string, ObjectiveOutcomeInput>();
    entries.forEach((entry, index) => {
      const id = entry.objectiveId.toLowerCase();
      if (!objectives.some((objective) => objective.id === id)) {
        throw badInput(`objectiveOutcomes[${index}].objectiveId`, 'Choose an objective of this placement’s plan');
      }
      if (byObjective.has(id)) throw badInput(`objectiveOutcomes[${index}].objectiveId`, 'Give one outcome for each objective');
      byObjective.set(id, entry);
    });
    for (const objective of objectives) {
      const entry = byObjective.get(objective.id);
      if (!entry?.outcome) throw badInput('objectiveOutcomes', 'Record an outcome for every objective');
      objective.outcome = entry.outcome;
      objective.outcomeNote = optionalNote(entry.note, 'objectiveOutcomes', `the evidence for objective ${objective.position}`);
    }
  }
}
