import 'reflect-metadata';
import { DEFAULT_DEMO_PASSWORD, readConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { loadDemoData, startServer } from './server.js';
import { createServices } from './services.js';

const args = new Set(process.argv.slice(2));
const fresh = args.has('--fresh');
const config = readConfig();

if (args.has('--reset-only')) {
  const database = await openDatabase(config, { fresh: true });
  if (config.seedDemoData) await loadDemoData(database.orm, config, createServices(config, database.orm));
  await database.close();
  console.log('Database reset' + (config.seedDemoData ? ' with demo data.' : '.'));
} else {
  const server = await startServer(config, { fresh });
  const base = config.publicUrl;
  console.log(`
AP Partnership is running (${server.database.embedded ? `embedded PostgreSQL in ${config.dataDir}/pg` : 'PostgreSQL from DATABASE_URL'}).
  School and LA portal  ${base}/
  Provider portal       ${base}/provider/
  GraphQL API           ${base}/graphql
  Health / readiness    ${base}/healthz  ${base}/readyz
${config.seedDemoData ? `  Demo accounts: see README.md; password ${config.demoPassword === DEFAULT_DEMO_PASSWORD ? `"${DEFAULT_DEMO_PASSWORD}" (set DEMO_PASSWORD to change)` : 'from DEMO_PASSWORD'}.\n` : ''}`);
  const shutdown = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
