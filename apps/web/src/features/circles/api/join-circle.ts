import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CircleSummary } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { circlesKeys } from './keys';

/** POST /api/circles/{id}/join — an open circle lets the reader in; one by approval records the request. */
export function joinCircle(id: string): Promise<CircleSummary> {
  return api.post<CircleSummary>(`/api/circles/${encodeURIComponent(id)}/join`);
}

export function useJoinCircle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: joinCircle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: circlesKeys.all }),
  });
}
