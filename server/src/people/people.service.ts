import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { PERMISSIONS, assertCan, isPlatform } from '../auth/permissions.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { normaliseEmail } from '../common/email.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { portalFor, portalLink } from '../notifications/links.js';
import type { Mailer } from '../notifications/mailer.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Invitation, InvitationStatus } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import type { InviteMemberInput } from './people.inputs.js';
import { ROLES_BY_KIND, Role } from './role.js';
import { User } from './user.entity.js';

/** Members and invitations of the active organisation. */
export class PeopleService {
  constructor(
    private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
  ) {}

  async members(context: Context, organisationId: string, page: PageArgs): Promise<Connection<Membership>> {
    const actor = assertCan(context.auth.actor, 'member:list');
    assertOwnOrganisation(actor, organisationId);
    const em = await context.tenant.em();
    const { offset, limit } = pageWindow(page);
    const [items, total] = await em.findAndCount(
      Membership,
      { organisation: organisationId },
      { populate: ['user'], orderBy: { user: { displayName: 'asc' }, id: 'asc' }, offset, limit },
    );
    this.audit.recordReads(em, context, 'User', items.map((m) => m.user.id), 'Organisation.members');
    return toConnection(items, total, offset);
  }

  async pendingInvitations(context: Context, organisationId: string): Promise<Invitation[]> {
    const actor = assertCan(context.auth.actor, 'member:invite');
    assertOwnOrganisation(actor, organisationId);
    const em = await context.tenant.em();
    return em.find(
      Invitation,
      { organisation: organisationId, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } },
      { orderBy: { createdAt: 'desc' }, limit: 200 },
    );
  }

  async invite(context: Context, input: InviteMemberInput): Promise<Invitation> {
    const actor = assertCan(context.auth.actor, 'member:invite');
    const email = normaliseEmail(input.email, 'email');
    const em = await context.tenant.em();
    const organisation = await em.findOneOrFail(Organisation, actor.organisationId);
    const roles = validRoles(input.roles, organisation);
    if (await em.count(Membership, { organisation: organisation.id, user: { email } })) {
      throw conflict(`${email} is already a member of ${organisation.name}`, 'email');
    }
    const pending = await em.count(Invitation, {
      organisation: organisation.id,
      email,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { $gt: new Date() },
    });
    if (pending) throw conflict(`An invitation to ${email} is already waiting. Withdraw it to send a new one`, 'email');

    const token = newToken();
    const invitation = em.create(Invitation, {
      organisation,
      email,
      roles,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(Date.now() + this.config.invitationDays * 86_400_000),
      createdAt: new Date(),
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'Invitation', subjectId: invitation.id, operation: 'inviteMember' });
    await em.flush();

    const link = portalLink(this.config.publicUrl, portalFor(organisation.kind), '/accept-invitation', { token });
    const inviter = await em.findOneOrFail(User, actor.userId);
    context.tenant.afterCommit(() =>
      this.mailer.send({
        to: email,
        subject: `You have been invited to join ${organisation.name} on AP Partnership`,
        text: `Hello,\n\n${inviter.displayName} has invited you to join ${organisation.name} on AP Partnership.\n\nAccept the invitation within ${this.config.invitationDays} days:\n\n${link}\n\nIf you were not expecting this, you can ignore this e-mail.`,
      }),
    );
    return invitation;
  }

  async revokeInvitation(context: Context, id: string): Promise<Invitation> {
    const actor = assertCan(context.auth.actor, 'member:manage');
    const em = await context.tenant.em();
    const invitation = await em.findOne(Invitation, { id: asUuid(id), organisation: actor.organisationId });
    if (!invitation) throw notFound('Invitation');
    if (invitation.statusAt(new Date()) !== InvitationStatus.PENDING) throw conflict('Only a waiting invitation can be withdrawn');
    invitation.revokedAt = new Date();
    this.audit.record(em, context, { action: 'write', subjectType: 'Invitation', subjectId: invitation.id, operation: 'revokeInvitation' });
    await em.flush();
    return invitation;
  }

  async updateRoles(context: Context, membershipId: string, roles: Role[]): Promise<Membership> {
    const actor = assertCan(context.auth.actor, 'member:manage');
    const em = await context.tenant.em();
    const membership = await this.ownMembership(em, actor, membershipId);
    const organisation = await em.findOneOrFail(Organisation, membership.organisation.id);
    membership.roles = validRoles(roles, organisation);
    await this.assertAdminRemains(em, organisation.id);
    this.audit.record(em, context, { action: 'write', subjectType: 'Membership', subjectId: membership.id, operation: 'updateMemberRoles' });
    await em.flush();
    return membership;
  }

  async remove(context: Context, membershipId: string): Promise<void> {
    const actor = assertCan(context.auth.actor, 'member:manage');
    const em = await context.tenant.em();
    const membership = await this.ownMembership(em, actor, membershipId);
    em.remove(membership);
    await this.assertAdminRemains(em, membership.organisation.id);
    this.audit.record(em, context, { action: 'write', subjectType: 'Membership', subjectId: membership.id, operation: 'removeMember' });
    await em.flush();
  }

  private async ownMembership(em: EntityManager, actor: Actor, membershipId: string): Promise<Membership> {
    const membership = await em.findOne(Membership, { id: asUuid(membershipId), organisation: actor.organisationId! });
    if (!membership) throw notFound('Membership');
    return membership;
  }

  /** An organisation must keep someone who can manage its members. */
  private async assertAdminRemains(em: EntityManager, organisationId: string): Promise<void> {
    await em.flush();
    const admins = await em.count(Membership, { organisation: organisationId, roles: { $overlap: [...PERMISSIONS['member:manage']] } });
    if (admins === 0) throw conflict('The organisation must keep at least one member who can manage members', 'roles');
  }
}

function assertOwnOrganisation(actor: Actor, organisationId: string): void {
  if (organisationId !== actor.organisationId && !isPlatform(actor)) throw forbidden('You can only see the members of your own organisation.');
}

function validRoles(roles: Role[], organisation: Organisation): Role[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0) throw badInput('roles', 'Select at least one role');
  const allowed = ROLES_BY_KIND[organisation.kind];
  const wrong = unique.find((role) => !allowed.includes(role));
  if (wrong) throw badInput('roles', `${wrong} is not a role in a ${organisation.kind.toLowerCase().replace('_', ' ')}`);
  return unique;
}
