/** Which events a list shows: all the reader may see, theirs, or one circle's. */
export interface EventFilters {
  mine?: boolean;
  circleId?: string;
}

/** Everything the events feature reads sits under one root, so that a change refreshes it all. */
export const eventsKeys = {
  all: ['events'] as const,
  lists: () => [...eventsKeys.all, 'list'] as const,
  list: (filters: EventFilters) => [...eventsKeys.lists(), filters] as const,
  month: (filters: EventFilters, month: string) => [...eventsKeys.lists(), 'month', month, filters] as const,
  details: () => [...eventsKeys.all, 'detail'] as const,
  detail: (id: string) => [...eventsKeys.details(), id] as const,
  attendees: (id: string) => [...eventsKeys.detail(id), 'attendees'] as const,
  wants: (id: string) => [...eventsKeys.detail(id), 'wants'] as const,
  feed: () => [...eventsKeys.all, 'calendar-feed'] as const,
};

/** The circles feature's root: a circle's page lists its upcoming events. */
export const CIRCLES_ROOT = ['circles'] as const;
