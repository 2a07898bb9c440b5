/** The breakfasts feature's public face: the page, and the queries the route prefetches. */
import type { QueryClient } from '@tanstack/react-query';
import { communityToday } from '../../lib/time';
import { allMembersQueryOptions, COMMUNITY_FILTERS } from '../members';
import { breakfastSettingsQueryOptions } from './api/get-breakfast-settings';
import { breakfastsQueryOptions } from './api/get-breakfasts';
import { closuresQueryOptions } from './api/get-closures';
import { presenterPreferencesQueryOptions } from './api/get-presenter-preferences';
import { archiveRange } from './utils/sessions';

export { BreakfastsPage } from './components/breakfasts-page';

/** Starts reading what the page shows (the same queries the page then uses); the manager's tools only for the manager. */
export function prefetchBreakfasts(queryClient: QueryClient, manager: boolean): void {
  void queryClient.prefetchQuery(breakfastsQueryOptions());
  void queryClient.prefetchQuery(breakfastSettingsQueryOptions());
  void queryClient.prefetchQuery(presenterPreferencesQueryOptions());
  void queryClient.prefetchQuery(breakfastsQueryOptions(archiveRange(communityToday())));
  if (manager) {
    void queryClient.prefetchQuery(closuresQueryOptions());
    void queryClient.prefetchQuery(allMembersQueryOptions(COMMUNITY_FILTERS));
  }
}
