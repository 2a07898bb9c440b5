import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Attendees } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { eventsKeys } from './keys';

/** GET /api/events/{id}/attendees — who is going (not the private ones); the waitlist only for its organiser and the manager. */
export function getAttendees(id: string, signal?: AbortSignal): Promise<Attendees> {
  return api.get<Attendees>(`/api/events/${encodeURIComponent(id)}/attendees`, { signal });
}

export const attendeesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: eventsKeys.attendees(id),
    queryFn: ({ signal }) => getAttendees(id, signal),
  });

export function useAttendees(id: string) {
  return useQuery(attendeesQueryOptions(id));
}
