import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { CircleSummary, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { circlesKeys } from './keys';

/** GET /api/circles — every circle, alphabetical (so that anyone can ask to join), with the reader's place in each. */
export function getCircles(cursor: string | undefined, signal?: AbortSignal): Promise<Page<CircleSummary>> {
  return api.get<Page<CircleSummary>>('/api/circles', { query: { cursor }, signal });
}

export const circlesInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: circlesKeys.lists(),
    queryFn: ({ pageParam, signal }) => getCircles(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useCircles() {
  return useInfiniteQuery(circlesInfiniteQueryOptions());
}
