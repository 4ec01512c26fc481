import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { openOrm } from '../src/db/orm.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One fresh database for the whole run: a new database on the DATABASE_URL server, or an
 * in-memory embedded one. Migrated once here; each test file seeds its own tenants in it.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedPostgres | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let url: string;
  if (process.env.DATABASE_URL) {
    const name = `ap_test_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${name}`;
    url = target.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  } else {
    embedded = await startEmbeddedPostgres();
    url = embedded.url;
  }
  const orm = await openOrm({ clientUrl: url });
  await orm.getMigrator().up();
  await orm.close();
  project.provide('databaseUrl', url);

  return async () => {
    await dropDatabase?.();
    await embedded?.stop();
  };
}
