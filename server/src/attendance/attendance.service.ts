import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { assertCan } from '../auth/permissions.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { User } from '../people/user.entity.js';
import type { PlacementAgreement } from '../placements/agreement.entity.js';
import { Placement, PlacementStatus } from '../placements/placement.entity.js';
import type { Pupil } from '../pupils/pupil.entity.js';
import { parseDate } from '../qa/assessment.dates.js';
import { addDays, formatLongDate, todayInEngland } from '../qa/evidence-dates.js';
import { optionalText } from '../qa/framework.rules.js';
import { addCounts, countsOf, type Now, recentUnauthorised, sessionKey, summaryOf, unreportedSessions } from './attendance-summary.js';
import type { DateRangeInput, RecordSessionMarksInput, SessionMarkInput } from './attendance.inputs.js';
import type { AttendanceExport, AttendanceGrid, AttendanceGridCell, AttendanceSummary, WeeklyAttendance } from './attendance.types.js';
import { registerCode } from './register-codes.js';
import { daysBetween, mondayOf, slotOn, timeInEngland, timetabledSessions } from './school-days.js';
import { AttendanceMark, SessionMark, SessionMarkChange } from './session-mark.entity.js';

const MAX_MARKS = 1000;
const NOTE_LENGTH = 500;
const MAX_GRID_DAYS = 31;
const MAX_RANGE_DAYS = 366;

type Member = Actor & { organisationId: string; membershipId: string };

/** A mark checked against its placement, ready to write. */
interface ValidMark {
  index: number;
  placement: Placement;
  date: string;
  session: SessionMark['session'];
  mark: AttendanceMark;
  minutesLate: number | null;
  absenceReason: SessionMark['absenceReason'];
  /** Undefined when not sent: an existing mark keeps its note (the grid does not show notes). */
  note: string | null | undefined;
  correctionReason: string | null;
}

/**
 * Session attendance: the provider records AM/PM marks of its active placements (all of a batch
 * or none), corrections keep their history, the school reads summaries and exports register codes.
 */
