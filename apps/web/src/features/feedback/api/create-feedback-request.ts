import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateFeedbackRequest, FeedbackRequest } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { refreshRequest } from './invalidate';

/** POST /api/feedback-requests — the reader asks; 422 DEADLINE_OUT_OF_RANGE, REVIEWER_NOT_ELIGIBLE (path `invitedMemberIds.<i>`). */
export function createFeedbackRequest(input: CreateFeedbackRequest): Promise<FeedbackRequest> {
  return api.post<FeedbackRequest>('/api/feedback-requests', input);
}

export function useCreateFeedbackRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createFeedbackRequest, onSuccess: (request) => refreshRequest(queryClient, request) });
}
