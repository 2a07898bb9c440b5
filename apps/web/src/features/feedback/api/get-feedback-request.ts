import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeedbackRequest } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

/** GET /api/feedback-requests/{id} — 404 FEEDBACK_REQUEST_NOT_FOUND when it does not exist or invites only others. */
export function getFeedbackRequest(id: string, signal?: AbortSignal): Promise<FeedbackRequest> {
  return api.get<FeedbackRequest>(`/api/feedback-requests/${encodeURIComponent(id)}`, { signal });
}

export const feedbackRequestQueryOptions = (id: string) =>
  queryOptions({
    queryKey: feedbackKeys.detail(id),
    queryFn: ({ signal }) => getFeedbackRequest(id, signal),
  });

export function useFeedbackRequest(id: string) {
  return useQuery(feedbackRequestQueryOptions(id));
}
