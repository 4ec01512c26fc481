import { A, useSearchParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, createSignal, For, Show } from 'solid-js';
import { useSession } from '../../auth/session';
import { Button } from '../../components/Button';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Tag } from '../../components/Tag';
import type { NotificationsQuery } from '../../gql/graphql';
import { fetchQuery, runMutation } from '../../graphql/requests';
import { formatDate } from '../../labels/dates';
import { notificationTarget } from '../../notifications/notification-link';
import { usePageTitle } from '../../portal/page-title';
import { usePortal } from '../../portal/portal-context';
import { MarkNotificationReadDocument, NotificationsDocument, notificationsPerPage } from './notifications.data';

type NotificationItem = NotificationsQuery['notifications']['edges'][number]['node'];

/** The signed-in user's notifications, newest first; reading one (or following its link) marks it read. */
export function NotificationsPage() {
  const client = useClient();
  const session = useSession();
  const portal = usePortal();
  const [search] = useSearchParams<{ unread: string; after: string }>();
  const [markFailed, setMarkFailed] = createSignal(false);
  usePageTitle(() => 'Notifications');

  const unreadOnly = () => search.unread === 'true';
  const [page, { refetch }] = createResource(
    () => ({ unreadOnly: unreadOnly(), after: search.after ?? null }),
    (current) => fetchQuery(client, NotificationsDocument, { first: notificationsPerPage, ...current }),
  );

  async function markRead(notification: NotificationItem): Promise<boolean> {
    if (notification.readAt) return true;
    const outcome = await runMutation(client, MarkNotificationReadDocument, { id: notification.id });
    setMarkFailed(!outcome.ok);
    void session.refreshUnreadNotifications();
    return outcome.ok;
  }

  const pageHref = (options: { unread: boolean; after?: string }) => {
    const params = new URLSearchParams();
    if (options.unread) params.set('unread', 'true');
    if (options.after) params.set('after', options.after);
    const query = params.toString();
    return query ? `/notifications?${query}` : '/notifications';
  };

  return (
    <>
      <h1 class="govuk-heading-l">Notifications</h1>
      <Show when={markFailed()}>
        <NotificationBanner heading="Sorry, we could not mark the notification as read. Try again." />
      </Show>
      <p class="govuk-body">
        <Show
          when={unreadOnly()}
          fallback={
            <A class="govuk-link" href={pageHref({ unread: true })}>
              Show unread notifications only
            </A>
          }
        >
          <A class="govuk-link" href={pageHref({ unread: false })}>
            Show all notifications
          </A>
        </Show>
      </p>
      <Show when={page()}>
        {(loaded) => (
          <>
            <p class="govuk-body" role="status">
              {describeCount(loaded().notifications.totalCount, unreadOnly())}
            </p>
            <For each={loaded().notifications.edges.map((edge) => edge.node)}>
              {(notification) => (
                <NotificationEntry
                  notification={notification}
                  target={notificationTarget(notification.link, portal.basePath, portal.otherPortal.href)}
                  onMarkRead={async () => {
                    if (await markRead(notification)) void refetch();
                  }}
                  onFollow={() => markRead(notification)}
                />
              )}
            </For>
            <p class="govuk-body">
              <Show when={search.after}>
                <A class="govuk-link govuk-!-margin-right-4" href={pageHref({ unread: unreadOnly() })}>
                  First page
                </A>
              </Show>
              <Show when={loaded().notifications.pageInfo.hasNextPage && loaded().notifications.pageInfo.endCursor}>
                {(endCursor) => (
                  <A class="govuk-link" href={pageHref({ unread: unreadOnly(), after: endCursor() })}>
                    Next page
                  </A>
                )}
              </Show>
            </p>
          </>
        )}
      </Show>
    </>
  );
}

function describeCount(count: number, unreadOnly: boolean): string {
  const noun = unreadOnly ? 'unread notification' : 'notification';
  if (count === 0) return unreadOnly ? 'You have no unread notifications.' : 'You have no notifications.';
  return `You have ${count} ${noun}${count === 1 ? '' : 's'}.`;
}

interface NotificationEntryProps {
  notification: NotificationItem;
  target: ReturnType<typeof notificationTarget>;
  onMarkRead: () => Promise<void>;
  /** Following the link also marks the notification read. */
  onFollow: () => Promise<boolean>;
}

function NotificationEntry(props: NotificationEntryProps) {
  const [busy, setBusy] = createSignal(false);
  const unread = () => !props.notification.readAt;
  const internal = () => (props.target && 'internal' in props.target ? props.target.internal : undefined);
  const external = () => (props.target && 'external' in props.target ? props.target.external : undefined);
  return (
    <article class={unread() ? 'app-notification app-notification--unread' : 'app-notification'}>
      <Show when={unread()}>
        <Tag colour="blue">Unread</Tag>
      </Show>
      <h2 class="govuk-heading-s govuk-!-margin-top-2 govuk-!-margin-bottom-1">{props.notification.title}</h2>
      <p class="govuk-body-s app-secondary-text govuk-!-margin-bottom-2">{formatDate(props.notification.createdAt)}</p>
      <p class="govuk-body">{props.notification.body}</p>
      <div class="govuk-button-group">
        <Show when={internal()}>
          {(href) => (
            <A class="govuk-link" href={href()} onClick={() => void props.onFollow()}>
              Go to the page<span class="govuk-visually-hidden">: {props.notification.title}</span>
            </A>
          )}
        </Show>
        <Show when={external()}>
          {(href) => (
            <a
              class="govuk-link"
              href={href()}
              rel="external"
              onClick={(event) => {
                // The other portal is another app: mark read first, the page is about to be left.
                event.preventDefault();
                void props.onFollow().finally(() => window.location.assign(href()));
              }}
            >
              Go to the page<span class="govuk-visually-hidden">: {props.notification.title}</span>
            </a>
          )}
        </Show>
        <Show when={unread()}>
          <Button
            variant="secondary"
            type="button"
            busy={busy()}
            onClick={() => {
              setBusy(true);
              void props.onMarkRead().finally(() => setBusy(false));
            }}
          >
            Mark as read<span class="govuk-visually-hidden">: {props.notification.title}</span>
          </Button>
        </Show>
      </div>
    </article>
  );
}
