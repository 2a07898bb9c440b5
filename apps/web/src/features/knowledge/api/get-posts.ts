import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { Page, PostSummary } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { knowledgeKeys, type PostFilters } from './keys';

interface PostsQuery extends PostFilters {
  cursor?: string;
  limit?: number;
}

/**
 * GET /api/posts?kind&tag&author&q&drafts&cursor — published posts newest first (ranked when `q`
 * is given); `drafts`: the reader's own drafts, last changed first.
 */
export function getPosts({ drafts, ...query }: PostsQuery, signal?: AbortSignal): Promise<Page<PostSummary>> {
  return api.get<Page<PostSummary>>('/api/posts', { query: { ...query, drafts: drafts ? 'true' : undefined }, signal });
}

export const postsInfiniteQueryOptions = (filters: PostFilters, limit?: number) =>
  infiniteQueryOptions({
    queryKey: limit ? [...knowledgeKeys.list(filters), limit] : knowledgeKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getPosts({ ...filters, cursor: pageParam, limit }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

/** The feed; while a new search or filter loads, the previous posts stay on screen. */
export function usePosts(filters: PostFilters, limit?: number) {
  return useInfiniteQuery({ ...postsInfiniteQueryOptions(filters, limit), placeholderData: (previous) => previous });
}
