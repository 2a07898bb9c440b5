import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Post, UpdatePost } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidatePostLists } from './invalidate';
import { knowledgeKeys } from './keys';

export interface UpdatePostInput {
  id: string;
  patch: UpdatePost;
}

/** PATCH /api/posts/{id} (its author only) — a published post whose content changes is marked edited. */
export function updatePost({ id, patch }: UpdatePostInput): Promise<Post> {
  return api.patch<Post>(`/api/posts/${encodeURIComponent(id)}`, patch);
}

export function useUpdatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePost,
    onSuccess: (post) => {
      queryClient.setQueryData(knowledgeKeys.detail(post.id), post);
      return invalidatePostLists(queryClient);
    },
  });
}
