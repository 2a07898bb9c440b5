import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateComments } from './invalidate';

export interface DeleteCommentInput {
  id: string;
  postId: string;
}

/** DELETE /api/comments/{id} (its author only) — the comment and the replies to it. */
export function deleteComment({ id }: DeleteCommentInput): Promise<void> {
  return api.delete(`/api/comments/${encodeURIComponent(id)}`);
}

export function useDeleteComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteComment,
    onSuccess: (_nothing, { postId }) => invalidateComments(queryClient, postId),
  });
}
