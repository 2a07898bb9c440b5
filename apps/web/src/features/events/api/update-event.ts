import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Event, UpdateEvent } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateEvents } from './invalidate';
import { eventsKeys } from './keys';

export interface UpdateEventInput {
  id: string;
  patch: UpdateEvent;
}

/** PATCH /api/events/{id} (its organiser, the manager) — capacity below those going: 422 CAPACITY_BELOW_GOING. */
export function updateEvent({ id, patch }: UpdateEventInput): Promise<Event> {
  return api.patch<Event>(`/api/events/${encodeURIComponent(id)}`, patch);
}

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (event) => {
      queryClient.setQueryData(eventsKeys.detail(event.id), event);
      return invalidateEvents(queryClient);
    },
  });
}
