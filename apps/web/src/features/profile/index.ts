/** The profile feature's public face: the «My profile» page and what its route prefetches. */
import type { QueryClient } from '@tanstack/react-query';
import { serviceCategoriesQueryOptions } from '../directory';
import { myProfileQueryOptions } from './api/get-my-profile';

export { ProfilePage } from './components/profile-page';

/** Starts reading the member's own profile and the service categories (the same queries the page uses). */
export function prefetchMyProfile(queryClient: QueryClient, memberId: string): void {
  void queryClient.prefetchQuery(myProfileQueryOptions(memberId));
  void queryClient.prefetchQuery(serviceCategoriesQueryOptions());
}
