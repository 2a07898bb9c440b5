import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Post } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { knowledgeKeys } from './keys';

/** GET /api/posts/{id} — 404 POST_NOT_FOUND for someone else's draft, or a hidden post (but to its author and the manager). */
export function getPost(id: string, signal?: AbortSignal): Promise<Post> {
  return api.get<Post>(`/api/posts/${encodeURIComponent(id)}`, { signal });
}

export const postQueryOptions = (id: string) =>
  queryOptions({
    queryKey: knowledgeKeys.detail(id),
    queryFn: ({ signal }) => getPost(id, signal),
  });

export function usePost(id: string) {
  return useQuery(postQueryOptions(id));
}
