import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackAnswer, FeedbackRequest, FeedbackResponse } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { refreshAfterAnswer } from './invalidate';
import { feedbackKeys } from './keys';

export interface AnswerInput {
  requestId: string;
  answer: FeedbackAnswer;
}

/**
 * POST /api/feedback-requests/{id}/responses — 422 OWN_FEEDBACK_REQUEST, ANSWERS_MISMATCH;
 * 409 FEEDBACK_CLOSED, ALREADY_ANSWERED, FEEDBACK_FULL (someone else took the last place).
 */
export function answerFeedbackRequest({ requestId, answer }: AnswerInput): Promise<FeedbackResponse> {
  return api.post<FeedbackResponse>(`/api/feedback-requests/${encodeURIComponent(requestId)}/responses`, answer);
}

export function useAnswerFeedbackRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerFeedbackRequest,
    // The page shows the answer at once, before the request is read again.
    onSuccess: (response, { requestId }) =>
      queryClient.setQueryData<FeedbackRequest>(feedbackKeys.detail(requestId), (request) =>
        request
          ? { ...request, responses: [...request.responses, response], answeredByMe: true, canAnswer: false, responseCount: request.responseCount + 1 }
          : request,
      ),
    // A refusal too: the request has changed (closed, full), and its page should say so.
    onSettled: (_response, _error, { requestId }) => refreshAfterAnswer(queryClient, requestId),
  });
}
