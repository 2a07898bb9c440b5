import type { QueryClient } from '@tanstack/react-query';
import { CIRCLES_ROOT, eventsKeys } from './keys';

/** After any change to an event: every list, its page, and the circles' pages (they list events) read again. */
export function invalidateEvents(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: eventsKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: eventsKeys.details() }),
    queryClient.invalidateQueries({ queryKey: CIRCLES_ROOT }),
  ]);
}
