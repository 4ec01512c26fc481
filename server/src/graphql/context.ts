import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor.js';
import type { TenantTransaction } from '../db/tenant-transaction.js';
import type { Services } from '../services.js';
import type { Loaders } from './loaders.js';

/** Built once per request; the actor comes from the session cookie only. */
export interface Context {
  requestId: string;
  request: Request;
  response: Response;
  /**
   * Who is acting. A shared box because Apollo shallow-copies the context per operation; only
   * sign-in, sign-out and switching organisation change it, before any tenant work starts.
   */
  auth: { actor: Actor | null };
  tenant: TenantTransaction;
  services: Services;
  loaders: Loaders;
}
