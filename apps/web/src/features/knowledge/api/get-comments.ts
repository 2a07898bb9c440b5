import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { PAGE_SIZE_MAX, type Comment, type Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { knowledgeKeys } from './keys';

/** GET /api/posts/{id}/comments — oldest first, so that a reply always comes after the comment it answers. */
export function getComments(postId: string, cursor?: string, signal?: AbortSignal): Promise<Page<Comment>> {
  return api.get<Page<Comment>>(`/api/posts/${encodeURIComponent(postId)}/comments`, {
    query: { cursor, limit: PAGE_SIZE_MAX },
    signal,
  });
}

export const commentsInfiniteQueryOptions = (postId: string) =>
  infiniteQueryOptions({
    queryKey: knowledgeKeys.comments(postId),
    queryFn: ({ pageParam, signal }) => getComments(postId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

/** Read only for a published post (a draft has none, and the API says so with a 422). */
export function useComments(postId: string, enabled = true) {
  return useInfiniteQuery({ ...commentsInfiniteQueryOptions(postId), enabled });
}
