import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { directoryKeys } from './keys';

/** DELETE /api/service-categories/{id} (manager): its services stay, without a category. */
export function deleteServiceCategory(id: string): Promise<void> {
  return api.delete<void>(`/api/service-categories/${encodeURIComponent(id)}`);
}

export function useDeleteServiceCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteServiceCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}
