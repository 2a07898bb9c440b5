import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BreakfastSession, UpdateBreakfast } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

export interface UpdateBreakfastInput {
  id: string;
  patch: UpdateBreakfast;
}

/**
 * PATCH /api/breakfasts/{id}. The manager assigns or empties the slot (`presenterId`), cancels or
 * restores it (`status`); the presenter confirms (`confirmed`); both write `topic` and, once the
 * breakfast has taken place, `summary` (422 BREAKFAST_NOT_HELD_YET before).
 */
export function updateBreakfast({ id, patch }: UpdateBreakfastInput): Promise<BreakfastSession> {
  return api.patch<BreakfastSession>(`/api/breakfasts/${encodeURIComponent(id)}`, patch);
}

export function useUpdateBreakfast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBreakfast,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakfastsKeys.all }),
  });
}
