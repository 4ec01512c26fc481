import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { normaliseEmail } from '../common/email.js';
import { badInput, notFound } from '../common/errors.js';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import type { Context } from '../graphql/context.js';
import { portalLink, type Portal } from '../notifications/links.js';
import type { Mailer } from '../notifications/mailer.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Invitation, InvitationStatus } from '../people/invitation.entity.js';
import { Membership } from '../people/membership.entity.js';
import { User } from '../people/user.entity.js';
import type { Actor } from './actor.js';
import type { InvitationPreview } from './invitation-preview.type.js';
import type { LoginThrottle } from './login-throttle.js';
import { PasswordReset } from './password-reset.entity.js';
import { assertStrongPassword, hashPassword, verifyAgainstDecoy, verifyPassword } from './passwords.js';
import { requireActor } from './permissions.js';
import type { SessionService } from './session.service.js';
import { hashToken, newToken } from './tokens.js';

const BAD_CREDENTIALS = 'Enter a correct email address and password';
const BAD_LINK = 'This link has expired or has already been used. Ask for a new one';


/**
 * Signing in and out, switching organisation, invitations and password resets. These run before
 * a tenant exists, so they use the owner connection in their own transaction, never the request's
 * tenant transaction; each ends by changing `context.auth.actor` for the rest of the request.
 */
export class AuthService {
  constructor(
    private readonly orm: Orm,
    private readonly config: Config,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
  ) {}

  async login(context: Context, emailInput: string, password: string): Promise<void> {
    const email = normaliseEmail(emailInput, 'email');
    if (!password) throw badInput('password', 'Enter your password');
    const ip = context.request.ip ?? 'unknown';
    await this.throttle.assertAllowed(email, ip);

    const system = this.orm.em.fork();
    const user = await system.findOne(User, { email }, { populate: ['passwordHash'] });
    const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDecoy(password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, ip);
      throw badInput('email', BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email, ip);
    await system.transactional(async (em) => {
      const membership = await em.findOne(Membership, { user: user.id }, { orderBy: { createdAt: 'asc' } });
      const { token, sessionId } = this.sessions.start(em, user.id, membership?.id ?? null, context.request);
      await em.nativeUpdate(User, { id: user.id }, { lastSignedInAt: new Date() });
      context.auth.actor = await this.actorFor(em, user.id, sessionId, membership);
      this.audit.record(em, context, { action: 'sign-in', subjectType: 'User', subjectId: user.id, operation: 'login' });
      await em.flush();
      this.sessions.setCookie(context.response, token);
    });
  }

  async logout(context: Context): Promise<void> {
    if (context.auth.actor) await this.sessions.end(context.auth.actor.sessionId);
    this.sessions.clearCookie(context.response);
    context.auth.actor = null;
  }

  async switchOrganisation(context: Context, membershipId: string): Promise<void> {
    const actor = requireActor(context.auth.actor);
    const membership = await this.orm.em.fork().findOne(Membership, { id: membershipId, user: actor.userId });
    if (!membership) throw notFound('Membership');
    await this.sessions.setActiveMembership(actor.sessionId, membership.id);
    context.auth.actor = await this.actorFor(this.orm.em.fork(), actor.userId, actor.sessionId, membership);
  }

