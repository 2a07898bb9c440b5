import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SwapRequest } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

export interface ProposeSwapInput {
  /** The reader's own session. */
  sessionId: string;
  /** The upcoming session, with a presenter, they would like instead. */
  withSessionId: string;
}

/** POST /api/breakfasts/{id}/swap-requests (the presenter of {id}) — 422 SWAP_NOT_POSSIBLE, 409 SWAP_PENDING. */
export function proposeSwap({ sessionId, withSessionId }: ProposeSwapInput): Promise<SwapRequest> {
  return api.post<SwapRequest>(`/api/breakfasts/${encodeURIComponent(sessionId)}/swap-requests`, { withSessionId });
}

export function useProposeSwap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeSwap,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakfastsKeys.all }),
  });
}
