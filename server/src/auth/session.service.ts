import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import type { OrganisationKind } from '../organisations/organisation-kind.js';
import type { Role } from '../people/role.js';
import type { Actor } from './actor.js';
import { Session } from './session.entity.js';
import { hashToken, newToken } from './tokens.js';

export const SESSION_COOKIE = 'ap_session';

interface SessionRow {
  id: string;
  user_id: string;
  membership_id: string | null;
  organisation_id: string | null;
  kind: OrganisationKind | null;
  roles: Role[] | null;
}

/**
 * Sessions live in Postgres (any API process can serve any request). This is system work done
 * as the owner role before and outside the request's tenant transaction.
 */
export class SessionService {
  constructor(
    private readonly orm: Orm,
    private readonly config: Config,
  ) {}

  /** The actor for a cookie token, or null when the session is unknown or expired. */
  async resolve(token: string | undefined): Promise<Actor | null> {
    if (!token) return null;
    const em = this.orm.em.fork();
    const [row] = await em.execute<SessionRow[]>(
      `select s.id, s.user_id, m.id as membership_id, m.organisation_id, o.kind, m.roles
         from user_session s
         left join lateral (
           select * from membership m
            where m.user_id = s.user_id
            order by (m.id = s.active_membership_id) desc, m.created_at
            limit 1) m on true
         left join organisation o on o.id = m.organisation_id
        where s.token_hash = ? and s.expires_at > now()`,
      [hashToken(token)],
    );
    if (!row) return null;
    return {
      userId: row.user_id,
      sessionId: row.id,
      membershipId: row.membership_id,
      organisationId: row.organisation_id,
      organisationKind: row.kind,
      roles: row.roles ?? [],
    };
  }

  /** Creates a session inside the caller's (system) transaction; the token goes in the cookie. */
  start(em: EntityManager, userId: string, membershipId: string | null, request: Request): { token: string; sessionId: string } {
    const token = newToken();
    const session = em.create(Session, {
      tokenHash: hashToken(token),
      user: userId,
      activeMembership: membershipId,
      expiresAt: new Date(Date.now() + this.config.sessionDays * 86_400_000),
      ipAddress: request.ip ?? null,
      userAgent: request.get('user-agent')?.slice(0, 300) ?? null,
      createdAt: new Date(),
    });
    return { token, sessionId: session.id };
  }

  setCookie(response: Response, token: string): void {
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.production,
      path: '/',
      maxAge: this.config.sessionDays * 86_400_000,
    });
  }

  clearCookie(response: Response): void {
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  async end(sessionId: string): Promise<void> {
    await this.orm.em.fork().nativeDelete(Session, { id: sessionId });
  }

  async endAllFor(em: EntityManager, userId: string): Promise<void> {
    await em.nativeDelete(Session, { user: userId });
  }

  async setActiveMembership(sessionId: string, membershipId: string): Promise<void> {
    await this.orm.em.fork().nativeUpdate(Session, { id: sessionId }, { activeMembership: membershipId });
  }
}
