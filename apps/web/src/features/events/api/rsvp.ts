import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyRsvp, Rsvp } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateEvents } from './invalidate';

export interface RsvpInput extends Rsvp {
  id: string;
}

/** PUT /api/events/{id}/rsvp — beyond capacity a «going» is waitlisted; after the deadline, 422 RSVP_CLOSED. */
export function rsvp({ id, ...answer }: RsvpInput): Promise<MyRsvp> {
  return api.put<MyRsvp>(`/api/events/${encodeURIComponent(id)}/rsvp`, answer);
}

export function useRsvp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rsvp,
    // The counts, the attendees, the waitlist and the lists' badges all change.
    onSuccess: () => invalidateEvents(queryClient),
  });
}
