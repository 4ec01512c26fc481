import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver, defineConfig } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export interface OrmOptions {
  clientUrl: string;
  logQueries?: boolean;
  /** Called with every SQL statement; tests count queries with it. */
  onQuery?: (sql: string) => void;
}

export function ormConfig(options: OrmOptions): Options<PostgreSqlDriver> {
  return defineConfig({
    clientUrl: options.clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    debug: options.logQueries || options.onQuery ? ['query'] : false,
    logger: (message) => {
      if (options.onQuery) options.onQuery(message);
      if (options.logQueries) console.log(message);
    },
  });
}

export type Orm = MikroORM<PostgreSqlDriver>;

export async function openOrm(options: OrmOptions): Promise<Orm> {
  return MikroORM.init<PostgreSqlDriver>(ormConfig(options));
}
