import { unauthenticated } from '../common/errors.js';
import type { Context } from '../graphql/context.js';
import { Membership } from '../people/membership.entity.js';
import { User } from '../people/user.entity.js';
import { Me } from './me.type.js';
import { permissionsOf } from './permissions.js';

/** The signed-in user's own view, read through the tenant transaction like everything else. */
export class MeService {
  async load(context: Context): Promise<Me | null> {
    const actor = context.auth.actor;
    if (!actor) return null;
    const em = await context.tenant.em();
    const user = await em.findOne(User, actor.userId);
    if (!user) return null;
    const memberships = await em.find(Membership, { user: actor.userId }, { populate: ['organisation'], orderBy: { createdAt: 'asc' } });
    const me = new Me();
    me.user = user;
    me.memberships = memberships;
    me.activeMembership = memberships.find((m) => m.id === actor.membershipId) ?? null;
    me.permissions = permissionsOf(actor);
    return me;
  }

  async loadOrFail(context: Context): Promise<Me> {
    const me = await this.load(context);
    if (!me) throw unauthenticated();
    return me;
  }
}
