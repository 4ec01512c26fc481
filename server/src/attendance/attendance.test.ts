import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestServer } from '../../test/harness.js';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { LegalBasis, type Placement, PlacementStatus } from '../placements/placement.entity.js';
import { ReportingCadence } from '../placements/agreement.entity.js';
import { daysFromToday, FULL_WEEK, type PlacementCast, placementCast, placementOf, type PlacementOptions, pupilOf, setPolicy, today, TWO_DAYS } from '../placements/placement.fixtures.js';
import { addDays } from '../qa/evidence-dates.js';
import { mondayOf, timetabledSessions, weekdayOf } from './school-days.js';
import { SessionMark, SessionMarkChange } from './session-mark.entity.js';

// A whole day of grace: today's sessions are never overdue, so "not yet reported" does not depend on the clock.
const t = useTestServer({ attendanceReportGraceMinutes: 24 * 60 });

const RECORD = `mutation Record($input: RecordSessionMarksInput!) {
  recordSessionMarks(input: $input) { id date session mark minutesLate absenceReason note version recordedByName
    changes { previousMark previousAbsenceReason newMark newAbsenceReason changedByName reason } } }`;
const GRID = `query Grid($input: DateRangeInput!) {
  attendanceGrid(input: $input) { from to rows { placement { id pupilSummary { name } } cells { date session timetabled mark { mark } } } } }`;
const EXPORT = `query Export($input: DateRangeInput!) { attendanceExport(input: $input) { filename csv rowCount } }`;
const SUMMARY = `query Summary($id: ID!) { placement(id: $id) { attendanceSummary {
  possibleSessions attendedSessions lateSessions authorisedAbsences unauthorisedAbsences percent targetPercent belowTarget
  unauthorisedInLastTenWeeks penaltyThresholdReached notYetReported } } }`;

let cast: PlacementCast;
let attendanceLead: Member;

beforeAll(async () => {
  cast = await placementCast(t);
  attendanceLead = await t.world.member(cast.school, [Role.ATTENDANCE_LEAD]);
});

/** An active placement with a full-week timetable that started four weeks ago. */
async function activePlacement(options: Partial<PlacementOptions> = {}): Promise<Placement> {
  const pupil = await pupilOf(t, cast.school);
  return placementOf(t, cast.head, { pupil, provider: cast.provider, timetable: FULL_WEEK, startDate: daysFromToday(-28), ...options });
}

/** School days before today, most recent first. */
function pastSchoolDays(count: number): string[] {
  const days: string[] = [];
  for (let date = daysFromToday(-1); days.length < count; date = addDays(date, -1)) if (weekdayOf(date)) days.push(date);
  return days;
}

const mark = (placement: Placement, date: string, fields: Record<string, unknown> = {}) => ({ placementId: placement.id, date, session: 'AM', mark: 'PRESENT', ...fields });
const record = (member: Member, marks: Record<string, unknown>[]) => member.client.request(RECORD, { input: { marks } });

async function storedMarks(placement: Placement): Promise<SessionMark[]> {
  return t.owner().find(SessionMark, { placement: placement.id }, { orderBy: { date: 'asc', session: 'asc' } });
}

