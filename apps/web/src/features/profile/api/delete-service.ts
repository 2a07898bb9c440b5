import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateProfile } from './invalidate';

/** DELETE /api/services/{id} — the owner removes one of their services. */
export function deleteService(id: string): Promise<void> {
  return api.delete(`/api/services/${encodeURIComponent(id)}`);
}

export function useDeleteService() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteService, onSuccess: () => invalidateProfile(queryClient) });
}
