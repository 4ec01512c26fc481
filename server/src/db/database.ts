import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { openOrm, type Orm } from './orm.js';

export interface Database {
  orm: Orm;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** The configured PostgreSQL, or the embedded one under dataDir/pg; migrated to the latest schema. */
export async function openDatabase(config: Config, options: { fresh?: boolean; onQuery?: (sql: string) => void } = {}): Promise<Database> {
  const pgDir = path.join(config.dataDir, 'pg');
  if (options.fresh && !config.databaseUrl) fs.rmSync(pgDir, { recursive: true, force: true });
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(pgDir);
  const url = config.databaseUrl ?? embedded!.url;
  const orm = await openOrm({ clientUrl: url, logQueries: config.logQueries, onQuery: options.onQuery });
  if (options.fresh && config.databaseUrl) await dropEverything(orm);
  await orm.getMigrator().up();
  return {
    orm,
    url,
    embedded: Boolean(embedded),
    async close() {
      await orm.close();
      await embedded?.stop();
    },
  };
}

async function dropEverything(orm: Orm): Promise<void> {
  await orm.em.fork().execute('drop schema public cascade; create schema public;');
}
