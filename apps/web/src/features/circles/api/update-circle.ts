import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CircleSummary, UpdateCircle } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { circlesKeys } from './keys';

export interface UpdateCircleInput {
  id: string;
  patch: UpdateCircle;
}

/** PATCH /api/circles/{id} (its admins, the manager): name, description, who can join. */
export function updateCircle({ id, patch }: UpdateCircleInput): Promise<CircleSummary> {
  return api.patch<CircleSummary>(`/api/circles/${encodeURIComponent(id)}`, patch);
}

export function useUpdateCircle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCircle,
    // Opening a circle lets in everyone who was waiting: its people change too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: circlesKeys.all }),
  });
}
