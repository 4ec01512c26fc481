import { GraphQLClient } from '../test/graphql-client.js';
import type { TestServer } from '../test/harness.js';
import { type Member, World } from '../test/world.js';
import { Role } from '../src/people/role.js';
import { daysFromToday, FULL_WEEK, placementOf, pupilOf } from '../src/placements/placement.fixtures.js';
import type { RunningServer } from '../src/server.js';
import { addDays } from '../src/qa/evidence-dates.js';
import { mondayOf } from '../src/attendance/school-days.js';
import { type LoadResult, runLoad, runTasks } from './load.js';

const PROVIDERS = 10;
const PUPILS_PER_PROVIDER = 30;
const RECORD = 'mutation($input: RecordSessionMarksInput!) { recordSessionMarks(input: $input) { id } }';
const GRID = 'query($input: DateRangeInput!) { attendanceGrid(input: $input) { rows { placement { id } cells { date session mark { mark } } } } }';

/**
 * Attendance at scale: 300 pupils with full-week timetables at 10 providers; each provider records
 * last week one day at a time (60 marks a request), then sends the same marks again (no change),
 * then reads its week's grid. Built with the test builders, straight into the database.
 */
export async function attendanceScenario(server: RunningServer, options: { seconds: number; concurrency: number }): Promise<Record<string, LoadResult>> {
  const world = new World(server.database.orm, () => new GraphQLClient(server.url));
  // The placement builders only need the owner's entity manager.
  const builder = { owner: () => server.database.orm.em.fork() } as unknown as TestServer;
  const la = await world.la('Bench LA');
  const school = await world.school(la, 'Bench School');
  const head = await world.member(school, [Role.HEADTEACHER]);
  const monday = addDays(mondayOf(daysFromToday(0)), -7);
  const days = [0, 1, 2, 3, 4].map((n) => addDays(monday, n));
  const providers: { manager: Member; placementIds: string[] }[] = [];
  for (let p = 0; p < PROVIDERS; p++) {
    const provider = await world.provider({ la, name: `Bench Provider ${p}` });
    const placementIds: string[] = [];
    for (let i = 0; i < PUPILS_PER_PROVIDER; i++) {
      const pupil = await pupilOf(builder, school);
      placementIds.push((await placementOf(builder, head, { pupil, provider, timetable: FULL_WEEK, startDate: daysFromToday(-28) })).id);
    }
    providers.push({ manager: await world.member(provider, [Role.PROVIDER_MANAGER]), placementIds });
  }
  const recordDay = (provider: (typeof providers)[number], date: string) => async () => {
    const marks = provider.placementIds.flatMap((placementId, i) =>
      ['AM', 'PM'].map((session) => (i % 10 === 0 ? { placementId, date, session, mark: 'ABSENT', absenceReason: 'ILLNESS' } : { placementId, date, session, mark: 'PRESENT' })),
    );
    const result = await provider.manager.client.request(RECORD, { input: { marks } });
    return !result.errors;
  };
  const requests = providers.flatMap((provider) => days.map((date) => recordDay(provider, date)));
  const week = { from: days[0], to: days[4] };
  let turn = 0;
  return {
    'record a day (60 marks), first time': await runTasks({ concurrency: options.concurrency, tasks: requests }),
    'record a day again (no change)': await runTasks({ concurrency: options.concurrency, tasks: requests }),
    'attendance grid, 30 pupils, a week': await runLoad({
      seconds: options.seconds,
      concurrency: options.concurrency,
      send: async () => !(await providers[turn++ % PROVIDERS].manager.client.request(GRID, { input: week })).errors,
    }),
  };
}
