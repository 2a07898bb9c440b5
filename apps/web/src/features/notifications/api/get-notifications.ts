import { infiniteQueryOptions, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationPage, UnreadCount } from '@tertulia/domain';
import { useEffect } from 'react';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

/** GET /api/notifications?cursor — the reader's delivered notifications, newest first, with their unread count. */
export function getNotifications(cursor?: string, signal?: AbortSignal): Promise<NotificationPage> {
  return api.get<NotificationPage>('/api/notifications', { query: { cursor }, signal });
}

export const notificationsInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: notificationKeys.lists(),
    queryFn: ({ pageParam, signal }) => getNotifications(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

/** The list; each page it reads also tells the bell the latest unread count, so both always agree. */
export function useNotifications() {
  const queryClient = useQueryClient();
  const query = useInfiniteQuery(notificationsInfiniteQueryOptions());
  const pages = query.data?.pages;
  const latest = pages && pages.length > 0 ? pages[pages.length - 1]!.unreadCount : undefined;
  useEffect(() => {
    if (latest !== undefined) queryClient.setQueryData<UnreadCount>(notificationKeys.unreadCount(), { unreadCount: latest });
  }, [queryClient, latest, query.dataUpdatedAt]);
  return query;
}
