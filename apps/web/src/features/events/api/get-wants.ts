import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Wants } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { eventsKeys } from './keys';

/** GET /api/events/{id}/wants — the people the reader wants to meet at a networking lunch (only they ever read it). */
export function getWants(id: string, signal?: AbortSignal): Promise<Wants> {
  return api.get<Wants>(`/api/events/${encodeURIComponent(id)}/wants`, { signal });
}

export const wantsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: eventsKeys.wants(id),
    queryFn: ({ signal }) => getWants(id, signal),
  });

/** Only asked for when the reader attends a networking lunch (the API answers 422 otherwise). */
export function useWants(id: string, enabled: boolean) {
  return useQuery({ ...wantsQueryOptions(id), enabled });
}
