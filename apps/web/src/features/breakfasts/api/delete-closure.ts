import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** DELETE /api/breakfasts/closures/{id} (manager). */
export function deleteClosure(id: string): Promise<void> {
  return api.delete<void>(`/api/breakfasts/closures/${encodeURIComponent(id)}`);
}

export function useDeleteClosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteClosure,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakfastsKeys.all }),
  });
}
