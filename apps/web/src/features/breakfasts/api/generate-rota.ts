import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GenerateRota, GenerateRotaResult } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/**
 * POST /api/breakfasts/rota/generate (manager) — creates the sessions of the next weeks and
 * fills the empty ones fairly; existing assignments stay. 422 BREAKFASTS_OFF when they are off.
 */
export function generateRota(request: GenerateRota): Promise<GenerateRotaResult> {
  return api.post<GenerateRotaResult>('/api/breakfasts/rota/generate', request);
}

export function useGenerateRota() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: generateRota,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakfastsKeys.all }),
  });
}
