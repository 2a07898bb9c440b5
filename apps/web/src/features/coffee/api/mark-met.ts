import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CoffeeMatch } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

/** POST /api/coffee/matches/{id}/met — «we met». */
export function markMet(matchId: string): Promise<CoffeeMatch> {
  return api.post<CoffeeMatch>(`/api/coffee/matches/${encodeURIComponent(matchId)}/met`);
}

export function useMarkMet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markMet,
    onSuccess: (match) => queryClient.setQueryData(coffeeKeys.currentMatch(), { match }),
  });
}
