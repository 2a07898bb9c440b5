import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidatePostLists } from './invalidate';
import { knowledgeKeys } from './keys';

/** DELETE /api/posts/{id} (its author only) — the post, its comments and its «useful» marks go. */
export function deletePost(id: string): Promise<void> {
  return api.delete(`/api/posts/${encodeURIComponent(id)}`);
}

/**
 * Drops a deleted post from the cache. Called once its page is left: while the page still
 * watches it, dropping it would only make the page read it again (and find it gone).
 */
export function forgetPost(queryClient: QueryClient, id: string): void {
  queryClient.removeQueries({ queryKey: knowledgeKeys.detail(id) });
  queryClient.removeQueries({ queryKey: knowledgeKeys.comments(id) });
}

export function useDeletePost() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deletePost, onSuccess: () => invalidatePostLists(queryClient) });
}
