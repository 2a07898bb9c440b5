import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackRequest, InviteReviewers } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { refreshRequest } from './invalidate';

export interface InviteReviewersInput extends InviteReviewers {
  id: string;
}

/** POST /api/feedback-requests/{id}/invitations (its requester) — five invited at most in all (422 TOO_MANY_REVIEWERS). */
export function inviteReviewers({ id, memberIds }: InviteReviewersInput): Promise<FeedbackRequest> {
  return api.post<FeedbackRequest>(`/api/feedback-requests/${encodeURIComponent(id)}/invitations`, { memberIds });
}

export function useInviteReviewers() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: inviteReviewers, onSuccess: (request) => refreshRequest(queryClient, request) });
}
