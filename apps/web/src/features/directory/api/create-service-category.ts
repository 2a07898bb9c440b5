import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateServiceCategory, ServiceCategory } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { directoryKeys } from './keys';

/** POST /api/service-categories (manager). A slug already in use answers 409. */
export function createServiceCategory(category: CreateServiceCategory): Promise<ServiceCategory> {
  return api.post<ServiceCategory>('/api/service-categories', category);
}

export function useCreateServiceCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createServiceCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.categories() }),
  });
}
