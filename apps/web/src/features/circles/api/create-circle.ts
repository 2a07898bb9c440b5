import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CircleSummary, CreateCircleInput } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { circlesKeys } from './keys';

/** POST /api/circles (any member, the manager): its creator becomes its admin. */
export function createCircle(circle: CreateCircleInput): Promise<CircleSummary> {
  return api.post<CircleSummary>('/api/circles', circle);
}

export function useCreateCircle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCircle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: circlesKeys.all }),
  });
}