describe('recording session marks', () => {
  it('lets the provider’s managers and staff record, and refuses schools, LAs and other providers', async () => {
    const placement = await activePlacement();
    const [day] = pastSchoolDays(1);
    const sessions: Record<string, string> = { manager: 'AM', providerStaff: 'PM' };
    await roleMatrix((actor, name) => record(actor, [mark(placement, day, { session: sessions[name] ?? 'AM' })]), {
      allowed: { manager: cast.manager, providerStaff: cast.providerStaff },
      refused: {
        head: cast.head,
        apLead: cast.apLead,
        attendanceLead,
        commissioner: cast.commissioner,
        hostCommissioner: cast.hostCommissioner,
        otherProviderManager: cast.otherProviderManager,
      },
    });
    expect((await storedMarks(placement)).map((m) => [m.session, m.mark, m.version])).toEqual([['AM', 'PRESENT', 1], ['PM', 'PRESENT', 1]]);
  });

  it('saves a batch all together, each mark in input order with who recorded it', async () => {
    const placement = await activePlacement();
    const [day] = pastSchoolDays(1);
    const result = await record(cast.providerStaff, [
      mark(placement, day, { session: 'PM', mark: 'LATE', minutesLate: 15 }),
      mark(placement, day, { mark: 'ABSENT', absenceReason: 'ILLNESS', note: 'Mum phoned at 8:30' }),
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordSessionMarks.map((m: SessionMark) => [m.session, m.mark, m.minutesLate, m.absenceReason, m.note, m.recordedByName])).toEqual([
      ['PM', 'LATE', 15, null, null, cast.providerStaff.name],
      ['AM', 'ABSENT', null, 'ILLNESS', 'Mum phoned at 8:30', cast.providerStaff.name],
    ]);
  });

  it.each([
    ['a date before the placement started', (p: Placement) => [mark(p, addDays(p.startedOn!, -7))], 'marks.0.date', 'on or after the day the placement started'],
    ['a future date', (p: Placement) => [mark(p, daysFromToday(7))], 'marks.0.date', 'must be today or in the past'],
    ['an impossible date', (p: Placement) => [mark(p, '2026-02-30')], 'marks.0.date', 'must be a real date'],
    ['a session not in the timetable', (p: Placement) => [mark(p, pastSchoolDays(5).find((d) => !['TUESDAY', 'THURSDAY'].includes(weekdayOf(d)!))!)], 'marks.0.session', 'not in the timetable'],
    ['late with no minutes', (p: Placement) => [mark(p, tuesdayOf(p), { mark: 'LATE' })], 'marks.0.minutesLate', 'Enter how many minutes late'],
    ['late by 301 minutes', (p: Placement) => [mark(p, tuesdayOf(p), { mark: 'LATE', minutesLate: 301 })], 'marks.0.minutesLate', 'between 1 and 300'],
    ['minutes late on a present mark', (p: Placement) => [mark(p, tuesdayOf(p), { minutesLate: 5 })], 'marks.0.minutesLate', 'only be given for a late mark'],
    ['absent with no reason', (p: Placement) => [mark(p, tuesdayOf(p), { mark: 'ABSENT' })], 'marks.0.absenceReason', 'Select the reason for the absence'],
    ['a reason on a present mark', (p: Placement) => [mark(p, tuesdayOf(p), { absenceReason: 'ILLNESS' })], 'marks.0.absenceReason', 'only be given for an absent mark'],
    ['the same session twice', (p: Placement) => [mark(p, tuesdayOf(p)), mark(p, tuesdayOf(p), { mark: 'LATE', minutesLate: 3 })], 'marks.1.session', 'marked twice'],
    ['a bad mark after a good one', (p: Placement) => [mark(p, tuesdayOf(p)), mark(p, daysFromToday(3), { session: 'PM' })], 'marks.1.date', 'today or in the past'],
  ])('refuses %s, naming the field, and saves nothing', async (_name, marks, field, message) => {
    const placement = await activePlacement({ timetable: TWO_DAYS });
    const result = await record(cast.manager, marks(placement));
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe(field);
    expect(result.errors?.[0].message).toContain(message);
    expect(await storedMarks(placement)).toEqual([]);
  });

  it('refuses an unknown absence reason at the schema', async () => {
    const placement = await activePlacement();
    const result = await record(cast.manager, [mark(placement, pastSchoolDays(1)[0], { mark: 'ABSENT', absenceReason: 'HOLIDAY' })]);
    expect(result.errors?.[0].message).toContain('HOLIDAY');
    expect(await storedMarks(placement)).toEqual([]);
  });

  it('accepts "not required" for a session outside the timetable', async () => {
    const placement = await activePlacement({ timetable: TWO_DAYS });
    const monday = pastSchoolDays(10).find((d) => weekdayOf(d) === 'MONDAY')!;
    const result = await record(cast.manager, [mark(placement, monday, { mark: 'NOT_REQUIRED' })]);
    expect(result.errors).toBeUndefined();
  });

  it('refuses placements that are not active, and other providers’ placements', async () => {
    const agreed = await activePlacement({ status: PlacementStatus.AGREED });
    const [day] = pastSchoolDays(1);
    const notActive = await record(cast.manager, [mark(agreed, day)]);
    expect(errorCode(notActive)).toBe('CONFLICT');
    expect(notActive.errors?.[0].message).toBe('Attendance can be recorded only while the placement is active');
    const elsewhere = await record(cast.otherProviderManager, [mark(await activePlacement(), day)]);
    expect(errorCode(elsewhere)).toBe('NOT_FOUND');
  });

  it('changes nothing and writes no history when the same mark is recorded again', async () => {
    const placement = await activePlacement();
    const day = pastSchoolDays(2)[1];
    const marks = [mark(placement, day, { mark: 'ABSENT', absenceReason: 'ILLNESS', note: 'Flu' })];
    const first = await record(cast.manager, marks);
    const again = await record(cast.providerStaff, marks);
    expect(again.errors).toBeUndefined();
    expect(again.data?.recordSessionMarks[0]).toEqual({ ...first.data?.recordSessionMarks[0] });
    expect(again.data?.recordSessionMarks[0]).toMatchObject({ version: 1, changes: [], recordedByName: cast.manager.name });
  });

  it('keeps the note when the same mark is sent again without one', async () => {
    const placement = await activePlacement();
    const [day] = pastSchoolDays(1);
    await record(cast.manager, [mark(placement, day, { note: 'Arrived with a parent' })]);
    const again = await record(cast.manager, [mark(placement, day)]);
    expect(again.data?.recordSessionMarks[0]).toMatchObject({ note: 'Arrived with a parent', version: 1, changes: [] });
    const cleared = await record(cast.manager, [mark(placement, day, { note: null, correctionReason: 'Note was for another pupil' })]);
    expect(cleared.data?.recordSessionMarks[0]).toMatchObject({ note: null, version: 2 });
  });

  it('keeps a correction in the history, and needs a reason to correct an earlier day', async () => {
    const placement = await activePlacement();
    const [day] = pastSchoolDays(1);
    await record(cast.manager, [mark(placement, day, { mark: 'ABSENT', absenceReason: 'REASON_NOT_YET_KNOWN' })]);
    const noReason = await record(cast.providerStaff, [mark(placement, day, { mark: 'ABSENT', absenceReason: 'ILLNESS' })]);
    expect(errorField(noReason)).toBe('marks.0.correctionReason');
    expect(noReason.errors?.[0].message).toBe('Give a reason for correcting a past mark');
    const corrected = await record(cast.providerStaff, [mark(placement, day, { mark: 'ABSENT', absenceReason: 'ILLNESS', correctionReason: 'Parent called back: ill' })]);
    expect(corrected.data?.recordSessionMarks[0]).toMatchObject({
      version: 2,
      absenceReason: 'ILLNESS',
      recordedByName: cast.providerStaff.name,
      changes: [{ previousMark: 'ABSENT', previousAbsenceReason: 'REASON_NOT_YET_KNOWN', newMark: 'ABSENT', newAbsenceReason: 'ILLNESS', changedByName: cast.providerStaff.name, reason: 'Parent called back: ill' }],
    });
  });

  it.skipIf(weekdayOf(today()) === null)('corrects a mark of today without a reason', async () => {
    const placement = await activePlacement();
    await record(cast.manager, [mark(placement, today())]);
    const corrected = await record(cast.manager, [mark(placement, today(), { mark: 'LATE', minutesLate: 10 })]);
    expect(corrected.data?.recordSessionMarks[0]).toMatchObject({ version: 2, changes: [{ previousMark: 'PRESENT', newMark: 'LATE', reason: null }] });
  });

  it('tells the alerts feature of each new absence, and of a mark changed to absent, once', async () => {
    const placement = await activePlacement();
    const [day, earlier] = pastSchoolDays(2);
    const absenceRecorded = vi.spyOn(t.server.services.alerts, 'absenceRecorded');
    try {
      const first = await record(cast.manager, [mark(placement, day, { mark: 'ABSENT', absenceReason: 'UNAUTHORISED' }), mark(placement, earlier)]);
      await record(cast.manager, [mark(placement, day, { mark: 'ABSENT', absenceReason: 'UNAUTHORISED' })]);
      await record(cast.manager, [mark(placement, earlier, { mark: 'ABSENT', absenceReason: 'ILLNESS', correctionReason: 'Was sent home ill' })]);
      expect(absenceRecorded.mock.calls.map(([, , absence]) => absence)).toEqual([
        { placementId: placement.id, markId: first.data?.recordSessionMarks[0].id, date: day, session: 'AM', reason: 'UNAUTHORISED' },
        { placementId: placement.id, markId: first.data?.recordSessionMarks[1].id, date: earlier, session: 'AM', reason: 'ILLNESS' },
      ]);
    } finally {
      absenceRecorded.mockRestore();
    }
  });
});

describe('two staff recording the same session at once', () => {
  it('ends with one row per session and a history of the correction, never two rows or a lost change', async () => {
    const placement = await activePlacement();
    const days = pastSchoolDays(5);
    const results = await Promise.all(
      days.flatMap((day) => [
        record(cast.manager, [mark(placement, day, { correctionReason: 'Register checked' })]),
        record(cast.providerStaff, [mark(placement, day, { mark: 'ABSENT', absenceReason: 'ILLNESS', correctionReason: 'Register checked' })]),
      ]),
    );
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    const stored = await storedMarks(placement);
    expect(stored).toHaveLength(5);
    const changes = await t.owner().find(SessionMarkChange, { mark: { $in: stored.map((m) => m.id) } });
    for (const row of stored) {
      const history = changes.filter((c) => c.mark.id === row.id);
      expect(row.version).toBe(2);
      expect(history).toHaveLength(1);
      expect(history[0].newMark).toBe(row.mark);
      expect(history[0].previousMark).toBe(row.mark === 'PRESENT' ? 'ABSENT' : 'PRESENT');
    }
  });

  it('chains two simultaneous corrections of an existing mark, each seeing the other’s', async () => {
    const placement = await activePlacement();
    const days = pastSchoolDays(4);
    await record(cast.manager, days.map((day) => mark(placement, day)));
    await Promise.all(
      days.flatMap((day) => [
        record(cast.manager, [mark(placement, day, { mark: 'LATE', minutesLate: 5, correctionReason: 'Bus was late' })]),
        record(cast.providerStaff, [mark(placement, day, { mark: 'ABSENT', absenceReason: 'ILLNESS', correctionReason: 'Went home ill' })]),
      ]),
    );
    const stored = await storedMarks(placement);
    const changes = await t.owner().find(SessionMarkChange, { mark: { $in: stored.map((m) => m.id) } }, { orderBy: { changedAt: 'asc' } });
    for (const row of stored) {
      const [first, second] = changes.filter((c) => c.mark.id === row.id);
      expect(row.version).toBe(3);
      expect([first.previousMark, first.newMark === second.previousMark, second.newMark === row.mark]).toEqual(['PRESENT', true, true]);
    }
  });

  it('writes one row and no history when both record the same mark', async () => {
    const placement = await activePlacement();
    const [day] = pastSchoolDays(1);
    const results = await Promise.all([record(cast.manager, [mark(placement, day)]), record(cast.providerStaff, [mark(placement, day)])]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const stored = await storedMarks(placement);
    expect(stored.map((m) => m.version)).toEqual([1]);
    expect(await t.owner().count(SessionMarkChange, { mark: stored[0].id })).toBe(0);
  });
});

describe('the attendance grid', () => {
  it('is for the provider’s managers and staff only', async () => {
    const input = { from: pastSchoolDays(1)[0], to: pastSchoolDays(1)[0] };
    await roleMatrix((actor) => actor.client.request(GRID, { input }), {
      allowed: { manager: cast.manager, providerStaff: cast.providerStaff },
      refused: { head: cast.head, attendanceLead, commissioner: cast.commissioner, hostCommissioner: cast.hostCommissioner },
    });
  });

  it('shows each active placement’s timetabled sessions with their marks, and no one else’s placements', async () => {
    const placement = await activePlacement({ timetable: TWO_DAYS });
    const ended = await activePlacement({ status: PlacementStatus.ENDED });
    const monday = mondayOf(daysFromToday(-7));
    await record(cast.manager, [mark(placement, addDays(monday, 1), { session: 'PM', mark: 'ABSENT', absenceReason: 'MEDICAL_APPOINTMENT' })]);
    const result = await cast.providerStaff.client.request(GRID, { input: { from: monday, to: addDays(monday, 4) } });
    const rows = result.data?.attendanceGrid.rows as { placement: { id: string }; cells: unknown[] }[];
    expect(rows.find((r) => r.placement.id === ended.id)).toBeUndefined();
    expect(rows.find((r) => r.placement.id === placement.id)?.cells).toEqual([
      { date: addDays(monday, 1), session: 'AM', timetabled: true, mark: null },
      { date: addDays(monday, 1), session: 'PM', timetabled: true, mark: { mark: 'ABSENT' } },
      { date: addDays(monday, 3), session: 'AM', timetabled: true, mark: null },
      { date: addDays(monday, 3), session: 'PM', timetabled: true, mark: null },
    ]);
    const other = await cast.otherProviderManager.client.request(GRID, { input: { from: monday, to: addDays(monday, 4) } });
    expect(other.data?.attendanceGrid.rows).toEqual([]);
  });

  it('refuses a backwards range or one over 31 days', async () => {
    const backwards = await cast.manager.client.request(GRID, { input: { from: today(), to: daysFromToday(-1) } });
    expect(errorField(backwards)).toBe('to');
    const long = await cast.manager.client.request(GRID, { input: { from: daysFromToday(-31), to: today() } });
    expect(long.errors?.[0].message).toBe('Show at most 31 days at a time');
  });

  it('reads the same number of queries whatever the number of placements (no N+1)', async () => {
    const provider = await t.world.provider({ la: cast.hostLa });
    const manager = await t.world.member(provider, [Role.PROVIDER_MANAGER]);
    const input = { from: mondayOf(daysFromToday(-7)), to: addDays(mondayOf(daysFromToday(-7)), 4) };
    const gridQueries = async () => {
      let rows = 0;
      const queries = await t.countQueries(async () => {
        rows = (await manager.client.request(GRID, { input })).data?.attendanceGrid.rows.length;
      });
      return { rows, queries: queries.length };
    };
    const placeAt = async () => placementOf(t, cast.head, { pupil: await pupilOf(t, cast.school), provider, timetable: FULL_WEEK, startDate: daysFromToday(-28) });
    await placeAt();
    const withOne = await gridQueries();
    for (let i = 0; i < 4; i++) await placeAt();
    const withFive = await gridQueries();
    expect([withOne.rows, withFive.rows]).toEqual([1, 5]);
    expect(withFive.queries).toBe(withOne.queries);
  });
});

describe('attendance summaries', () => {
  it('counts attendance against the school’s target, the penalty threshold and what is not yet reported', async () => {
    await setPolicy(t, cast.school, { attendanceTargetPercent: 90 });
    const placement = await activePlacement();
    const days = pastSchoolDays(12);
    await record(cast.manager, [
      mark(placement, days[0], { mark: 'LATE', minutesLate: 20 }),
      mark(placement, days[1], { mark: 'ABSENT', absenceReason: 'ILLNESS' }),
      mark(placement, days[1], { session: 'PM', mark: 'ABSENT', absenceReason: 'TRANSPORT_NOT_AVAILABLE' }),
      ...days.slice(2, 12).map((day) => mark(placement, day, { mark: 'ABSENT', absenceReason: 'UNAUTHORISED' })),
    ]);
    const timetabledSoFar = timetabledSessions(FULL_WEEK, placement.startedOn!, daysFromToday(-1)).length;
    const result = await cast.head.client.request(SUMMARY, { id: placement.id });
    expect(result.data?.placement.attendanceSummary).toEqual({
      possibleSessions: 12,
      attendedSessions: 1,
      lateSessions: 1,
      authorisedAbsences: 1,
      unauthorisedAbsences: 10,
      percent: 8.3,
      targetPercent: 90,
      belowTarget: true,
      unauthorisedInLastTenWeeks: 10,
      penaltyThresholdReached: true,
      notYetReported: timetabledSoFar - 13,
    });
  });

  it('can be read by whoever reads the placement', async () => {
    const placement = await activePlacement();
    await roleMatrix((actor) => actor.client.request(SUMMARY, { id: placement.id }), {
      allowed: { head: cast.head, manager: cast.manager, commissioner: cast.commissioner },
      refused: { otherSchoolHead: cast.otherSchoolHead, otherProviderManager: cast.otherProviderManager, otherLaCommissioner: cast.otherLaCommissioner },
    });
  });

  it('adds up a pupil’s placements for the school', async () => {
    const pupil = await pupilOf(t, cast.school);
    const first = await placementOf(t, cast.head, { pupil, provider: cast.provider, timetable: FULL_WEEK, startDate: daysFromToday(-28) });
    const second = await placementOf(t, cast.head, { pupil, provider: cast.provider, timetable: FULL_WEEK, startDate: daysFromToday(-28) });
    const [day] = pastSchoolDays(1);
    await record(cast.manager, [mark(first, day), mark(second, day, { mark: 'ABSENT', absenceReason: 'UNAUTHORISED' })]);
    const result = await cast.head.client.request(`query($id: ID!) { pupil(id: $id) { attendanceSummary { possibleSessions attendedSessions unauthorisedAbsences percent } } }`, { id: pupil.id });
    expect(result.data?.pupil.attendanceSummary).toEqual({ possibleSessions: 2, attendedSessions: 1, unauthorisedAbsences: 1, percent: 50 });
  });

  it('gives weekly counts for weekly reporting, and the marks in a range', async () => {
    const placement = await activePlacement({ timetable: TWO_DAYS, attendanceReporting: ReportingCadence.WEEKLY });
    const monday = mondayOf(daysFromToday(-7));
    await record(cast.manager, [mark(placement, addDays(monday, 1)), mark(placement, addDays(monday, 3), { mark: 'ABSENT', absenceReason: 'ILLNESS' })]);
    const result = await cast.head.client.request(
      `query($id: ID!, $from: String!, $to: String!) { placement(id: $id) {
        weeklyAttendance(from: $from, to: $to) { weekStarting possibleSessions attendedSessions authorisedAbsences timetabledSessions unmarkedSessions }
        sessionMarks(from: $from, to: $to) { date session mark } } }`,
      { id: placement.id, from: monday, to: addDays(monday, 6) },
    );
    expect(result.data?.placement.weeklyAttendance).toEqual([
      { weekStarting: monday, possibleSessions: 2, attendedSessions: 1, authorisedAbsences: 1, timetabledSessions: 4, unmarkedSessions: 2 },
    ]);
    expect(result.data?.placement.sessionMarks).toEqual([
      { date: addDays(monday, 1), session: 'AM', mark: 'PRESENT' },
      { date: addDays(monday, 3), session: 'AM', mark: 'ABSENT' },
    ]);
  });
});

describe('the MIS export', () => {
  it('is for the school’s heads, AP leads and attendance leads', async () => {
    const input = { from: daysFromToday(-7), to: today() };
    await roleMatrix((actor) => actor.client.request(EXPORT, { input }), {
      allowed: { head: cast.head, apLead: cast.apLead, attendanceLead },
      refused: { dsl: cast.dsl, schoolStaff: cast.schoolStaff, manager: cast.manager, providerStaff: cast.providerStaff, commissioner: cast.commissioner },
    });
  });

  it('exports a week of mixed marks as national codes by UPN', async () => {
    const school = await t.world.school(cast.la);
    const head = await t.world.member(school, [Role.HEADTEACHER]);
    const pupil = async () => pupilOf(t, school);
    const schoolArranged = await placementOf(t, head, { pupil: await pupil(), provider: cast.provider, timetable: FULL_WEEK, startDate: daysFromToday(-28) });
    const laArranged = await placementOf(t, head, { pupil: await pupil(), provider: cast.provider, timetable: FULL_WEEK, startDate: daysFromToday(-28), legalBasis: LegalBasis.S19_LA_DUTY });
    const dual = await placementOf(t, head, { pupil: await pupil(), provider: cast.provider, timetable: TWO_DAYS, startDate: daysFromToday(-28), placement: { dualRegistered: true } });
    const monday = mondayOf(daysFromToday(-7));
    const [tue, wed, thu] = [1, 2, 3].map((n) => addDays(monday, n));
    await record(cast.manager, [
      mark(schoolArranged, monday),
      mark(schoolArranged, monday, { session: 'PM', mark: 'LATE', minutesLate: 5 }),
      mark(schoolArranged, tue, { mark: 'ABSENT', absenceReason: 'TRANSPORT_NOT_AVAILABLE' }),
      mark(schoolArranged, wed, { mark: 'NOT_REQUIRED' }),
      mark(laArranged, monday),
      mark(laArranged, thu, { session: 'PM', mark: 'ABSENT', absenceReason: 'REASON_NOT_YET_KNOWN' }),
      mark(dual, tue),
      mark(dual, thu, { mark: 'NOT_REQUIRED' }),
    ]);
    const upns = await Promise.all([schoolArranged, laArranged, dual].map(async (p) => (await p.pupil.load())!.upn));
    const [b, k, d] = upns;
    const result = await head.client.request(EXPORT, { input: { from: monday, to: addDays(monday, 6) } });
    const rows = (result.data?.attendanceExport.csv as string).trim().split('\r\n');
    expect(rows[0]).toBe('UPN,date,session,code');
    // Sorted by date, session, UPN; the full-time pupils' not-required sessions are the school's to code, the part-time one's are C2.
    const expected = [
      [b, monday, 'AM', 'B'],
      [k, monday, 'AM', 'K'],
      [b, monday, 'PM', 'B'],
      [b, tue, 'AM', 'Y1'],
      [d, tue, 'AM', 'D'],
      [d, thu, 'AM', 'C2'],
      [k, thu, 'PM', 'N'],
    ];
    const byDateSessionUpn = (x: string[], y: string[]) => x[1].localeCompare(y[1]) || x[2].localeCompare(y[2]) || x[0].localeCompare(y[0]);
    expect(rows.slice(1)).toEqual(expected.sort(byDateSessionUpn).map((row) => row.join(',')));
    expect(result.data?.attendanceExport.rowCount).toBe(7);
    const other = await cast.otherSchoolHead.client.request(EXPORT, { input: { from: monday, to: addDays(monday, 6) } });
    expect(other.data?.attendanceExport.csv).toBe('UPN,date,session,code\r\n');
  });

  it('refuses bad dates and a range over a year', async () => {
    const bad = await cast.head.client.request(EXPORT, { input: { from: '2026-13-01', to: today() } });
    expect(errorField(bad)).toBe('from');
    expect(bad.errors?.[0].message).toBe('The first day must be a real date, like 2026-03-27');
    const long = await cast.head.client.request(EXPORT, { input: { from: daysFromToday(-366), to: today() } });
    expect(long.errors?.[0].message).toBe('The range must be one year or shorter');
  });
});

/** The latest Tuesday the placement covers (TWO_DAYS timetables run Tuesdays and Thursdays). */
function tuesdayOf(placement: Placement): string {
  return pastSchoolDays(10).find((d) => weekdayOf(d) === 'TUESDAY' && d >= placement.startedOn!)!;
}

describe('row-level security on marks', () => {
  /** Runs SQL as the app role for the member's organisation, as a tenant transaction does. */
  const asMember = (member: Member, sql: string, params: unknown[]) =>
    t.owner().transactional(async (tx) => {
      await tx.execute('set local role ap_app');
      await tx.execute(`select set_config('app.user_id', ?, true), set_config('app.org_id', ?, true)`, [member.user.id, member.organisation.id]);
      return tx.execute(sql, params);
    });

  it('lets those who see the placement read, only its provider write, and nobody rewrite history', async () => {
    const placement = await activePlacement();
    const [day, earlier] = pastSchoolDays(2);
    await record(cast.manager, [mark(placement, day)]);
    await record(cast.manager, [mark(placement, day, { mark: 'LATE', minutesLate: 5, correctionReason: 'Bus' })]);
    const select = 'select id from session_mark where placement_id = ?';
    expect(await asMember(cast.head, select, [placement.id])).toHaveLength(1);
    expect(await asMember(cast.otherSchoolHead, select, [placement.id])).toEqual([]);
    expect(await asMember(cast.otherProviderManager, select, [placement.id])).toEqual([]);
    expect(await asMember(cast.head, `update session_mark set mark = 'ABSENT', absence_reason = 'UNAUTHORISED', minutes_late = null where placement_id = ? returning id`, [placement.id])).toEqual([]);
    const insert = `insert into session_mark (id, placement_id, date, session, mark, recorded_by_id, recorded_by_name, recorded_at)
                    values (gen_random_uuid(), ?, ?, 'AM', 'PRESENT', ?, 'Someone', now())`;
    await expect(asMember(cast.head, insert, [placement.id, earlier, cast.head.user.id])).rejects.toThrow(/row-level security/);
    await expect(asMember(cast.manager, `update session_mark_change set reason = 'rewritten'`, [])).rejects.toThrow(/permission denied/);
  });
});
