import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../../test/harness.js';
import { errorCode, errorField } from '../../test/graphql-client.js';
import { roleMatrix } from '../../test/role-matrix.js';
import type { Member } from '../../test/world.js';
import { Notification } from '../notifications/notification.entity.js';
import { Role } from '../people/role.js';
import { daysFromToday, FULL_WEEK, placementCast, placementOf, pupilOf, type PlacementCast } from '../placements/placement.fixtures.js';
import type { Placement } from '../placements/placement.entity.js';
import { weekdayOf } from '../attendance/school-days.js';
import { addDays } from '../qa/evidence-dates.js';
import { AbsenceAlert } from './absence-alert.entity.js';
import { openEventStream, recordAbsence } from './alert.fixtures.js';

const ALERTS = `query($unacknowledged: Boolean) {
  absenceAlerts(first: 50, filter: { unacknowledged: $unacknowledged }) {
    totalCount
    edges { node { id pupilName date session reason hasSocialWorker socialWorkerName socialWorkerContact hasYouthOffendingWorker
      acknowledgedAt acknowledgedByName workerInformedAt workerInformedByName note placement { id } } }
  }
}`;
const ACKNOWLEDGE = `mutation($input: AcknowledgeAbsenceAlertInput!) {
  acknowledgeAbsenceAlert(input: $input) { id acknowledgedAt acknowledgedByName workerInformedAt workerInformedByName note }
}`;

const t = useTestServer();
let cast: PlacementCast;
let attendanceLead: Member;
let placement: Placement;
let quietPlacement: Placement;

beforeAll(async () => {
  cast = await placementCast(t);
  attendanceLead = await t.world.member(cast.school, [Role.ATTENDANCE_LEAD]);
  const pupil = await pupilOf(t, cast.school, {
    legalForename: 'Robin',
    legalSurname: 'Absent',
    socialWorkerName: 'Jo Worker',
    socialWorkerContact: '07700 900123',
  });
  placement = await placementOf(t, cast.apLead, { pupil, provider: cast.provider });
  quietPlacement = await placementOf(t, cast.apLead, { pupil: await pupilOf(t, cast.school), provider: cast.provider });
});

const alertOfMark = (markId: string) => t.owner().findOneOrFail(AbsenceAlert, { markId });

describe('recording an absence', () => {
  it('raises one alert with the pupil’s social worker, and tells the attendance lead and AP lead in the portal and by e-mail', async () => {
    const markId = await recordAbsence(t, cast.manager, placement, { date: '2026-11-23', session: 'AM', reason: 'REASON_NOT_YET_KNOWN' });

    const alert = await alertOfMark(markId);
    expect(alert).toMatchObject({ pupilName: 'Robin Absent', date: '2026-11-23', session: 'AM', socialWorkerName: 'Jo Worker', socialWorkerContact: '07700 900123' });
    expect(alert.school.id).toBe(cast.school.id);

    const notified = await t.owner().find(Notification, { kind: 'ABSENCE_ALERT', dedupeKey: `absence-alert:${alert.id}` }, { populate: ['user'] });
    expect(notified.map((n) => n.user.getEntity().email).sort()).toEqual([attendanceLead.email, cast.apLead.email].sort());
    expect(notified[0]).toMatchObject({ title: `Robin Absent was absent from ${cast.provider.name}`, link: '/alerts' });

    for (const member of [attendanceLead, cast.apLead]) {
      const email = t.outbox().find((mail) => mail.to.includes(member.email) && mail.text.includes('Robin Absent'));
      expect(email?.text).toContain('recorded Robin Absent absent from the morning session on 23 November 2026. Reason: reason not yet known.');
      expect(email?.text).toContain('Robin Absent has a social worker: Jo Worker (07700 900123). Tell them about this absence immediately.');
    }
    expect(t.outbox().some((mail) => mail.to.includes(cast.head.email) && mail.text.includes('Robin Absent'))).toBe(false);
  });

  it('updates the alert when the same mark is recorded again, without a second alert or notification', async () => {
    const markId = await recordAbsence(t, cast.manager, quietPlacement, { reason: 'UNAUTHORISED' });
    const before = await t.owner().count(Notification, { kind: 'ABSENCE_ALERT' });
    await recordAbsence(t, cast.manager, quietPlacement, { markId, reason: 'ILLNESS' });

    expect(await t.owner().count(AbsenceAlert, { markId })).toBe(1);
    expect((await alertOfMark(markId)).reason).toBe('ILLNESS');
    expect(await t.owner().count(Notification, { kind: 'ABSENCE_ALERT' })).toBe(before);
  });

  it('says nothing about workers when the pupil has none', async () => {
    const markId = await recordAbsence(t, cast.manager, quietPlacement);
    const alert = await alertOfMark(markId);
    expect(alert).toMatchObject({ socialWorkerName: null, youthOffendingWorkerName: null });
    expect(t.outbox().filter((mail) => mail.text.includes(alert.pupilName)).every((mail) => !mail.text.includes('worker'))).toBe(true);
  });

  it('is refused to anyone but the placement’s provider (the definer function checks)', async () => {
    await expect(recordAbsence(t, cast.otherProviderManager, placement)).rejects.toThrow('Only the placement’s provider records its absences.');
    await expect(recordAbsence(t, cast.head, placement)).rejects.toThrow('Only the placement’s provider records its absences.');
  });
});

