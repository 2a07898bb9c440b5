import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SwapRequest } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** POST /api/swap-requests/{id}/decline (the other presenter) — both keep their dates. */
export function declineSwap(id: string): Promise<SwapRequest> {
  return api.post<SwapRequest>(`/api/swap-requests/${encodeURIComponent(id)}/decline`);
}

export function useDeclineSwap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineSwap,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakfastsKeys.all }),
  });
}
