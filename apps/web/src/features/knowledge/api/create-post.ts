import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePost, Post } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidatePostLists } from './invalidate';
import { knowledgeKeys } from './keys';

/** POST /api/posts — a draft or published at once; a talk's unknown event or breakfast: 422 TALK_LINK_NOT_FOUND. */
export function createPost(input: CreatePost): Promise<Post> {
  return api.post<Post>('/api/posts', input);
}

export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPost,
    onSuccess: (post) => {
      queryClient.setQueryData(knowledgeKeys.detail(post.id), post);
      return invalidatePostLists(queryClient);
    },
  });
}