const RECORD_MARKS = `mutation($input: RecordSessionMarksInput!) { recordSessionMarks(input: $input) { id } }`;

/** The most recent school day before today. */
function lastSchoolDay(): string {
  let date = daysFromToday(-1);
  while (!weekdayOf(date)) date = addDays(date, -1);
  return date;
}

describe('through the provider’s attendance register', () => {
  it('alerts the school live when the provider marks a session absent', async () => {
    const pupil = await pupilOf(t, cast.school, { legalForename: 'Kit', legalSurname: 'Register', youthOffendingWorkerName: 'Sam Yot', youthOffendingWorkerContact: 'sam.yot@example.org' });
    const registered = await placementOf(t, cast.apLead, { pupil, provider: cast.provider, timetable: FULL_WEEK, startDate: daysFromToday(-28) });
    const stream = await openEventStream(t.url, attendanceLead);
    try {
      const date = lastSchoolDay();
      const marked = await cast.providerStaff.client.data(RECORD_MARKS, {
        input: { marks: [{ placementId: registered.id, date, session: 'PM', mark: 'ABSENT', absenceReason: 'ILLNESS' }] },
      });
      const alert = await alertOfMark(marked.recordSessionMarks[0].id);
      expect(alert).toMatchObject({ pupilName: 'Kit Register', date, session: 'PM', reason: 'ILLNESS', youthOffendingWorkerName: 'Sam Yot' });
      await stream.next((e) => e.event === 'ABSENCE_ALERT' && JSON.parse(e.data).id === alert.id);
      const email = t.outbox().find((mail) => mail.to.includes(attendanceLead.email) && mail.text.includes('Kit Register'));
      expect(email?.text).toContain('Kit Register has a youth offending team worker: Sam Yot (sam.yot@example.org). Tell them about this absence immediately.');
    } finally {
      stream.close();
    }
  });
});

describe('absenceAlerts', () => {
  it('lists the school’s alerts, unacknowledged ones on request, with the social-worker flag', async () => {
    const markId = await recordAbsence(t, cast.manager, placement, { date: '2026-11-24', session: 'PM' });
    const alert = await alertOfMark(markId);
    const data = await attendanceLead.client.data(ALERTS, { unacknowledged: true });
    const node = data.absenceAlerts.edges.find((edge: { node: { id: string } }) => edge.node.id === alert.id)?.node;
    expect(node).toMatchObject({
      pupilName: 'Robin Absent',
      date: '2026-11-24',
      session: 'PM',
      hasSocialWorker: true,
      socialWorkerName: 'Jo Worker',
      socialWorkerContact: '07700 900123',
      hasYouthOffendingWorker: false,
      acknowledgedAt: null,
      placement: { id: placement.id },
    });
  });

  it('is for the school’s alert handlers and its LA; others see none of them', async () => {
    await recordAbsence(t, cast.manager, placement);
    await roleMatrix((actor) => actor.client.request(ALERTS), {
      allowed: { attendanceLead, apLead: cast.apLead, head: cast.head, dsl: cast.dsl, homeLa: cast.commissioner },
      refused: { schoolStaff: cast.schoolStaff, senco: cast.senco, provider: cast.manager, providerStaff: cast.providerStaff, otherProvider: cast.otherProviderManager },
    });
    expect((await cast.commissioner.client.data(ALERTS)).absenceAlerts.totalCount).toBeGreaterThan(0);
    for (const outsider of [cast.otherSchoolHead, cast.otherLaCommissioner, cast.hostCommissioner]) {
      expect((await outsider.client.data(ALERTS)).absenceAlerts.totalCount).toBe(0);
    }
  });
});

