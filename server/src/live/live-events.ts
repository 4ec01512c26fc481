import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Orm } from '../db/orm.js';

export const LIVE_CHANNEL = 'ap_events';
const RECONNECT_MS = 2000;
const PROBE_WAIT_MS = 500;

/**
 * Something that happened, for the members of one organisation. It names its subject only: never
 * pupil data (NOTIFY payloads are not tenant-scoped); browsers re-fetch through GraphQL.
 */
export interface LiveEvent {
  type: 'ABSENCE_ALERT';
  organisationId: string;
  /** The subject's id, e.g. the alert's. */
  id: string;
}

export interface LiveSubscriber {
  onEvent(event: LiveEvent): void;
  /** The process is shutting down: end the stream. */
  onStop(): void;
}

/**
 * Live events across API processes through PostgreSQL LISTEN/NOTIFY: every process holds one
 * dedicated listening connection (outside the ORM pool) and fans each event out to its own
 * subscribers, so an event published by any process reaches browsers connected to any other.
 *
 * The embedded database (PGlite behind pglite-socket) never forwards NOTIFY to socket clients, and
 * it is one session in one process anyway; there, found by a test at start, events are
 * delivered in-process, which reaches everyone because there is only ever one API process.
 */
export class LiveEvents {
  private readonly subscribers = new Set<LiveSubscriber>();
  private listener: pg.Client | null = null;
  private mode: 'postgres' | 'in-process' = 'in-process';
  private url: string | null = null;
  private stopped = false;

  constructor(private readonly orm: Orm) {}

  /** Whether events travel through PostgreSQL (and so reach every API process). */
  get acrossProcesses(): boolean {
    return this.mode === 'postgres';
  }

  async start(url: string): Promise<void> {
    this.url = url;
    const client = await this.listen(url);
    if (await this.hearsOthers(client)) {
      this.mode = 'postgres';
      this.keep(client);
    } else {
      await client.query(`unlisten ${LIVE_CHANNEL}`);
      await client.end();
    }
  }

  /** Call after the work that raised the event has committed. */
  async publish(event: LiveEvent): Promise<void> {
    if (this.mode === 'postgres') await this.orm.em.fork().execute('select pg_notify(?, ?)', [LIVE_CHANNEL, JSON.stringify(event)]);
    else this.deliver(event);
  }

  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const subscriber of this.subscribers) subscriber.onStop();
    this.subscribers.clear();
    const listener = this.listener;
    this.listener = null;
    await listener?.end();
  }

  private async listen(url: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) this.receive(message.payload);
    });
    await client.query(`listen ${LIVE_CHANNEL}`);
    return client;
  }

  /**
   * Whether a notification sent on another connection reaches this one. PostgreSQL delivers it
   * (by the listener's next statement, or shortly after); pglite-socket, one session shared by
   * every connection, hands it to whichever connection committed it instead.
   */
  private async hearsOthers(client: pg.Client): Promise<boolean> {
    const probe = `probe:${randomUUID()}`;
    let heard = false;
    const onProbe = (message: pg.Notification) => {
      if (message.payload === probe) heard = true;
    };
    client.on('notification', onProbe);
    await this.orm.em.fork().execute('select pg_notify(?, ?)', [LIVE_CHANNEL, probe]);
    await client.query('select 1');
    for (let waited = 0; !heard && waited < PROBE_WAIT_MS; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    client.off('notification', onProbe);
    return heard;
  }

  /** Holds the listening connection, reconnecting when it drops (events meanwhile are missed; pages re-fetch on reconnect). */
  private keep(client: pg.Client): void {
    this.listener = client;
    const reconnect = () => {
      if (this.stopped || this.listener !== client) return;
      this.listener = null;
      setTimeout(() => void this.reconnect(), RECONNECT_MS);
    };
    client.on('error', (error) => {
      console.error('Live events: listening connection failed', error);
      reconnect();
    });
    client.on('end', reconnect);
  }

  private async reconnect(): Promise<void> {
    if (this.stopped || !this.url) return;
    try {
      this.keep(await this.listen(this.url));
    } catch (error) {
      console.error('Live events: cannot listen yet', error);
      setTimeout(() => void this.reconnect(), RECONNECT_MS);
    }
  }

  private receive(payload: string): void {
    if (payload.startsWith('probe:')) return;
    this.deliver(JSON.parse(payload) as LiveEvent);
  }

  private deliver(event: LiveEvent): void {
    for (const subscriber of this.subscribers) subscriber.onEvent(event);
  }
}
