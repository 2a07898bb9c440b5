import { queryOptions, useQuery } from '@tanstack/react-query';
import { PAGE_SIZE_MAX, type CircleSummary, type Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { circlesKeys } from './keys';

/**
 * GET /api/circles, every page — for the events' filter (the circles the reader is in) and their
 * form's audience (those they can manage). A coworking has a handful of circles. Under the
 * circles' root, so that joining or leaving one refreshes it.
 */
export async function getAllCircles(signal?: AbortSignal): Promise<CircleSummary[]> {
  const circles: CircleSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.get<Page<CircleSummary>>('/api/circles', { query: { cursor, limit: PAGE_SIZE_MAX }, signal });
    circles.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return circles;
}

export const allCirclesQueryOptions = () =>
  queryOptions({
    queryKey: circlesKeys.everyone(),
    queryFn: ({ signal }) => getAllCircles(signal),
    staleTime: 60_000,
  });

export function useAllCircles() {
  return useQuery(allCirclesQueryOptions());
}
