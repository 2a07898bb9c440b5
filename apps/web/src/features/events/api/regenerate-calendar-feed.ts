import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { eventsKeys } from './keys';

/** POST /api/calendar/feed — a new secret address; the old one answers 404 from now on. */
export function regenerateCalendarFeed(): Promise<CalendarFeed> {
  return api.post<CalendarFeed>('/api/calendar/feed');
}

export function useRegenerateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: regenerateCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(eventsKeys.feed(), feed),
  });
}
