import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SESSION_COOKIE } from '../auth/session.service.js';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import { TenantTransaction } from '../db/tenant-transaction.js';
import type { Context } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { createLoaders } from '../graphql/loaders.js';
import { createSchema } from '../graphql/schema.js';
import { documentRoutes } from '../qa/documents.routes.js';
import { tenantTransactionPlugin } from '../graphql/tenant-transaction.plugin.js';
import { liveEventRoutes } from '../live/events.routes.js';
import type { Services } from '../services.js';

const MAX_TOKENS = 1000;

/** The one HTTP process: /graphql, health and readiness, and both built portals. */
export async function createHttpApp(config: Config, orm: Orm, services: Services): Promise<{ app: Express; stop: () => Promise<void> }> {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    // Armor's cost estimate counts nested fragment spreads many times over; depth, alias, token
    // and page-size (first <= 100) limits bound the work instead.
    costLimit: { enabled: false },
    maxAliases: { n: 15 },
    // Armor's token limit re-parses in a plugin hook, which turns every syntax error into an HTTP 500
    // (graphql-armor#571); graphql-js applies the same limit in Apollo's own parse (parseOptions), as a 400.
    maxTokens: { enabled: false },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !config.production,
    formatError: formatError(config.production),
    csrfPrevention: true,
    ...protection,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: !config.production,
    plugins: [...protection.plugins, tenantTransactionPlugin()],
    validationRules: [...protection.validationRules],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(helmet({ contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': config.production ? [] : null } } }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use('/graphql', (req, res, next) => {
    res.locals.requestId = randomUUID();
    res.setHeader('x-request-id', res.locals.requestId);
    next();
  });
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = {
          requestId: res.locals.requestId as string,
          request: req,
          response: res,
          auth: { actor: await services.sessions.resolve(req.cookies?.[SESSION_COOKIE]) },
          services,
        } as Omit<Context, 'tenant' | 'loaders'> as Context;
        context.tenant = new TenantTransaction(orm, () => context.auth.actor);
        context.loaders = createLoaders(services, context.tenant);
        return context;
      },
    }),
  );

  app.use(documentRoutes(services));
  app.use(liveEventRoutes(services));

  if (config.portals) {
    servePortal(app, '/provider', config.portals.provider);
    servePortal(app, '/', config.portals.school);
  }
  return { app, stop: () => apollo.stop() };
}

/** A built single-page app: its files, and index.html for every other path under its base. */
function servePortal(app: Express, base: string, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    app.get(base === '/' ? '/' : `${base}{/*rest}`, (_req, res) => {
      res.status(503).type('text').send(`Portal not built: run "npm run build:portals" (looked in ${distDir}).`);
    });
    return;
  }
  app.use(base, express.static(distDir, { index: false, maxAge: '1h' }));
  app.get(base === '/' ? '/{*rest}' : `${base}{/*rest}`, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
