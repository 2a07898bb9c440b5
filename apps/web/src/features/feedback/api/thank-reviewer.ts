import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackResponse } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { replaceResponse } from './mark-helpful';

export interface ThankInput {
  id: string;
  requestId: string;
  message: string;
}

/** PUT /api/feedback-responses/{id}/thanks (the requester) — a thank-you note the reviewer reads; sending again replaces it. */
export function thankReviewer({ id, message }: ThankInput): Promise<FeedbackResponse> {
  return api.put<FeedbackResponse>(`/api/feedback-responses/${encodeURIComponent(id)}/thanks`, { message });
}

export function useThankReviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: thankReviewer,
    onSuccess: (response, { requestId }) => replaceResponse(queryClient, requestId, response),
  });
}
