import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';
import { openEventStream, recordAbsence } from '../alerts/alert.fixtures.js';
import { Role } from '../people/role.js';
import { liveEventRoutes } from './events.routes.js';
import { placementCast, placementOf, pupilOf, type PlacementCast } from '../placements/placement.fixtures.js';
import type { Placement } from '../placements/placement.entity.js';

const realPostgres = Boolean(process.env.DATABASE_URL);

/** Two API processes' worth of server (own HTTP listener, ORM pool, listening connection) on the run's one database. */
let a: TestServer;
let b: TestServer;
let cast: PlacementCast;
let lead: Member;
let placement: Placement;

beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer();
  cast = await placementCast(a);
  lead = await a.world.member(cast.school, [Role.ATTENDANCE_LEAD]);
  placement = await placementOf(a, cast.apLead, { pupil: await pupilOf(a, cast.school), provider: cast.provider });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const isAlert = (id: string) => (event: { event: string; data: string }) => event.event === 'ABSENCE_ALERT' && JSON.parse(event.data).id === id;
const alertIdOf = async (markId: string) => (await a.owner().execute<{ id: string }[]>('select id from absence_alert where mark_id = ?', [markId]))[0].id;

describe('live events between API processes', () => {
  it('travel through LISTEN/NOTIFY on PostgreSQL, in-process on the embedded database', () => {
    expect(a.server.services.live.acrossProcesses).toBe(realPostgres);
    expect(b.server.services.live.acrossProcesses).toBe(realPostgres);
  });

  it.runIf(realPostgres)('deliver an absence recorded through A to a browser connected to B, and to one on A', async () => {
    const [atA, atB] = await Promise.all([openEventStream(a.url, lead), openEventStream(b.url, lead)]);
    try {
      const id = await alertIdOf(await recordAbsence(a, cast.manager, placement));
      await Promise.all([atA.next(isAlert(id)), atB.next(isAlert(id))]);
    } finally {
      atA.close();
      atB.close();
    }
  });

  // PGlite serves one process (it is the database inside `npm start`); two servers on it in one test
  // worker are not two processes, and events stay with the server that raised them.
  it.skipIf(realPostgres)('stay with the server that raised them on the embedded database', async () => {
    const [atA, atB] = await Promise.all([openEventStream(a.url, lead), openEventStream(b.url, lead)]);
    try {
      const id = await alertIdOf(await recordAbsence(a, cast.manager, placement));
      await atA.next(isAlert(id));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(atB.received).toEqual([]);
    } finally {
      atA.close();
      atB.close();
    }
  });
});

describe('the /events stream', () => {
  it('sends heartbeats, and ends once the member signs out (the browser reconnects as whoever they are then)', async () => {
    const member = await a.world.member(cast.school, [Role.ATTENDANCE_LEAD]);
    // The route on its own, with a fast heartbeat, on A's services.
    const server = express().use(liveEventRoutes(a.server.services, 50)).listen(0);
    const url = `http://localhost:${(server.address() as AddressInfo).port}`;
    try {
      const raw = await fetch(`${url}/events`, { headers: { cookie: member.client.sessionCookie ?? '' } });
      const reader = raw.body!.getReader();
      let text = '';
      while (!text.includes(': heartbeat')) text += new TextDecoder().decode((await reader.read()).value);
      await reader.cancel();

      const stream = await openEventStream(url, member);
      await member.client.data(`mutation { logout }`);
      await expect(Promise.race([stream.ended.then(() => 'ended'), new Promise((resolve) => setTimeout(() => resolve('still open'), 2000))])).resolves.toBe('ended');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
