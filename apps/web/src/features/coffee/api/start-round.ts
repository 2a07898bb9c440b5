import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CoffeeRound } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

/** POST /api/coffee/rounds (manager) — this week's round, now. */
export function startRound(): Promise<CoffeeRound> {
  return api.post<CoffeeRound>('/api/coffee/rounds');
}

export function useStartRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startRound,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coffeeKeys.currentMatch() }),
  });
}
