import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { attendanceScenario } from './attendance.scenario.js';
import { type LoadResult, runLoad } from './load.js';

/**
 * `npm run bench`: the signed-in home page's queries against the real server with demo data
 * (a fresh embedded database, or the PostgreSQL database named by BENCH_DATABASE_URL, which must be a scratch one:
 * demo data is loaded into it), then attendance at scale (attendance.scenario.ts).
 * Reports requests per second, latency percentiles and the process's memory.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-bench-'));
const config = readConfig({ ...process.env, DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '' }, { port: 0, dataDir, portals: undefined, seedDemoData: true, runJobs: false });
const server = await startServer(config, { fresh: true });

const login = await fetch(`${server.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { user { id } } }',
    variables: { e: 'head@levett.example', p: config.demoPassword },
  }),
});
const cookie = login.headers.getSetCookie()[0].split(';')[0];

function report(name: string, result: LoadResult): void {
  console.log(
    `${name.padEnd(36)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  errors ${result.errors}/${result.requests}`,
  );
}

const scenarios = {
  'me (home page)': '{ me { user { displayName } activeMembership { roles organisation { id name kind } } memberships { id organisation { name } } permissions } }',
  'members of my organisation': '{ me { activeMembership { organisation { members(first: 50) { totalCount edges { node { roles user { displayName email } } } } } } } }',
  'provider directory with sites': '{ organisations(first: 50, filter: { kind: PROVIDER }) { totalCount edges { node { name ... on Provider { registrationStatus sites { name postcode localAuthority { name } } } } } } }',
};

console.log(`${seconds}s per scenario, ${concurrency} concurrent clients, ${server.database.embedded ? 'embedded PGlite' : 'PostgreSQL server'}`);
for (const [name, query] of Object.entries(scenarios)) {
  const body = JSON.stringify({ query });
  const result = await runLoad({
    seconds,
    concurrency,
    send: async () => {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
      const json = (await response.json()) as { errors?: unknown };
      return response.ok && !json.errors;
    },
  });
  report(name, result);
}
for (const [name, result] of Object.entries(await attendanceScenario(server, { seconds, concurrency }))) report(name, result);
const memory = process.memoryUsage();
console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB (server and load generator in one process)`);
await server.close();
fs.rmSync(dataDir, { recursive: true, force: true });
