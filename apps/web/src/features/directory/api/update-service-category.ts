import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ServiceCategory, UpdateServiceCategory } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { directoryKeys } from './keys';

export interface UpdateServiceCategoryInput {
  id: string;
  patch: UpdateServiceCategory;
}

/** PATCH /api/service-categories/{id} (manager): new names (or slug, position). */
export function updateServiceCategory({ id, patch }: UpdateServiceCategoryInput): Promise<ServiceCategory> {
  return api.patch<ServiceCategory>(`/api/service-categories/${encodeURIComponent(id)}`, patch);
}

export function useUpdateServiceCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateServiceCategory,
    // Services show their category's name: profiles change too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}
