import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackRequest, UpdateFeedbackRequest } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { refreshRequest } from './invalidate';

export interface UpdateFeedbackRequestInput {
  id: string;
  patch: UpdateFeedbackRequest;
}

/** PATCH /api/feedback-requests/{id} (its requester) — 409 FEEDBACK_CLOSED, QUESTIONS_LOCKED; 422 CAP_BELOW_ANSWERS. */
export function updateFeedbackRequest({ id, patch }: UpdateFeedbackRequestInput): Promise<FeedbackRequest> {
  return api.patch<FeedbackRequest>(`/api/feedback-requests/${encodeURIComponent(id)}`, patch);
}

export function useUpdateFeedbackRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateFeedbackRequest, onSuccess: (request) => refreshRequest(queryClient, request) });
}
