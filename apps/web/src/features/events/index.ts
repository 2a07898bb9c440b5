/** The events feature's public face: its pages, and the queries the routes prefetch. */
import type { QueryClient } from '@tanstack/react-query';
import { communityToday } from '../../lib/time';
import { eventQueryOptions } from './api/get-event';
import { allCirclesQueryOptions } from '../circles';
import { monthEventsQueryOptions, upcomingEventsQueryOptions } from './api/get-events';
import { monthOfDay } from './utils/month-grid';
import { stateFromParams } from './utils/events-params';

export { EditEventPage, NewEventPage } from './components/event-form-page';
export { EventPage } from './components/event-page';
export { EventsPage } from './components/events-page';

/** Starts reading what `/events?…` shows: the list or the month, and the circles for the filter. */
export function prefetchEvents(queryClient: QueryClient, url: URL): void {
  const state = stateFromParams(url.searchParams);
  if (state.view === 'month') {
    void queryClient.prefetchQuery(monthEventsQueryOptions(state.filters, state.month ?? monthOfDay(communityToday())));
  } else {
    void queryClient.prefetchInfiniteQuery(upcomingEventsQueryOptions(state.filters));
  }
  void queryClient.prefetchQuery(allCirclesQueryOptions());
}

/** Starts reading one event's page. */
export function prefetchEvent(queryClient: QueryClient, id: string): void {
  void queryClient.prefetchQuery(eventQueryOptions(id));
}

/** Starts reading what the event form needs: the circles (and the event, when editing). */
export function prefetchEventForm(queryClient: QueryClient, id?: string): void {
  void queryClient.prefetchQuery(allCirclesQueryOptions());
  if (id) void queryClient.prefetchQuery(eventQueryOptions(id));
}
