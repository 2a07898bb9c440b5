import type { QueryClient } from '@tanstack/react-query';
import type { FeedbackRequest } from '@tertulia/domain';
import { DIRECTORY_ROOT, feedbackKeys } from './keys';

/** After a change to a request: its page shows the answer at once; every list (counts, states, marks) reads again. */
export function refreshRequest(queryClient: QueryClient, request?: FeedbackRequest): Promise<unknown> {
  if (request) queryClient.setQueryData(feedbackKeys.detail(request.id), request);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: feedbackKeys.details(), refetchType: request ? 'none' : 'active' }),
  ]);
}

/** After an answer is given: the request, the lists, the reader's own count this week and their profile's count. */
export function refreshAfterAnswer(queryClient: QueryClient, requestId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: feedbackKeys.detail(requestId) }),
    queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: feedbackKeys.settings() }),
    queryClient.invalidateQueries({ queryKey: DIRECTORY_ROOT }),
  ]);
}
