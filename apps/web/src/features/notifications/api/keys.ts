import type { OutboxStatus } from '@tertulia/domain';

/** Everything the notifications feature reads sits under one root, so that a change refreshes it all. */
export const notificationKeys = {
  all: ['notifications'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
  settings: () => [...notificationKeys.all, 'settings'] as const,
  outbox: (status?: OutboxStatus) => [...notificationKeys.all, 'outbox', status ?? 'any'] as const,
};
