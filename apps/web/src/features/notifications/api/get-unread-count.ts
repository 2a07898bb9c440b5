import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnreadCount } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

/** How often the bell asks again while the portal is open. */
export const UNREAD_COUNT_INTERVAL_MS = 60_000;

/** GET /api/notifications/unread-count — what the bell shows. */
export function getUnreadCount(signal?: AbortSignal): Promise<UnreadCount> {
  return api.get<UnreadCount>('/api/notifications/unread-count', { signal });
}

export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => getUnreadCount(signal),
  });

/** The bell's count: read again every minute while the tab is visible, and whenever the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    ...unreadCountQueryOptions(),
    refetchInterval: UNREAD_COUNT_INTERVAL_MS,
    refetchOnWindowFocus: 'always',
  });
}
