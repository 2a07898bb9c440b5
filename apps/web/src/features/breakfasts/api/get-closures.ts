import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Closure, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** GET /api/breakfasts/closures — the current and future closures (holidays), when there is no breakfast. */
export function getClosures(signal?: AbortSignal): Promise<Page<Closure>> {
  return api.get<Page<Closure>>('/api/breakfasts/closures', { signal });
}

export const closuresQueryOptions = () =>
  queryOptions({
    queryKey: breakfastsKeys.closures(),
    queryFn: ({ signal }) => getClosures(signal),
  });

export function useClosures() {
  return useQuery(closuresQueryOptions());
}
