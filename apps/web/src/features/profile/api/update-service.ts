import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Service, UpdateService } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateProfile } from './invalidate';

export interface ServiceChange {
  id: string;
  patch: UpdateService;
}

/** PATCH /api/services/{id} — the owner changes one of their services. */
export function updateService({ id, patch }: ServiceChange): Promise<Service> {
  return api.patch<Service>(`/api/services/${encodeURIComponent(id)}`, patch);
}

export function useUpdateService() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateService, onSuccess: () => invalidateProfile(queryClient) });
}
