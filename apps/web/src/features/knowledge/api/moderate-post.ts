import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModerateContent, Post } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidatePostLists } from './invalidate';
import { knowledgeKeys } from './keys';

export interface ModeratePostInput extends ModerateContent {
  id: string;
}

/** PUT /api/posts/{id}/moderation (the manager) — hides it with a reason its author reads, or shows it again (null). */
export function moderatePost({ id, hiddenReason }: ModeratePostInput): Promise<Post> {
  return api.put<Post>(`/api/posts/${encodeURIComponent(id)}/moderation`, { hiddenReason });
}

export function useModeratePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moderatePost,
    onSuccess: (post) => {
      queryClient.setQueryData(knowledgeKeys.detail(post.id), post);
      return invalidatePostLists(queryClient);
    },
  });
}
