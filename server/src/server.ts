import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import type { Orm } from './db/orm.js';
import { seedDemoData } from './db/demo-data.js';
import { createHttpApp } from './http/app.js';
import { startJobQueue, type JobQueue } from './jobs/job-queue.js';
import { sendEvidenceReminders } from './qa/evidence-reminders.js';
import { createServices, type Services } from './services.js';

export interface RunningServer {
  url: string;
  database: Database;
  services: Services;
  close(): Promise<void>;
}

/** Seeds the demo world on an empty database, then raises its first reminders so the demo shows them. */
export async function loadDemoData(orm: Orm, config: Config, services: Services): Promise<void> {
  if (await seedDemoData(orm, config.demoPassword, services.files)) await sendEvidenceReminders(orm, services);
}

/** Opens (and migrates) the database, seeds demo data when configured, and listens. */
export async function startServer(config: Config, options: { fresh?: boolean; onQuery?: (sql: string) => void } = {}): Promise<RunningServer> {
  const database = await openDatabase(config, options);
  const services = createServices(config, database.orm);
  await services.live.start(database.url);
  if (config.seedDemoData) await loadDemoData(database.orm, config, services);
  const jobs: JobQueue | null = config.runJobs
    ? await startJobQueue(database.url, [
        { name: 'evidence-reminders', cron: '0 7 * * *', run: async () => void (await sendEvidenceReminders(database.orm, services)) },
      ])
    : null;
  const { app, stop } = await createHttpApp(config, database.orm, services);
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.port, () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    database,
    services,
    async close() {
      await services.live.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stop();
      await jobs?.stop();
      await database.close();
    },
  };
}
