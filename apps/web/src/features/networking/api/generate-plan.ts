import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NetworkingPlan } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { lunchPath, networkingKeys } from './keys';

/** POST /api/events/{id}/networking/plan — plans from the people going, keeping the locked tables. */
export function generatePlan(eventId: string): Promise<NetworkingPlan> {
  return api.post<NetworkingPlan>(`${lunchPath(eventId)}/networking/plan`);
}

export function useGeneratePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: generatePlan,
    onSuccess: (plan, eventId) => {
      queryClient.setQueryData(networkingKeys.plan(eventId), plan);
      return queryClient.invalidateQueries({ queryKey: networkingKeys.settings(eventId) });
    },
  });
}
