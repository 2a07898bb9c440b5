import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BreakfastSession, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys, type BreakfastRange } from './keys';

/** GET /api/breakfasts?from=&to= — the sessions of a span (at most a year), date ascending. */
export function getBreakfasts(range: BreakfastRange = {}, signal?: AbortSignal): Promise<Page<BreakfastSession>> {
  return api.get<Page<BreakfastSession>>('/api/breakfasts', { query: { from: range.from, to: range.to }, signal });
}

export const breakfastsQueryOptions = (range: BreakfastRange = {}) =>
  queryOptions({
    queryKey: breakfastsKeys.list(range),
    queryFn: ({ signal }) => getBreakfasts(range, signal),
  });

export function useBreakfasts(range: BreakfastRange = {}) {
  return useQuery(breakfastsQueryOptions(range));
}
