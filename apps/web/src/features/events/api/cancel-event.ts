import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Event } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateEvents } from './invalidate';
import { eventsKeys } from './keys';

/** DELETE /api/events/{id} (its organiser, the manager) — cancels it: it stays, marked cancelled, in lists and feeds. */
export function cancelEvent(id: string): Promise<Event> {
  return api.delete<Event>(`/api/events/${encodeURIComponent(id)}`);
}

export function useCancelEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelEvent,
    onSuccess: (event) => {
      queryClient.setQueryData(eventsKeys.detail(event.id), event);
      return invalidateEvents(queryClient);
    },
  });
}
