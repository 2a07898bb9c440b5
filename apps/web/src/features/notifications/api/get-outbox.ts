import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { OutboxPage, OutboxStatus } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

/** GET /api/outbox?status&cursor (manager) — the e-mails, newest first, whether SMTP is configured, how many wait. */
export function getOutbox(status: OutboxStatus | undefined, cursor?: string, signal?: AbortSignal): Promise<OutboxPage> {
  return api.get<OutboxPage>('/api/outbox', { query: { status, cursor }, signal });
}

export const outboxInfiniteQueryOptions = (status?: OutboxStatus) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.outbox(status),
    queryFn: ({ pageParam, signal }) => getOutbox(status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

/** The outbox; while another status loads, the previous messages stay on screen. */
export function useOutbox(status?: OutboxStatus) {
  return useInfiniteQuery({ ...outboxInfiniteQueryOptions(status), placeholderData: (previous) => previous });
}
