import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MySeats } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { lunchPath, networkingKeys } from './keys';

/** GET /api/events/{id}/networking/my-seats — only for someone going (404 otherwise). */
export function getMySeats(eventId: string, signal?: AbortSignal): Promise<MySeats> {
  return api.get<MySeats>(`${lunchPath(eventId)}/networking/my-seats`, { signal });
}

export const mySeatsQueryOptions = (eventId: string) =>
  queryOptions({ queryKey: networkingKeys.mySeats(eventId), queryFn: ({ signal }) => getMySeats(eventId, signal) });

export function useMySeats(eventId: string) {
  return useQuery(mySeatsQueryOptions(eventId));
}
