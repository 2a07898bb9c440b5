import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Post, Useful } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { knowledgeKeys } from './keys';

export interface SetUsefulInput {
  id: string;
  useful: boolean;
}

/**
 * PUT /api/posts/{id}/useful marks it (twice counts once), DELETE takes the mark back; both
 * answer the new count. One's own post: 422 OWN_POST_USEFUL; a draft: 422 POST_NOT_PUBLISHED.
 */
export function setUseful({ id, useful }: SetUsefulInput): Promise<Useful> {
  const path = `/api/posts/${encodeURIComponent(id)}/useful`;
  return useful ? api.put<Useful>(path, undefined) : api.delete<Useful>(path);
}

export function useSetUseful() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUseful,
    onSuccess: (useful, { id }) => {
      queryClient.setQueryData<Post>(knowledgeKeys.detail(id), (post) => (post ? { ...post, ...useful } : post));
      return queryClient.invalidateQueries({ queryKey: knowledgeKeys.lists() });
    },
  });
}
