import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PostTagList } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { knowledgeKeys } from './keys';

/** GET /api/posts/tags?q=&limit= — the tags already in use (accents and case folded), the most used first. */
export function getPostTags(q: string, limit: number, signal?: AbortSignal): Promise<PostTagList> {
  return api.get<PostTagList>('/api/posts/tags', { query: { q: q.trim() || undefined, limit }, signal });
}

export const postTagsQueryOptions = (q = '', limit = 20) =>
  queryOptions({
    queryKey: [...knowledgeKeys.tags(q.trim()), limit],
    queryFn: ({ signal }) => getPostTags(q, limit, signal),
    staleTime: 60_000,
  });

/** Suggestions for what is being typed; the last ones stay while the next load. */
export function usePostTags(q = '', limit = 20) {
  return useQuery({ ...postTagsQueryOptions(q, limit), placeholderData: keepPreviousData });
}
