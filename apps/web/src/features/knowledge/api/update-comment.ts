import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Comment, UpdateComment } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateComments } from './invalidate';

export interface UpdateCommentInput extends UpdateComment {
  id: string;
}

/** PATCH /api/comments/{id} (its author only) — marked edited. */
export function updateComment({ id, body }: UpdateCommentInput): Promise<Comment> {
  return api.patch<Comment>(`/api/comments/${encodeURIComponent(id)}`, { body });
}

export function useUpdateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateComment,
    onSuccess: (comment) => invalidateComments(queryClient, comment.postId),
  });
}
