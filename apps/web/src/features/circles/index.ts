/** The circles feature's public face: its pages, and the queries the routes prefetch. */
import type { QueryClient } from '@tanstack/react-query';
import { circleQueryOptions } from './api/get-circle';
import { circlesInfiniteQueryOptions } from './api/get-circles';

export { allCirclesQueryOptions, useAllCircles } from './api/get-all-circles';
export { CirclePage } from './components/circle-page';
export { CirclesPage } from './components/circles-page';

/** Starts reading the list of circles (the same query the page uses). */
export function prefetchCircles(queryClient: QueryClient): void {
  void queryClient.prefetchInfiniteQuery(circlesInfiniteQueryOptions());
}

/** Starts reading one circle's page. */
export function prefetchCircle(queryClient: QueryClient, id: string): void {
  void queryClient.prefetchQuery(circleQueryOptions(id));
}
