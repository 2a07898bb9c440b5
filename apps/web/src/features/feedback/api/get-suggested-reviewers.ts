import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SuggestedReviewer } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

export const SUGGESTIONS_LIMIT = 8;

/**
 * GET /api/feedback-requests/suggested-reviewers?expertise=a,b — members whose skills or services
 * match, best first; never the reader, nobody in focus, off or past their weekly quota.
 */
export async function getSuggestedReviewers(expertise: readonly string[], signal?: AbortSignal): Promise<SuggestedReviewer[]> {
  const list = await api.get<{ items: SuggestedReviewer[] }>('/api/feedback-requests/suggested-reviewers', {
    query: { expertise: expertise.join(','), limit: SUGGESTIONS_LIMIT },
    signal,
  });
  return list.items;
}

export const suggestedReviewersQueryOptions = (expertise: readonly string[]) =>
  queryOptions({
    queryKey: feedbackKeys.suggestions(expertise),
    queryFn: ({ signal }) => getSuggestedReviewers(expertise, signal),
    staleTime: 60_000,
  });

/** Asked only when there is some expertise to match; the last answer stays while the next one comes. */
export function useSuggestedReviewers(expertise: readonly string[]) {
  return useQuery({ ...suggestedReviewersQueryOptions(expertise), enabled: expertise.length > 0, placeholderData: keepPreviousData });
}
