import { queryOptions, useQuery } from '@tanstack/react-query';
import { PAGE_SIZE_MAX, type CircleSummary, type Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { eventsKeys } from './keys';

/**
 * GET /api/circles, every page — for the filter (the circles the reader is in) and the form's
 * audience (those they can manage). A coworking has a handful of circles.
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

export const eventCirclesQueryOptions = () =>
  queryOptions({
    queryKey: eventsKeys.circles(),
    queryFn: ({ signal }) => getAllCircles(signal),
    staleTime: 60_000,
  });

export function useEventCircles() {
  return useQuery(eventCirclesQueryOptions());
}
