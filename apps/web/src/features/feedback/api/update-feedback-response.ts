import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackAnswer, FeedbackResponse } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { refreshAfterAnswer } from './invalidate';
import { replaceResponse } from './mark-helpful';

export interface UpdateResponseInput {
  id: string;
  requestId: string;
  answer: FeedbackAnswer;
}

/** PUT /api/feedback-responses/{id} (its reviewer) — until the request closes (409 FEEDBACK_CLOSED). */
export function updateFeedbackResponse({ id, answer }: UpdateResponseInput): Promise<FeedbackResponse> {
  return api.put<FeedbackResponse>(`/api/feedback-responses/${encodeURIComponent(id)}`, answer);
}

export function useUpdateFeedbackResponse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFeedbackResponse,
    onSuccess: (response, { requestId }) => replaceResponse(queryClient, requestId, response),
    onSettled: (_response, _error, { requestId }) => refreshAfterAnswer(queryClient, requestId),
  });
}
