import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ModerateService, Service } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { directoryKeys } from './keys';

export interface ModerateServiceInput extends ModerateService {
  id: string;
}

/** PUT /api/services/{id}/moderation (manager): hide with a reason the owner sees, or show again (null). */
export function moderateService({ id, hiddenReason }: ModerateServiceInput): Promise<Service> {
  return api.put<Service>(`/api/services/${encodeURIComponent(id)}/moderation`, { hiddenReason });
}

export function useModerateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moderateService,
    // The profile shows the service (or its notice); the directory cards list top services.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}
