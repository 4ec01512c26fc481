import type { EntityManager } from '@mikro-orm/postgresql';
import { requireActor } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Context } from '../graphql/context.js';
import type { Role } from '../people/role.js';
import type { Email, Mailer } from './mailer.js';
import { Notification } from './notification.entity.js';

export interface MemberNotification {
  organisationId: string;
  /** Members holding any of these roles are told. */
  roles: readonly Role[];
  kind: string;
  title: string;
  body: string;
  /** Absolute URL of the page to act on, for the e-mail; its path is kept for the portal. */
  link?: string;
  /** The same event reaches a person once, however often it is raised. */
  dedupeKey?: string;
}

/** In-portal notifications, each also e-mailed once the work that raised it has committed. */
export class NotificationService {
  constructor(private readonly mailer: Mailer) {}

  /**
   * Notifies the organisation's members with the given roles, in the caller's transaction.
   * Returns the e-mails to send after commit. Fan-out goes through the SECURITY DEFINER function
   * notify_members, because the raiser (e.g. a provider) may not see the recipients' memberships.
   */
  async notifyMembers(em: EntityManager, message: MemberNotification): Promise<Email[]> {
    const recipients = await em.execute<{ email: string; display_name: string }[]>(
      "select email, display_name from notify_members(?, string_to_array(?, ','), ?, ?, ?, ?, ?)",
      [message.organisationId, message.roles.join(','), message.kind, message.title, message.body, message.link ? new URL(message.link).pathname : null, message.dedupeKey ?? null],
    );
    return recipients.map((recipient) => ({
      to: recipient.email,
      subject: message.title,
      text: `Hello ${recipient.display_name},\n\n${message.body}${message.link ? `\n\n${message.link}` : ''}\n`,
    }));
  }

  async send(emails: Email[]): Promise<void> {
    for (const email of emails) await this.mailer.send(email);
  }

  async list(context: Context, page: PageArgs, unreadOnly: boolean): Promise<Connection<Notification>> {
    const actor = requireActor(context.auth.actor);
    const em = await context.tenant.em();
    const { offset, limit } = pageWindow(page);
    const where = { user: actor.userId, ...(unreadOnly ? { readAt: null } : {}) };
    const [items, total] = await em.findAndCount(Notification, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset, limit });
    return toConnection(items, total, offset);
  }

  async unreadCount(context: Context): Promise<number> {
    const actor = requireActor(context.auth.actor);
    const em = await context.tenant.em();
    return em.count(Notification, { user: actor.userId, readAt: null });
  }

  async markRead(context: Context, id: string): Promise<Notification> {
    const actor = requireActor(context.auth.actor);
    const em = await context.tenant.em();
    const notification = await em.findOne(Notification, { id: asUuid(id), user: actor.userId });
    if (!notification) throw notFound('Notification');
    notification.readAt ??= new Date();
    await em.flush();
    return notification;
  }
}
