import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, inject } from 'vitest';
import { readConfig, type Config } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { GraphQLClient } from './graphql-client.js';
import { World } from './world.js';

export interface TestServer {
  url: string;
  server: RunningServer;
  config: Config;
  world: World;
  /** An entity manager as the tables' owner (RLS does not apply), for arranging and checking data. */
  owner(): EntityManager;
  /** A new anonymous client (its own cookie jar). */
  client(): GraphQLClient;
  /** SQL statements run while `work` runs (for asserting there is no N+1). */
  countQueries(work: () => Promise<unknown>): Promise<string[]>;
  /** E-mails written to the development outbox, oldest first. */
  outbox(): { to: string; text: string }[];
  close(): Promise<void>;
}

/** The real server on a random port, on the run's fresh database, with no demo data. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-test-'));
  const config = readConfig(
    {},
    {
      port: 0,
      databaseUrl: inject('databaseUrl'),
      dataDir,
      portals: undefined,
      seedDemoData: false,
      runJobs: false,
      login: { attemptsPerAccount: 5, attemptsPerAddress: 10_000, windowSeconds: 900 },
      ...overrides,
    },
  );
  let recording: string[] | null = null;
  const server = await startServer(config, { onQuery: (sql) => recording?.push(sql) });
  const world = new World(server.database.orm, () => new GraphQLClient(server.url));
  return {
    url: server.url,
    server,
    config,
    world,
    owner: () => server.database.orm.em.fork() as EntityManager,
    client: () => new GraphQLClient(server.url),
    async countQueries(work) {
      recording = [];
      try {
        await work();
        return recording.filter((line) => line.includes('[query]'));
      } finally {
        recording = null;
      }
    },
    outbox() {
      const dir = path.join(dataDir, 'outbox');
      if (!fs.existsSync(dir)) return [];
      return fs
        .readdirSync(dir)
        .sort()
        .map((file) => {
          const raw = fs.readFileSync(path.join(dir, file), 'utf8');
          const to = /^To: (.*)$/m.exec(raw)?.[1] ?? '';
          const body = raw.split(/\r?\n\r?\n/).slice(1).join('\n\n');
          return { to, text: decodeQuotedPrintable(body) };
        });
    },
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function decodeQuotedPrintable(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Starts a test server for the file (before all its tests) and closes it afterwards. */
export function useTestServer(overrides: Partial<Config> = {}): TestServer {
  const handle = {} as TestServer;
  beforeAll(async () => {
    Object.assign(handle, await startTestServer(overrides));
  });
  afterAll(async () => {
    await handle.close?.();
  });
  return handle;
}