export class AttendanceService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
  ) {}

  async recordSessionMarks(context: Context, input: RecordSessionMarksInput): Promise<SessionMark[]> {
    const actor = providerMember(context);
    if (input.marks.length === 0) throw badInput('marks', 'Add at least one mark');
    if (input.marks.length > MAX_MARKS) throw badInput('marks', `Record at most ${MAX_MARKS} marks at a time`);
    const em = await context.tenant.em();
    const placements = await this.recordablePlacements(em, actor, input.marks);
    const agreements = await this.currentAgreements(context, [...placements.values()]);
    const today = todayInEngland();
    const marks = input.marks.map((mark, index) => validMark(mark, index, placements, agreements, today));
    assertEachSessionOnce(marks);
    const recorder = await em.findOneOrFail(User, actor.userId);
    const { saved, written, newlyAbsent } = await this.save(em, marks, recorder, today);
    for (const id of written) this.audit.record(em, context, { action: 'write', subjectType: 'SessionMark', subjectId: id, operation: 'recordSessionMarks' });
    await em.flush();
    await this.reportAbsences(em, context, saved.filter((mark) => newlyAbsent.has(mark.id)));
    return saved;
  }

  /** The provider's register for a day or a week: each active placement with its timetabled sessions and marks so far. */
  async grid(context: Context, range: DateRangeInput): Promise<AttendanceGrid> {
    const actor = providerMember(context);
    const { from, to } = validRange(range, MAX_GRID_DAYS);
    const em = await context.tenant.em();
    const placements = await em.find(Placement, { provider: actor.organisationId, status: PlacementStatus.ACTIVE });
    placements.sort((a, b) => (a.shared?.name ?? '').localeCompare(b.shared?.name ?? '') || a.id.localeCompare(b.id));
    const ids = placements.map((p) => p.id);
    const [agreements, marks] = await Promise.all([
      this.currentAgreements(context, placements),
      em.find(SessionMark, { placement: { $in: ids }, date: { $gte: from, $lte: to } }),
    ]);
    this.audit.recordReads(em, context, 'Placement', ids, 'attendanceGrid');
    const today = todayInEngland();
    const rows = placements.map((placement) => {
      const within = placementDays(placement, from, to < today ? to : today);
      const timetable = agreements.get(placement.id)?.timetable ?? [];
      return { placement, cells: gridCells(timetable, within, marks.filter((m) => m.placement.id === placement.id)) };
    });
    return { from, to, rows };
  }

  /** A placement's marks in a range, by date then session. Visible to whoever can read the placement. */
  async marksOf(context: Context, placement: Placement, range: DateRangeInput): Promise<SessionMark[]> {
    const { from, to } = validRange(range, MAX_RANGE_DAYS);
    const marks = await context.loaders.sessionMarksByPlacement.load(placement.id);
    return marks.filter((m) => m.date >= from && m.date <= to);
  }

  async placementSummary(context: Context, placement: Placement): Promise<AttendanceSummary> {
    const [marks, policy] = await Promise.all([
      context.loaders.sessionMarksByPlacement.load(placement.id),
      context.loaders.policyBySchool.load(placement.school.id),
    ]);
    const now = nowInEngland();
    return summaryOf(countsOf(marks), policy.attendanceTargetPercent, recentUnauthorised(marks, now.date), await this.notYetReported(context, placement, marks, now));
  }

  /** Across every placement of the pupil (school and LA readers only: providers never see pupil records). */
  async pupilSummary(context: Context, pupil: Pupil): Promise<AttendanceSummary> {
    const placements = await context.loaders.placementsByPupil.load(pupil.id);
    const [markLists, policy] = await Promise.all([
      context.loaders.sessionMarksByPlacement.loadMany(placements.map((p) => p.id)),
      context.loaders.policyBySchool.load(pupil.school.id),
    ]);
    const marks = markLists.map(loaded);
    const now = nowInEngland();
    const unreported = await Promise.all(placements.map((placement, i) => this.notYetReported(context, placement, marks[i], now)));
    return summaryOf(
      addCounts(marks.map(countsOf)),
      policy.attendanceTargetPercent,
      marks.reduce((total, list) => total + recentUnauthorised(list, now.date), 0),
      unreported.reduce((total, n) => total + n, 0),
    );
  }

  /** Counts per week (Monday to Sunday) in the range: what a weekly-reporting provider sends the school. */
  async weeklyAttendance(context: Context, placement: Placement, range: DateRangeInput): Promise<WeeklyAttendance[]> {
    const { from, to } = validRange(range, MAX_RANGE_DAYS);
    const [marks, agreement] = await Promise.all([
      context.loaders.sessionMarksByPlacement.load(placement.id),
      context.loaders.agreementsByPlacement.load(placement.id).then(([current]) => current),
    ]);
    const today = todayInEngland();
    const weeks: WeeklyAttendance[] = [];
    for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) {
      const start = monday < from ? from : monday;
      const end = addDays(monday, 6) > to ? to : addDays(monday, 6);
      const inWeek = marks.filter((m) => m.date >= start && m.date <= end);
      const within = placementDays(placement, start, end < today ? end : today);
      const timetabled = within ? timetabledSessions(agreement?.timetable ?? [], within.from, within.to) : [];
      const marked = new Set(inWeek.map(sessionKey));
      weeks.push({
        weekStarting: monday,
        ...countsOf(inWeek),
        timetabledSessions: timetabled.length,
        unmarkedSessions: timetabled.filter((s) => !marked.has(sessionKey(s))).length,
      });
    }
    return weeks;
  }

  /** The school's marked sessions in a range as CSV (UPN, date, session, code) for its MIS. */
  async exportForSchool(context: Context, range: DateRangeInput): Promise<AttendanceExport> {
    const actor = assertCan(context.auth.actor, 'attendance:export');
    if (actor.organisationKind !== OrganisationKind.SCHOOL) throw forbidden('Only a school exports its attendance.');
    const { from, to } = validRange(range, MAX_RANGE_DAYS);
    const em = await context.tenant.em();
    const threshold = await context.loaders.fullTimeThresholdBySchool.load(actor.organisationId);
    const rows = await em.execute<ExportRow[]>(
      `select pu.id as pupil_id, pu.upn, m.date::text as date, m.session, m.mark, m.absence_reason,
              p.legal_basis, p.dual_registered, p.home_school_hours_per_week, a.hours_per_week
         from session_mark m
         join placement p on p.id = m.placement_id
         join pupil pu on pu.id = p.pupil_id
         left join lateral (select x.hours_per_week from placement_agreement x where x.placement_id = p.id order by x.version desc limit 1) a on true
        where p.school_id = ? and m.date between ? and ?
        order by m.date, m.session, pu.upn`,
      [actor.organisationId, from, to],
    );
    const lines = rows.flatMap((row) => {
      const code = registerCode(
        { legalBasis: row.legal_basis, dualRegistered: row.dual_registered, partTimeTimetable: Number(row.hours_per_week ?? 0) + Number(row.home_school_hours_per_week) < threshold },
        { mark: row.mark, absenceReason: row.absence_reason },
      );
      return code ? [[row.upn, row.date, row.session, code].join(',')] : [];
    });
    this.audit.recordReads(em, context, 'Pupil', [...new Set(rows.map((row) => row.pupil_id))], 'attendanceExport');
    return { filename: `ap-attendance-${from}-to-${to}.csv`, csv: ['UPN,date,session,code', ...lines].join('\r\n') + '\r\n', rowCount: lines.length };
  }

  /** DataLoader batch: every mark of each placement, by date then session. */
  async marksOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<SessionMark[][]> {
    const rows = await em.find(SessionMark, { placement: { $in: [...placementIds] } }, { orderBy: { date: 'asc', session: 'asc' } });
    return placementIds.map((id) => rows.filter((row) => row.placement.id === id));
  }

  /** DataLoader batch: each mark's corrections, oldest first. */
  async changesOfMarks(em: EntityManager, markIds: readonly string[]): Promise<SessionMarkChange[][]> {
    const rows = await em.find(SessionMarkChange, { mark: { $in: [...markIds] } }, { orderBy: { changedAt: 'asc' } });
    return markIds.map((id) => rows.filter((row) => row.mark.id === id));
  }

  private async recordablePlacements(em: EntityManager, actor: Member, marks: readonly SessionMarkInput[]): Promise<Map<string, Placement>> {
    const ids = [...new Set(marks.map((mark, i) => asUuid(mark.placementId, `marks.${i}.placementId`)))];
    const found = await em.find(Placement, { id: { $in: ids }, provider: actor.organisationId });
    const placements = new Map(found.map((p) => [p.id, p]));
    marks.forEach((mark, i) => {
      const placement = placements.get(mark.placementId.toLowerCase());
      if (!placement) throw notFound('Placement');
      if (placement.status !== PlacementStatus.ACTIVE) throw conflict('Attendance can be recorded only while the placement is active', `marks.${i}.placementId`);
    });
    return placements;
  }

  private async currentAgreements(context: Context, placements: readonly Placement[]): Promise<Map<string, PlacementAgreement>> {
    const versions = await context.loaders.agreementsByPlacement.loadMany(placements.map((p) => p.id));
    return new Map(placements.flatMap((p, i) => {
      const [current] = loaded(versions[i]);
      return current ? [[p.id, current] as const] : [];
    }));
  }

  /**
   * Inserts new marks, then corrects existing ones, in key order so concurrent batches lock rows in
   * the same order. Returns the marks in input order, the ids written, and those newly absent.
   */
  private async save(em: EntityManager, marks: readonly ValidMark[], recorder: User, today: string) {
    const ordered = [...marks].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
    const insertedIds = await insertNewMarks(em, ordered, recorder);
    const corrections = await this.applyCorrections(em, ordered.filter((mark) => !insertedIds.has(mark.index)), recorder, today);
    const idOf = (mark: ValidMark) => insertedIds.get(mark.index) ?? corrections.ids.get(mark.index)!;
    const byId = new Map((await em.find(SessionMark, { id: { $in: marks.map(idOf) } })).map((mark) => [mark.id, mark]));
    const insertedAbsent = marks.filter((mark) => insertedIds.has(mark.index) && mark.mark === AttendanceMark.ABSENT).map(idOf);
    return {
      saved: marks.map((mark) => byId.get(idOf(mark))!),
      written: [...insertedIds.values(), ...corrections.changed],
      newlyAbsent: new Set([...insertedAbsent, ...corrections.newlyAbsent]),
    };
  }

  /**
   * Marks already there, locked (SELECT ... FOR UPDATE) so a concurrent recording of the same
   * session waits and then compares against what this one wrote: never a lost correction.
   */
  private async applyCorrections(em: EntityManager, marks: readonly ValidMark[], recorder: User, today: string) {
    const ids = new Map<number, string>();
    const changed = new Set<string>();
    const newlyAbsent = new Set<string>();
    if (marks.length === 0) return { ids, changed, newlyAbsent };
    const stored = await em.find(
      SessionMark,
      { $or: marks.map((m) => ({ placement: m.placement.id, date: m.date, session: m.session })) },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { placement: 'asc', date: 'asc', session: 'asc' } },
    );
    const byKey = new Map(stored.map((row) => [markKey(row.placement.id, row), row]));
    for (const mark of marks) {
      const current = byKey.get(markKey(mark.placement.id, mark))!;
      ids.set(mark.index, current.id);
      const wanted = { ...mark, note: mark.note === undefined ? (current.note ?? null) : mark.note };
      if (sameMark(current, wanted)) continue;
      if (mark.date < today && !mark.correctionReason) throw badInput(`marks.${mark.index}.correctionReason`, 'Give a reason for correcting a past mark');
      if (mark.mark === AttendanceMark.ABSENT && current.mark !== AttendanceMark.ABSENT) newlyAbsent.add(current.id);
      correct(em, current, wanted, recorder);
      changed.add(current.id);
    }
    return { ids, changed, newlyAbsent };
  }

  private async reportAbsences(em: EntityManager, context: Context, absences: readonly SessionMark[]): Promise<void> {
    for (const mark of absences) {
      await context.services.alerts.absenceRecorded(em, context, {
        placementId: mark.placement.id,
        markId: mark.id,
        date: mark.date,
        session: mark.session,
        reason: mark.absenceReason!,
      });
    }
  }

  private async notYetReported(context: Context, placement: Placement, marks: readonly SessionMark[], now: Now): Promise<number> {
    if (placement.status !== PlacementStatus.ACTIVE || !placement.startedOn) return 0;
    const [agreement] = await context.loaders.agreementsByPlacement.load(placement.id);
    if (!agreement) return 0;
    const range = { from: placement.startedOn, to: placement.endedOn ?? now.date };
    const marked = new Set(marks.map(sessionKey));
    return unreportedSessions(agreement.timetable, agreement.attendanceReporting, range, marked, now, this.config.attendanceReportGraceMinutes).length;
  }
}

