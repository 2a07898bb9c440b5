import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CircleDetail } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { circlesKeys } from './keys';

/**
 * GET /api/circles/{id} — its people (and the requests to join, for those who manage it) and its
 * upcoming events the reader may see. 404 CIRCLE_NOT_FOUND when there is no such circle.
 */
export function getCircle(id: string, signal?: AbortSignal): Promise<CircleDetail> {
  return api.get<CircleDetail>(`/api/circles/${encodeURIComponent(id)}`, { signal });
}

export const circleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: circlesKeys.detail(id),
    queryFn: ({ signal }) => getCircle(id, signal),
  });

export function useCircle(id: string) {
  return useQuery(circleQueryOptions(id));
}
