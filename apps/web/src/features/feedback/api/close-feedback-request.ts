import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackRequest } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { refreshRequest } from './invalidate';

/** POST /api/feedback-requests/{id}/close (its requester) — no more answers; closing twice is fine. */
export function closeFeedbackRequest(id: string): Promise<FeedbackRequest> {
  return api.post<FeedbackRequest>(`/api/feedback-requests/${encodeURIComponent(id)}/close`);
}

export function useCloseFeedbackRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeFeedbackRequest, onSuccess: (request) => refreshRequest(queryClient, request) });
}