interface ExportRow {
  pupil_id: string;
  upn: string;
  date: string;
  session: string;
  mark: AttendanceMark;
  absence_reason: SessionMark['absenceReason'];
  legal_basis: Placement['legalBasis'];
  dual_registered: boolean;
  home_school_hours_per_week: number;
  hours_per_week: number | null;
}

/** A member of a provider who records attendance; schools, LAs and other kinds are refused. */
function providerMember(context: Context): Member {
  const actor = assertCan(context.auth.actor, 'attendance:record');
  if (actor.organisationKind !== OrganisationKind.PROVIDER) throw forbidden('Only the provider records attendance.');
  return actor;
}

function nowInEngland(): Now {
  const now = new Date();
  return { date: todayInEngland(now), time: timeInEngland(now) };
}

function loaded<T>(value: T | Error): T {
  if (value instanceof Error) throw value;
  return value;
}

function validRange(range: DateRangeInput, maxDays: number): { from: string; to: string } {
  const from = parseDate(range.from, 'from', 'the first day');
  const to = parseDate(range.to, 'to', 'the last day');
  if (to < from) throw badInput('to', 'The last day must be the same as or after the first day');
  if (daysBetween(from, to) >= maxDays) throw badInput('to', maxDays === MAX_RANGE_DAYS ? 'The range must be one year or shorter' : `Show at most ${maxDays} days at a time`);
  return { from, to };
}

