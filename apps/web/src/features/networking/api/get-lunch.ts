import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Event } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { lunchPath, networkingKeys } from './keys';

/** GET /api/events/{id} — the lunch's title and time, for the print view's heading (the events feature's own key). */
export const lunchQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: networkingKeys.lunch(eventId),
    queryFn: ({ signal }) => api.get<Event>(lunchPath(eventId), { signal }),
  });

export function useLunch(eventId: string) {
  return useQuery(lunchQueryOptions(eventId));
}
