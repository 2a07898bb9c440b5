import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { MarkNotificationsRead, NotificationPage, UnreadCount } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { markPagesRead } from '../utils/notification-list';
import { notificationKeys } from './keys';

/** POST /api/notifications/read — some of the reader's notifications (`ids`) or `all`; answers the new unread count. */
export function markNotificationsRead(input: MarkNotificationsRead): Promise<UnreadCount> {
  return api.post<UnreadCount>('/api/notifications/read', input);
}

type Pages = InfiniteData<NotificationPage, string | undefined>;

/** What the reader sees changes at once (the list's marks, the bell); the API's answer then sets the count. */
function applyRead(queryClient: QueryClient, input: MarkNotificationsRead, now: string): void {
  let newlyRead = 0;
  queryClient.setQueryData<Pages>(notificationKeys.lists(), (data) => {
    if (!data) return data;
    const result = markPagesRead(data.pages, input, now);
    newlyRead = result.newlyRead;
    return { ...data, pages: result.pages };
  });
  queryClient.setQueryData<UnreadCount>(notificationKeys.unreadCount(), (count) => {
    if (!count) return count;
    return { unreadCount: input.all ? 0 : Math.max(0, count.unreadCount - newlyRead) };
  });
}

/**
 * Marks notifications read. Kept at the hook (not per call) so that it completes even when the
 * click that started it navigates away from the list.
 */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.unreadCount() });
      applyRead(queryClient, input, new Date().toISOString());
    },
    onSuccess: (count) => {
      queryClient.setQueryData(notificationKeys.unreadCount(), count);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.lists() }),
    onError: () => queryClient.invalidateQueries({ queryKey: notificationKeys.unreadCount() }),
  });
}