describe('absenceAlert', () => {
  it('shows one alert to the school’s alert handlers and its LA only', async () => {
    const alert = await alertOfMark(await recordAbsence(t, cast.manager, placement));
    const ONE = `query($id: ID!) { absenceAlert(id: $id) { id pupilName } }`;
    await roleMatrix((actor) => actor.client.request(ONE, { id: alert.id }), {
      allowed: { attendanceLead, apLead: cast.apLead, dsl: cast.dsl, homeLa: cast.commissioner },
      refused: { schoolStaff: cast.schoolStaff, otherSchool: cast.otherSchoolHead, provider: cast.manager, otherLa: cast.otherLaCommissioner, hostLa: cast.hostCommissioner },
    });
  });
});

describe('acknowledgeAbsenceAlert', () => {
  const newAlert = async () => alertOfMark(await recordAbsence(t, cast.manager, placement));

  it('records who handled it, when, and that the social worker was told; a second time is a conflict', async () => {
    const alert = await newAlert();
    const data = await attendanceLead.client.data(ACKNOWLEDGE, { input: { id: alert.id, note: 'Spoke to carer; told Jo.', workerInformed: true } });
    expect(data.acknowledgeAbsenceAlert).toMatchObject({
      acknowledgedByName: attendanceLead.name,
      workerInformedByName: attendanceLead.name,
      note: 'Spoke to carer; told Jo.',
    });
    expect(data.acknowledgeAbsenceAlert.acknowledgedAt).toBeTruthy();
    expect(data.acknowledgeAbsenceAlert.workerInformedAt).toBeTruthy();

    const again = await cast.apLead.client.request(ACKNOWLEDGE, { input: { id: alert.id } });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('refuses "worker informed" for a pupil with no worker', async () => {
    const alert = await alertOfMark(await recordAbsence(t, cast.manager, quietPlacement));
    const result = await attendanceLead.client.request(ACKNOWLEDGE, { input: { id: alert.id, workerInformed: true } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('workerInformed');
  });

  it('is for the school’s alert handlers only', async () => {
    await roleMatrix(async (actor) => actor.client.request(ACKNOWLEDGE, { input: { id: (await newAlert()).id } }), {
      allowed: { attendanceLead, apLead: cast.apLead, head: cast.head, dsl: cast.dsl },
      refused: {
        schoolStaff: cast.schoolStaff,
        otherSchool: cast.otherSchoolHead,
        provider: cast.manager,
        homeLa: cast.commissioner,
        otherLa: cast.otherLaCommissioner,
      },
    });
  });
});

describe('live events at /events', () => {
  it('refuses a visitor who is not signed in', async () => {
    expect((await fetch(`${t.url}/events`)).status).toBe(401);
  });

  it('delivers an absence alert to the school’s alert handlers only, once committed', async () => {
    const otherSchoolLead = await t.world.member(cast.otherSchoolHead.organisation, [Role.ATTENDANCE_LEAD]);
    const [lead, staff, otherSchool, provider] = await Promise.all(
      [attendanceLead, cast.schoolStaff, otherSchoolLead, cast.manager].map((member) => openEventStream(t.url, member)),
    );
    try {
      const markId = await recordAbsence(t, cast.manager, placement);
      const alert = await alertOfMark(markId);
      const event = await lead.next((e) => e.event === 'ABSENCE_ALERT' && JSON.parse(e.data).id === alert.id);
      expect(JSON.parse(event.data)).toEqual({ id: alert.id });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect([staff.received, otherSchool.received, provider.received]).toEqual([[], [], []]);
    } finally {
      for (const stream of [lead, staff, otherSchool, provider]) stream.close();
    }
  });
});