/** The part of a range the placement covers (from its start to its end), or null if none. */
function placementDays(placement: Placement, from: string, to: string): { from: string; to: string } | null {
  const start = placement.startedOn && placement.startedOn > from ? placement.startedOn : from;
  const end = placement.endedOn && placement.endedOn < to ? placement.endedOn : to;
  return start <= end ? { from: start, to: end } : null;
}

function gridCells(timetable: PlacementAgreement['timetable'], within: { from: string; to: string } | null, marks: readonly SessionMark[]): AttendanceGridCell[] {
  const cells = new Map<string, AttendanceGridCell>();
  for (const s of within ? timetabledSessions(timetable, within.from, within.to) : []) {
    cells.set(sessionKey(s), { date: s.date, session: s.session, timetabled: true, mark: null });
  }
  for (const mark of marks) {
    const cell = cells.get(sessionKey(mark));
    if (cell) cell.mark = mark;
    else cells.set(sessionKey(mark), { date: mark.date, session: mark.session, timetabled: false, mark });
  }
  return [...cells.values()].sort((a, b) => compareKeys(a, b));
}

function validMark(input: SessionMarkInput, index: number, placements: Map<string, Placement>, agreements: Map<string, PlacementAgreement>, today: string): ValidMark {
  const at = `marks.${index}`;
  const placement = placements.get(input.placementId.toLowerCase())!;
  const date = parseDate(input.date, `${at}.date`, 'the date of the session');
  if (date > today) throw badInput(`${at}.date`, 'The date of the session must be today or in the past');
  if (placement.startedOn && date < placement.startedOn) {
    throw badInput(`${at}.date`, `The date of the session must be on or after the day the placement started, ${formatLongDate(placement.startedOn)}`);
  }
  if (placement.endedOn && date > placement.endedOn) {
    throw badInput(`${at}.date`, `The date of the session must be on or before the last day of the placement, ${formatLongDate(placement.endedOn)}`);
  }
  const timetable = agreements.get(placement.id)?.timetable ?? [];
  if (input.mark !== AttendanceMark.NOT_REQUIRED && !slotOn(timetable, date, input.session)) {
    throw badInput(`${at}.session`, `The ${input.session} session on ${formatLongDate(date)} is not in the timetable`);
  }
  return {
    index,
    placement,
    date,
    session: input.session,
    mark: input.mark,
    minutesLate: minutesLateOf(input, at),
    absenceReason: absenceReasonOf(input, at),
    note: input.note === undefined ? undefined : optionalText(input.note, `${at}.note`, 'The note', NOTE_LENGTH) || null,
    correctionReason: optionalText(input.correctionReason, `${at}.correctionReason`, 'The reason for the correction', NOTE_LENGTH) || null,
  };
}

