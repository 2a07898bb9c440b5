import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { PAGE_SIZE_MAX, type Event, type Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { monthBounds } from '../utils/month-grid';
import { eventsKeys, type EventFilters } from './keys';

interface EventsQuery extends EventFilters {
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

/** GET /api/events?from&to&mine&circleId&cursor — the events the reader may see, by start (default: not yet ended). */
export function getEvents({ mine, ...query }: EventsQuery, signal?: AbortSignal): Promise<Page<Event>> {
  return api.get<Page<Event>>('/api/events', { query: { ...query, mine: mine ? 'true' : undefined }, signal });
}

/** The upcoming list, a page at a time. */
export const upcomingEventsQueryOptions = (filters: EventFilters) =>
  infiniteQueryOptions({
    queryKey: eventsKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getEvents({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useUpcomingEvents(filters: EventFilters) {
  return useInfiniteQuery({ ...upcomingEventsQueryOptions(filters), placeholderData: (previous) => previous });
}

/** Every event starting in one month at the coworking (a month holds few: the pages are read one after another). */
export async function getMonthEvents(filters: EventFilters, month: string, signal?: AbortSignal): Promise<Event[]> {
  const { from, to } = monthBounds(month);
  const events: Event[] = [];
  let cursor: string | undefined;
  do {
    const page = await getEvents({ ...filters, from, to, cursor, limit: PAGE_SIZE_MAX }, signal);
    events.push(...page.items.filter((event) => Date.parse(event.startsAt) < Date.parse(to)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events;
}

export const monthEventsQueryOptions = (filters: EventFilters, month: string) =>
  queryOptions({
    queryKey: eventsKeys.month(filters, month),
    queryFn: ({ signal }) => getMonthEvents(filters, month, signal),
  });

export function useMonthEvents(filters: EventFilters, month: string) {
  return useQuery({ ...monthEventsQueryOptions(filters, month), placeholderData: (previous) => previous });
}
