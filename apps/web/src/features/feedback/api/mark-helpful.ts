import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackRequest, FeedbackResponse } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

export interface MarkHelpfulInput {
  id: string;
  requestId: string;
  helpful: boolean;
}

/** PUT /api/feedback-responses/{id}/helpful (the requester) — marks an answer helpful, or not any more. */
export function markHelpful({ id, helpful }: MarkHelpfulInput): Promise<FeedbackResponse> {
  return api.put<FeedbackResponse>(`/api/feedback-responses/${encodeURIComponent(id)}/helpful`, { helpful });
}

/** The answer as the API now has it, in its request's page. */
export function replaceResponse(queryClient: ReturnType<typeof useQueryClient>, requestId: string, response: FeedbackResponse): void {
  queryClient.setQueryData<FeedbackRequest>(feedbackKeys.detail(requestId), (request) =>
    request ? { ...request, responses: request.responses.map((found) => (found.id === response.id ? response : found)) } : request,
  );
}

export function useMarkHelpful() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markHelpful,
    onSuccess: (response, { requestId }) => replaceResponse(queryClient, requestId, response),
  });
}
