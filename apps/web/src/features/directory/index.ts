/** The directory feature's public face: its pages, and the queries the routes prefetch. */
import type { QueryClient } from '@tanstack/react-query';
import { memberProfileQueryOptions } from './api/get-member-profile';
import { serviceCategoriesQueryOptions } from './api/get-service-categories';
import { directoryInfiniteQueryOptions } from './api/search-members';
import { filtersFromParams } from './utils/directory-params';

export { serviceCategoriesQueryOptions, useServiceCategories } from './api/get-service-categories';
export { CategoriesAdminPage } from './components/categories-admin-page';
export { DirectoryPage } from './components/directory-page';
export { MemberProfilePage } from './components/member-profile-page';

/** Starts reading the directory a URL asks for (`/directory?q=…`), and the categories for its filter. */
export function prefetchDirectory(queryClient: QueryClient, url: URL): void {
  void queryClient.prefetchInfiniteQuery(directoryInfiniteQueryOptions(filtersFromParams(url.searchParams)));
  void queryClient.prefetchQuery(serviceCategoriesQueryOptions());
}

export function prefetchMemberProfile(queryClient: QueryClient, id: string): void {
  void queryClient.prefetchQuery(memberProfileQueryOptions(id));
}

export function prefetchCategories(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(serviceCategoriesQueryOptions());
}
