import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import type { LiveEvents } from '../live/live-events.js';
import { Portal, portalLink } from '../notifications/links.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { Role } from '../people/role.js';
import { User } from '../people/user.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { optionalNote } from '../placements/monitoring.rules.js';
import { formatLongDate } from '../qa/evidence-dates.js';
import { AbsenceAlert } from './absence-alert.entity.js';
import type { AbsenceAlertFilter, AcknowledgeAbsenceAlertInput } from './alert.inputs.js';

/** What the attendance feature tells the alerts feature when a session is marked absent. */
export interface AbsenceRecorded {
  placementId: string;
  /** The session mark's id. */
  markId: string;
  date: string;
  session: 'AM' | 'PM';
  /** The absence reason code the provider gave. */
  reason: string;
}

/** A row of record_absence_alert: the alert, and the pupil's workers for the school's notification. */
interface RecordedAlert {
  alert_id: string;
  alert_school_id: string;
  created: boolean;
  alert_pupil_name: string;
  alert_social_worker_name: string | null;
  alert_social_worker_contact: string | null;
  alert_youth_offending_worker_name: string | null;
  alert_youth_offending_worker_contact: string | null;
}

/** Told at once of every absence (the AP lead commissions; the attendance lead keeps the register). */
const ALERTED_ROLES = [Role.ATTENDANCE_LEAD, Role.AP_LEAD];
const SESSION_WORDS = { AM: 'morning', PM: 'afternoon' } as const;

