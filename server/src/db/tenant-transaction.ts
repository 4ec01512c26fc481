import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor.js';
import { isPlatform } from '../auth/permissions.js';
import type { Orm } from './orm.js';
import { APP_ROLE } from './migrations/rls.js';

/**
 * One request's database work: a single transaction, opened on first use, running as the
 * non-owner app role with the actor's tenant settings, so row-level security filters every query
 * (joined populates and raw SQL included). Settings are transaction-local and end with it.
 */
export class TenantTransaction {
  private opened?: Promise<EntityManager>;
  private readonly afterCommitCallbacks: Array<() => Promise<void> | void> = [];

  constructor(
    private readonly orm: Orm,
    private readonly actor: () => Actor | null,
  ) {}

  em(): Promise<EntityManager> {
    this.opened ??= this.open();
    return this.opened;
  }

  /** Work that must only happen once the data is committed (e-mails, live events). */
  afterCommit(callback: () => Promise<void> | void): void {
    this.afterCommitCallbacks.push(callback);
  }

  async finish(commit: boolean): Promise<void> {
    if (this.opened) {
      const em = await this.opened;
      if (commit) await em.commit();
      else await em.rollback();
    }
    if (commit) for (const callback of this.afterCommitCallbacks) await callback();
  }

  private async open(): Promise<EntityManager> {
    const em = this.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
    await em.begin();
    const actor = this.actor();
    await em.execute(`set local role ${APP_ROLE.name}`);
    await em.execute(
      `select set_config('app.user_id', ?, true), set_config('app.org_id', ?, true), set_config('app.is_admin', ?, true), set_config('app.roles', ?, true)`,
      [
        actor?.userId ?? '',
        actor?.organisationId ?? '',
        isPlatform(actor) ? 'on' : '',
        actor?.roles.join(',') ?? '',
      ],
    );
    return em;
  }
}