function minutesLateOf(input: SessionMarkInput, at: string): number | null {
  const minutes = input.minutesLate ?? null;
  if (input.mark !== AttendanceMark.LATE) {
    if (minutes !== null) throw badInput(`${at}.minutesLate`, 'Minutes late can only be given for a late mark');
    return null;
  }
  if (minutes === null) throw badInput(`${at}.minutesLate`, 'Enter how many minutes late the pupil arrived');
  if (minutes < 1 || minutes > 300) throw badInput(`${at}.minutesLate`, 'Minutes late must be between 1 and 300');
  return minutes;
}

function absenceReasonOf(input: SessionMarkInput, at: string): SessionMark['absenceReason'] {
  const reason = input.absenceReason ?? null;
  if (input.mark !== AttendanceMark.ABSENT) {
    if (reason !== null) throw badInput(`${at}.absenceReason`, 'An absence reason can only be given for an absent mark');
    return null;
  }
  if (reason === null) throw badInput(`${at}.absenceReason`, 'Select the reason for the absence');
  return reason;
}

function assertEachSessionOnce(marks: readonly ValidMark[]): void {
  const seen = new Set<string>();
  for (const mark of marks) {
    const key = markKey(mark.placement.id, mark);
    if (seen.has(key)) throw badInput(`marks.${mark.index}.session`, `The ${mark.session} session on ${formatLongDate(mark.date)} is marked twice for the same pupil`);
    seen.add(key);
  }
}

