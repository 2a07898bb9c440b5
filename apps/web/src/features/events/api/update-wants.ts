import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Wants } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { eventsKeys } from './keys';

export interface UpdateWantsInput extends Wants {
  id: string;
}

/** PUT /api/events/{id}/wants — up to five people going to the lunch, never oneself. */
export function updateWants({ id, memberIds }: UpdateWantsInput): Promise<Wants> {
  return api.put<Wants>(`/api/events/${encodeURIComponent(id)}/wants`, { memberIds });
}

export function useUpdateWants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWants,
    onSuccess: (wants, { id }) => queryClient.setQueryData(eventsKeys.wants(id), wants),
  });
}
