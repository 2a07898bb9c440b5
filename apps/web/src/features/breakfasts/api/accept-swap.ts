import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SwapRequest } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** POST /api/swap-requests/{id}/accept (the other presenter) — both dates change hands at once (409 SWAP_STALE). */
export function acceptSwap(id: string): Promise<SwapRequest> {
  return api.post<SwapRequest>(`/api/swap-requests/${encodeURIComponent(id)}/accept`);
}

export function useAcceptSwap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptSwap,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakfastsKeys.all }),
  });
}
