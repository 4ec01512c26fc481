import { randomUUID } from 'node:crypto';
import type { TestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';
import { TenantTransaction } from '../db/tenant-transaction.js';
import type { Context } from '../graphql/context.js';
import type { Placement } from '../placements/placement.entity.js';
import type { AbsenceRecorded } from './alert.service.js';

/**
 * Records an absence as the attendance feature does: AlertService.absenceRecorded inside the
 * provider member's own tenant transaction, committed (after-commit work runs). Returns the mark id.
 */
export async function recordAbsence(t: TestServer, recorder: Member, placement: Placement, absence: Partial<AbsenceRecorded> = {}): Promise<string> {
  const services = t.server.services;
  const actor = await services.sessions.resolve(recorder.client.sessionCookie?.split('=')[1]);
  const tenant = new TenantTransaction(t.server.database.orm, () => actor);
  const context = { requestId: randomUUID(), request: { ip: '127.0.0.1' }, auth: { actor }, tenant, services } as unknown as Context;
  const recorded = { placementId: placement.id, markId: randomUUID(), date: '2026-11-23', session: 'AM' as const, reason: 'UNAUTHORISED', ...absence };
  let done = false;
  try {
    await services.alerts.absenceRecorded(await tenant.em(), context, recorded);
    done = true;
  } finally {
    await tenant.finish(done);
  }
  return recorded.markId;
}

export interface EventStream {
  /** Every event received so far. */
  received: { event: string; data: string }[];
  /** Resolves with the first event matching, or rejects after the timeout. */
  next(matches: (event: { event: string; data: string }) => boolean, timeoutMs?: number): Promise<{ event: string; data: string }>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** A browser-like EventSource on `/events` with the member's session cookie. */
export async function openEventStream(url: string, member: Member): Promise<EventStream> {
  const abort = new AbortController();
  const response = await fetch(`${url}/events`, { headers: { cookie: member.client.sessionCookie ?? '' }, signal: abort.signal });
  if (response.status !== 200 || !response.body) throw new Error(`/events answered ${response.status}`);
  const received: EventStream['received'] = [];
  const waiting = new Set<() => void>();
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) received.push({ event, data });
        }
        for (const wake of waiting) wake();
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    received,
    ended,
    next(matches, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(matches);
          if (!found) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms; received ${JSON.stringify(received)}`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
}