/** Writes the history row (before and after) and changes the mark, one version up. */
function correct(em: EntityManager, current: SessionMark, mark: ValidMark & { note: string | null }, recorder: User): void {
  em.create(SessionMarkChange, {
    mark: current,
    previousMark: current.mark,
    previousMinutesLate: current.minutesLate,
    previousAbsenceReason: current.absenceReason,
    previousNote: current.note,
    newMark: mark.mark,
    newMinutesLate: mark.minutesLate,
    newAbsenceReason: mark.absenceReason,
    newNote: mark.note,
    changedById: recorder.id,
    changedByName: recorder.displayName,
    reason: mark.correctionReason,
  });
  Object.assign(current, {
    mark: mark.mark,
    minutesLate: mark.minutesLate,
    absenceReason: mark.absenceReason,
    note: mark.note,
    recordedById: recorder.id,
    recordedByName: recorder.displayName,
    recordedAt: new Date(),
    version: current.version + 1,
  });
}

function markKey(placementId: string, s: { date: string; session: string }): string {
  return `${placementId} ${sessionKey(s)}`;
}

function sameMark(stored: SessionMark, mark: ValidMark & { note: string | null }): boolean {
  return stored.mark === mark.mark && (stored.minutesLate ?? null) === mark.minutesLate && (stored.absenceReason ?? null) === mark.absenceReason && (stored.note ?? null) === mark.note;
}

type Key = { placementId?: string; date: string; session: string };

function keyOf(mark: ValidMark): Key {
  return { placementId: mark.placement.id, date: mark.date, session: mark.session };
}

function compareKeys(a: Key, b: Key): number {
  return (a.placementId ?? '').localeCompare(b.placementId ?? '') || a.date.localeCompare(b.date) || a.session.localeCompare(b.session);
}

/**
 * Inserts the marks no one has recorded yet in one statement. ON CONFLICT DO NOTHING waits for a
 * concurrent insert of the same session to commit, then skips it: the row is then corrected
 * (under a row lock) like any existing mark. Returns the new rows' ids by input index.
 */
async function insertNewMarks(em: EntityManager, marks: readonly ValidMark[], recorder: User): Promise<Map<number, string>> {
  const rows = marks.map((m) => ({
    id: randomUUID(),
    placement_id: m.placement.id,
    date: m.date,
    session: m.session,
    mark: m.mark,
    minutes_late: m.minutesLate,
    absence_reason: m.absenceReason,
    note: m.note ?? null,
  }));
  const inserted = await em.execute<{ id: string }[]>(
    `insert into session_mark (id, placement_id, date, session, mark, minutes_late, absence_reason, note, recorded_by_id, recorded_by_name, recorded_at, version)
     select x.id, x.placement_id, x.date, x.session, x.mark, x.minutes_late, x.absence_reason, x.note, ?, ?, now(), 1
       from jsonb_to_recordset(cast(? as jsonb)) as x(id uuid, placement_id uuid, date date, session text, mark text, minutes_late smallint, absence_reason text, note text)
      order by x.placement_id, x.date, x.session
     on conflict (placement_id, date, session) do nothing
     returning id`,
    [recorder.id, recorder.displayName, JSON.stringify(rows)],
  );
  const ids = new Set(inserted.map((row) => row.id));
  return new Map(marks.flatMap((m, i) => (ids.has(rows[i].id) ? [[m.index, rows[i].id] as const] : [])));
}
