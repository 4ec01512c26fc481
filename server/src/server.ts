import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { seedDemoData } from './db/demo-data.js';
import { createHttpApp } from './http/app.js';
import { createServices, type Services } from './services.js';

export interface RunningServer {
  url: string;
  database: Database;
  services: Services;
  close(): Promise<void>;
}

/** Opens (and migrates) the database, seeds demo data when configured, and listens. */
export async function startServer(config: Config, options: { fresh?: boolean; onQuery?: (sql: string) => void } = {}): Promise<RunningServer> {
  const database = await openDatabase(config, options);
  const services = createServices(config, database.orm);
  if (config.seedDemoData) await seedDemoData(database.orm, config.demoPassword, services.files);
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
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stop();
      await database.close();
    },
  };
}
