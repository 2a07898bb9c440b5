import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Networking } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { lunchPath, networkingKeys } from './keys';

/** GET /api/events/{id}/networking (the manager) — whether table rotations are on, how, and whether a plan is stored. */
export function getNetworking(eventId: string, signal?: AbortSignal): Promise<Networking> {
  return api.get<Networking>(`${lunchPath(eventId)}/networking`, { signal });
}

export const networkingQueryOptions = (eventId: string) =>
  queryOptions({ queryKey: networkingKeys.settings(eventId), queryFn: ({ signal }) => getNetworking(eventId, signal) });

export function useNetworking(eventId: string) {
  return useQuery(networkingQueryOptions(eventId));
}
