import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NetworkingPlan } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { lunchPath, networkingKeys } from './keys';

/** GET /api/events/{id}/networking/plan (the manager) — 404 NETWORKING_PLAN_NOT_FOUND before the first plan. */
export function getPlan(eventId: string, signal?: AbortSignal): Promise<NetworkingPlan> {
  return api.get<NetworkingPlan>(`${lunchPath(eventId)}/networking/plan`, { signal });
}

export const planQueryOptions = (eventId: string) =>
  queryOptions({ queryKey: networkingKeys.plan(eventId), queryFn: ({ signal }) => getPlan(eventId, signal) });

/** Asked for only once a plan is stored. */
export function usePlan(eventId: string, enabled = true) {
  return useQuery({ ...planQueryOptions(eventId), enabled });
}
