import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Event } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { eventsKeys } from './keys';

/** GET /api/events/{id} — 404 EVENT_NOT_FOUND when it does not exist or is a circle's the reader is not in. */
export function getEvent(id: string, signal?: AbortSignal): Promise<Event> {
  return api.get<Event>(`/api/events/${encodeURIComponent(id)}`, { signal });
}

export const eventQueryOptions = (id: string) =>
  queryOptions({
    queryKey: eventsKeys.detail(id),
    queryFn: ({ signal }) => getEvent(id, signal),
  });

export function useEvent(id: string) {
  return useQuery(eventQueryOptions(id));
}
