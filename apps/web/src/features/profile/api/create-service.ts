import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateService, Service } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateProfile } from './invalidate';

/** POST /api/services — a new service of the signed-in member (last in their order). */
export function createService(service: CreateService): Promise<Service> {
  return api.post<Service>('/api/services', service);
}

export function useCreateService() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createService, onSuccess: () => invalidateProfile(queryClient) });
}
