import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BreakfastSession } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** POST /api/breakfasts/{id}/decline (the presenter) — the slot goes to the next in line, or stays open. */
export function declineBreakfast(id: string): Promise<BreakfastSession> {
  return api.post<BreakfastSession>(`/api/breakfasts/${encodeURIComponent(id)}/decline`);
}

export function useDeclineBreakfast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineBreakfast,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakfastsKeys.all }),
  });
}
