import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Comment, ModerateContent } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateComments } from './invalidate';

export interface ModerateCommentInput extends ModerateContent {
  id: string;
}

/** PUT /api/comments/{id}/moderation (the manager) — hidden, it keeps its place; others read a placeholder. */
export function moderateComment({ id, hiddenReason }: ModerateCommentInput): Promise<Comment> {
  return api.put<Comment>(`/api/comments/${encodeURIComponent(id)}/moderation`, { hiddenReason });
}

export function useModerateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moderateComment,
    onSuccess: (comment) => invalidateComments(queryClient, comment.postId),
  });
}
