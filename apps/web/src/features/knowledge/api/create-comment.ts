import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Comment, CreateComment } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateComments } from './invalidate';

export interface CreateCommentInput extends CreateComment {
  postId: string;
}

/** POST /api/posts/{id}/comments — `parentId` answers a top-level comment (a reply to a reply: 422 REPLY_TOO_DEEP). */
export function createComment({ postId, ...input }: CreateCommentInput): Promise<Comment> {
  return api.post<Comment>(`/api/posts/${encodeURIComponent(postId)}/comments`, input);
}

export function useCreateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createComment,
    onSuccess: (comment) => invalidateComments(queryClient, comment.postId),
  });
}
