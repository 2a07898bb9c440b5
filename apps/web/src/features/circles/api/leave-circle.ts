import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { circlesKeys } from './keys';

/**
 * POST /api/circles/{id}/leave — leaves the circle, or withdraws the request to join. The last
 * admin cannot leave while others remain: 422 LAST_CIRCLE_ADMIN.
 */
export function leaveCircle(id: string): Promise<void> {
  return api.post<void>(`/api/circles/${encodeURIComponent(id)}/leave`);
}

export function useLeaveCircle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: leaveCircle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: circlesKeys.all }),
  });
}
