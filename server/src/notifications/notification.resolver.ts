import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Me } from '../auth/me.type.js';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { Notification } from './notification.entity.js';

export const NotificationConnection = connectionType('Notification', () => Notification);

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  notifications(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: 'Only those not yet marked read.' }) unreadOnly: boolean,
    @Ctx() context: Context,
  ): Promise<Connection<Notification>> {
    return context.services.notifications.list(context, page, unreadOnly);
  }

  @Mutation(() => Notification, { description: 'Marks one of the signed-in user’s notifications read.' })
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Notification> {
    return context.services.notifications.markRead(context, id);
  }
}

@Resolver(() => Me)
export class MeNotificationsResolver {
  @FieldResolver(() => Int, { description: 'How many notifications the user has not read yet.' })
  unreadNotifications(@Ctx() context: Context): Promise<number> {
    return context.services.notifications.unreadCount(context);
  }
}
