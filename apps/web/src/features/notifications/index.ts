/** The notifications feature's public face: the bell, its pages, and the queries the routes prefetch. */
import type { QueryClient } from '@tanstack/react-query';
import { notificationSettingsQueryOptions } from './api/get-notification-settings';
import { notificationsInfiniteQueryOptions } from './api/get-notifications';
import { outboxInfiniteQueryOptions } from './api/get-outbox';
import { outboxStatusFromParams } from './utils/outbox-params';

export { NotificationBell } from './components/notification-bell';
export { NotificationSettingsPage } from './components/notification-settings-page';
export { NotificationsPage } from './components/notifications-page';
export { OutboxPage } from './components/outbox-page';
export { UnsubscribePage } from './components/unsubscribe-page';

/** Starts reading the reader's notifications. */
export function prefetchNotifications(queryClient: QueryClient): void {
  void queryClient.prefetchInfiniteQuery(notificationsInfiniteQueryOptions());
}

/** Starts reading the reader's notification settings. */
export function prefetchNotificationSettings(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(notificationSettingsQueryOptions());
}

/** Starts reading what `/admin/outbox?status=…` shows (for the manager). */
export function prefetchOutbox(queryClient: QueryClient, url: URL): void {
  void queryClient.prefetchInfiniteQuery(outboxInfiniteQueryOptions(outboxStatusFromParams(url.searchParams)));
}
