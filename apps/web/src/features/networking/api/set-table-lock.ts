import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NetworkingPlan, TableLock } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { lunchPath, networkingKeys } from './keys';

export interface SetTableLockInput extends TableLock {
  eventId: string;
}

/** PUT /api/events/{id}/networking/plan/locks — a locked table keeps its people when the rest is regenerated. */
export function setTableLock({ eventId, ...lock }: SetTableLockInput): Promise<NetworkingPlan> {
  return api.put<NetworkingPlan>(`${lunchPath(eventId)}/networking/plan/locks`, lock);
}

export function useSetTableLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setTableLock,
    onSuccess: (plan, { eventId }) => queryClient.setQueryData(networkingKeys.plan(eventId), plan),
  });
}