  /** Always succeeds, so the answer does not reveal whether an account exists. */
  async requestPasswordReset(emailInput: string, portal: Portal): Promise<void> {
    const email = normaliseEmail(emailInput, 'email');
    const token = newToken();
    const user = await this.orm.em.fork().transactional(async (em) => {
      const found = await em.findOne(User, { email });
      if (!found) return null;
      em.create(PasswordReset, {
        user: found.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + this.config.passwordResetMinutes * 60_000),
        createdAt: new Date(),
      });
      return found;
    });
    if (!user) return;
    const link = portalLink(this.config.publicUrl, portal, '/reset-password', { token });
    await this.mailer.send({
      to: user.email,
      subject: 'Reset your AP Partnership password',
      text: `Hello ${user.displayName},\n\nUse this link to choose a new password. It works once, for ${this.config.passwordResetMinutes} minutes:\n\n${link}\n\nIf you did not ask for this, you can ignore this e-mail.`,
    });
  }

  async resetPassword(token: string, password: string): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      const reset = await em.findOne(
        PasswordReset,
        { tokenHash: hashToken(token), usedAt: null, expiresAt: { $gt: new Date() } },
        { populate: ['user'], lockMode: 4 /* pessimistic write */ },
      );
      if (!reset) throw badInput('token', BAD_LINK);
      const user = reset.user.getEntity();
      assertStrongPassword(password, 'password', [user.email, user.displayName]);
      user.passwordHash = await hashPassword(password);
      reset.usedAt = new Date();
      // A reset ends every signed-in browser: whoever knew the old password is signed out.
      await em.flush();
      await this.sessions.endAllFor(em, user.id);
    });
  }

  async invitationPreview(token: string): Promise<InvitationPreview> {
    const em = this.orm.em.fork();
    const invitation = await em.findOne(Invitation, { tokenHash: hashToken(token) }, { populate: ['organisation'] });
    if (!invitation) throw notFound('Invitation');
    assertPending(invitation);
    const existingAccount = (await em.count(User, { email: invitation.email })) > 0;
    const organisation = invitation.organisation.getEntity();
    return {
      organisationName: organisation.name,
      organisationKind: organisation.kind,
      email: invitation.email,
      roles: invitation.roles,
      expiresAt: invitation.expiresAt,
      existingAccount,
    };
  }

  /**
   * Joins the organisation: a new account chooses a name and password, an existing one confirms
   * with its password. Then the user is signed in with the new membership active.
   */
  async acceptInvitation(context: Context, input: { token: string; displayName?: string | null; password: string }): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      const invitation = await em.findOne(
        Invitation,
        { tokenHash: hashToken(input.token) },
        { populate: ['organisation'], lockMode: 4 /* pessimistic write */ },
      );
      if (!invitation) throw badInput('token', BAD_LINK);
      assertPending(invitation);

      let user = await em.findOne(User, { email: invitation.email }, { populate: ['passwordHash'] });
      if (user) {
        if (!(await verifyPassword(user.passwordHash, input.password))) throw badInput('password', 'Enter the password of your existing account');
      } else {
        const displayName = (input.displayName ?? '').trim();
        if (!displayName) throw badInput('displayName', 'Enter your full name');
        if (displayName.length > 120) throw badInput('displayName', 'Full name must be 120 characters or fewer');
        assertStrongPassword(input.password, 'password', [invitation.email, displayName]);
        user = em.create(User, {
          email: invitation.email,
          displayName,
          passwordHash: await hashPassword(input.password),
          createdAt: new Date(),
        });
      }

      let membership = await em.findOne(Membership, { user: user.id, organisation: invitation.organisation.id });
      if (membership) membership.roles = [...new Set([...membership.roles, ...invitation.roles])];
      else membership = em.create(Membership, { user, organisation: invitation.organisation.id, roles: invitation.roles, createdAt: new Date() });
      invitation.acceptedAt = new Date();
      user.lastSignedInAt = new Date();

      const { token, sessionId } = this.sessions.start(em, user.id, membership.id, context.request);
      context.auth.actor = await this.actorFor(em, user.id, sessionId, membership);
      this.audit.record(em, context, { action: 'write', subjectType: 'Membership', subjectId: membership.id, operation: 'acceptInvitation' });
      await em.flush();
      this.sessions.setCookie(context.response, token);
    });
  }

  private async actorFor(em: EntityManager, userId: string, sessionId: string, membership: Membership | null): Promise<Actor> {
    const organisation = membership ? await em.findOneOrFail(Organisation, membership.organisation.id) : null;
    return {
      userId,
      sessionId,
      membershipId: membership?.id ?? null,
      organisationId: organisation?.id ?? null,
      organisationKind: organisation?.kind ?? null,
      roles: membership?.roles ?? [],
    };
  }
}

function assertPending(invitation: Invitation): void {
  const status = invitation.statusAt(new Date());
  if (status === InvitationStatus.EXPIRED) throw badInput('token', 'This invitation has expired. Ask the person who invited you to send a new one');
  if (status !== InvitationStatus.PENDING) throw badInput('token', 'This invitation has already been used or was withdrawn');
}

