import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CalendarFeed } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { eventsKeys } from './keys';

/** GET /api/calendar/feed — the reader's secret subscription address (made on the first call). */
export function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeed> {
  return api.get<CalendarFeed>('/api/calendar/feed', { signal });
}

export const calendarFeedQueryOptions = () =>
  queryOptions({
    queryKey: eventsKeys.feed(),
    queryFn: ({ signal }) => getCalendarFeed(signal),
    staleTime: Infinity,
  });

/** Read only once the reader asks for it. */
export function useCalendarFeed(enabled: boolean) {
  return useQuery({ ...calendarFeedQueryOptions(), enabled });
}
