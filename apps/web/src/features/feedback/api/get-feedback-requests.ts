import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { FeedbackRequestSummary, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { feedbackKeys, type FeedbackListFilters } from './keys';

/** GET /api/feedback-requests?asked|mine&status&cursor — newest first, the requests the reader may see. */
export function getFeedbackRequests(
  { asked, mine, status }: FeedbackListFilters,
  cursor?: string,
  signal?: AbortSignal,
): Promise<Page<FeedbackRequestSummary>> {
  return api.get<Page<FeedbackRequestSummary>>('/api/feedback-requests', {
    query: { asked: asked ? 'true' : undefined, mine: mine ? 'true' : undefined, status, cursor },
    signal,
  });
}

export const feedbackRequestsQueryOptions = (filters: FeedbackListFilters) =>
  infiniteQueryOptions({
    queryKey: feedbackKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getFeedbackRequests(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useFeedbackRequests(filters: FeedbackListFilters) {
  return useInfiniteQuery(feedbackRequestsQueryOptions(filters));
}
