import cookieParser from 'cookie-parser';
import { Router, type Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { can, type Permission } from '../auth/permissions.js';
import { SESSION_COOKIE } from '../auth/session.service.js';
import type { Services } from '../services.js';
import type { LiveEvent } from './live-events.js';

const HEARTBEAT_MS = 25_000;

/** Who receives each kind of event, besides being a member of its organisation. */
const AUDIENCE: Record<LiveEvent['type'], Permission> = {
  ABSENCE_ALERT: 'alert:handle',
};

function concerns(actor: Actor, event: LiveEvent): boolean {
  return actor.organisationId === event.organisationId && can(actor, AUDIENCE[event.type]);
}

/**
 * `GET /events`: Server-Sent Events for the signed-in member's active organisation. Each event
 * names its subject only; the portal re-fetches it through GraphQL. A heartbeat comment keeps
 * proxies from closing the stream and re-checks the session, ending the stream when the member
 * signs out or switches organisation (the browser then reconnects as whoever they are now).
 */
export function liveEventRoutes(services: Services, heartbeatMs = HEARTBEAT_MS): Router {
  const router = Router();
  router.get('/events', cookieParser(), async (req, res) => {
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    let actor = await services.sessions.resolve(token);
    if (!actor) {
      res.status(401).type('text').send('Sign in to continue.');
      return;
    }
    openStream(res);
    const unsubscribe = services.live.subscribe({
      onEvent: (event) => {
        if (actor && !res.writableEnded && concerns(actor, event)) send(res, event);
      },
      onStop: () => res.end(),
    });
    const heartbeat = setInterval(async () => {
      if (res.writableEnded) return;
      res.write(': heartbeat\n\n');
      const current = await services.sessions.resolve(token).catch(() => actor);
      if (current?.membershipId !== actor?.membershipId && !res.writableEnded) res.end();
      actor = current;
    }, heartbeatMs);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
  return router;
}

function openStream(res: Response): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 5000\n: connected\n\n');
}

function send(res: Response, event: LiveEvent): void {
  res.write(`event: ${event.type}\ndata: ${JSON.stringify({ id: event.id })}\n\n`);
}
