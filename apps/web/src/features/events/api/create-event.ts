import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateEvent, Event } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateEvents } from './invalidate';

/** POST /api/events — the manager for the space or any circle; a circle's admins for their circle. */
export function createEvent(input: CreateEvent): Promise<Event> {
  return api.post<Event>('/api/events', input);
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createEvent, onSuccess: () => invalidateEvents(queryClient) });
}