/** Absence alerts to the school's attendance and AP leads, live and by e-mail (issue 6). */
export class AlertService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly live: LiveEvents,
  ) {}

  /**
   * Called inside the recording transaction for every new or changed absence (by the provider).
   * One alert per mark: re-recording updates it. The first recording notifies the school's leads;
   * every recording tells open school portals live, once committed.
   */
  async absenceRecorded(em: EntityManager, context: Context, absence: AbsenceRecorded): Promise<void> {
    const [alert] = await em.execute<RecordedAlert[]>('select * from record_absence_alert(?, ?, ?, ?, ?)', [
      asUuid(absence.placementId),
      asUuid(absence.markId),
      absence.date,
      absence.session,
      absence.reason,
    ]);
    if (!alert) throw forbidden('Only the placement’s provider records its absences.');
    this.audit.record(em, context, { action: 'write', subjectType: 'AbsenceAlert', subjectId: alert.alert_id, operation: 'absenceRecorded' });
    await em.flush();
    if (alert.created) await this.notifySchool(em, context, absence, alert);
    context.tenant.afterCommit(() => this.live.publish({ type: 'ABSENCE_ALERT', organisationId: alert.alert_school_id, id: alert.alert_id }));
  }

  /** A school's alerts (alert:handle), or an LA's across its schools; newest first. */
  async list(context: Context, filter: AbsenceAlertFilter | null, page: PageArgs): Promise<Connection<AbsenceAlert>> {
    this.assertReader(context);
    const em = await context.tenant.em();
    const { offset, limit } = pageWindow(page);
    // Row-level security narrows to the school's own, or the LA's schools'.
    const where = filter?.unacknowledged ? { acknowledgedAt: null } : {};
    const [alerts, total] = await em.findAndCount(AbsenceAlert, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset, limit });
    this.audit.recordReads(em, context, 'AbsenceAlert', alerts.map((alert) => alert.id), 'absenceAlerts');
    return toConnection(alerts, total, offset);
  }

  /** One alert the actor may read (NOT_FOUND otherwise). */
  async byId(context: Context, id: string): Promise<AbsenceAlert> {
    this.assertReader(context);
    const em = await context.tenant.em();
    const alert = await em.findOne(AbsenceAlert, { id: asUuid(id, 'id') });
    if (!alert) throw notFound('Absence alert');
    this.audit.record(em, context, { action: 'read', subjectType: 'AbsenceAlert', subjectId: alert.id, operation: 'absenceAlert' });
    return alert;
  }

  async acknowledge(context: Context, input: AcknowledgeAbsenceAlertInput): Promise<AbsenceAlert> {
    const actor = assertCan(context.auth.actor, 'alert:handle');
    if (actor.organisationKind !== OrganisationKind.SCHOOL) throw forbidden();
    const em = await context.tenant.em();
    const alert = await em.findOne(AbsenceAlert, { id: asUuid(input.id, 'id') });
    if (!alert || alert.school.id !== actor.organisationId) throw notFound('Absence alert');
    if (alert.acknowledgedAt) throw conflict(`${alert.acknowledgedByName ?? 'Someone'} has already handled this alert`);
    if (input.workerInformed && !alert.hasWorker) throw badInput('workerInformed', 'The pupil has no social worker or youth offending team worker to inform');
    const handler = await em.findOneOrFail(User, actor.userId);
    const now = new Date();
    alert.acknowledgedAt = now;
    alert.acknowledgedById = actor.userId;
    alert.acknowledgedByName = handler.displayName;
    alert.note = optionalNote(input.note, 'note', 'the note');
    if (input.workerInformed) {
      alert.workerInformedAt = now;
      alert.workerInformedById = actor.userId;
      alert.workerInformedByName = handler.displayName;
    }
    this.audit.record(em, context, { action: 'write', subjectType: 'AbsenceAlert', subjectId: alert.id, operation: 'acknowledgeAbsenceAlert' });
    await em.flush();
    context.tenant.afterCommit(() => this.live.publish({ type: 'ABSENCE_ALERT', organisationId: alert.school.id, id: alert.id }));
    return alert;
  }

  /** School members who handle alerts, and LA officers who read their schools' pupils. */
  private assertReader(context: Context): void {
    const actor = context.auth.actor;
    if (actor?.organisationKind === OrganisationKind.LOCAL_AUTHORITY) {
      assertCan(actor, 'pupil:read');
      return;
    }
    if (assertCan(actor, 'alert:handle').organisationKind !== OrganisationKind.SCHOOL) throw forbidden();
  }

  private async notifySchool(em: EntityManager, context: Context, absence: AbsenceRecorded, alert: RecordedAlert): Promise<void> {
    const placement = await em.findOneOrFail(Placement, absence.placementId, { populate: ['provider'] });
    const when = `the ${SESSION_WORDS[absence.session]} session on ${formatLongDate(absence.date)}`;
    const emails = await this.notifications.notifyMembers(em, {
      organisationId: alert.alert_school_id,
      roles: ALERTED_ROLES,
      kind: 'ABSENCE_ALERT',
      title: `${alert.alert_pupil_name} was absent from ${placement.provider.getEntity().name}`,
      body: [
        `${placement.provider.getEntity().name} recorded ${alert.alert_pupil_name} absent from ${when}. Reason: ${reasonWords(absence.reason)}.`,
        ...workerLines(alert),
        'Record what you did on the absence alerts page.',
      ].join('\n\n'),
      link: portalLink(this.config.publicUrl, Portal.SCHOOL, '/alerts', {}),
      dedupeKey: `absence-alert:${alert.alert_id}`,
    });
    context.tenant.afterCommit(() => this.notifications.send(emails));
  }
}

/** "REASON_NOT_YET_KNOWN" -> "reason not yet known". */
function reasonWords(reason: string): string {
  return reason.toLowerCase().replaceAll('_', ' ');
}

/** Attendance guidance para 52 (domain.md §3.3), seed 001: tell the social worker and YOT worker immediately. */
function workerLines(alert: RecordedAlert): string[] {
  const workers = [
    ['a social worker', alert.alert_social_worker_name, alert.alert_social_worker_contact],
    ['a youth offending team worker', alert.alert_youth_offending_worker_name, alert.alert_youth_offending_worker_contact],
  ] as const;
  return workers
    .filter(([, name]) => name)
    .map(([who, name, contact]) => `${alert.alert_pupil_name} has ${who}: ${name} (${contact || 'no contact details recorded'}). Tell them about this absence immediately.`);
}
