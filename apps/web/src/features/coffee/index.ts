/** The coffee feature's public face: its page, and the queries the route prefetches. */
import type { QueryClient } from '@tanstack/react-query';
import { coffeeSettingsQueryOptions } from './api/get-coffee-settings';
import { currentMatchQueryOptions } from './api/get-current-match';
import { invitationsQueryOptions } from './api/get-invitations';

export { CoffeePage } from './components/coffee-page';

/** Starts reading what `/coffee` shows. */
export function prefetchCoffee(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(currentMatchQueryOptions());
  void queryClient.prefetchQuery(coffeeSettingsQueryOptions());
  void queryClient.prefetchInfiniteQuery(invitationsQueryOptions('received'));
  void queryClient.prefetchInfiniteQuery(invitationsQueryOptions('sent'));
}
