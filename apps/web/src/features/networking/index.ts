/** The networking feature's public face: the event page's «Tables» and «Your tables», and the print view. */
import type { QueryClient } from '@tanstack/react-query';
import { lunchQueryOptions } from './api/get-lunch';
import { planQueryOptions } from './api/get-plan';

export { MyTablesSection } from './components/my-tables-section';
export { NetworkingPrintPage, type PrintView } from './components/print-page';
export { TablesSection } from './components/tables-section';

/** Starts reading what the print view shows: the lunch and its plan. */
export function prefetchNetworkingPrint(queryClient: QueryClient, eventId: string): void {
  void queryClient.prefetchQuery(lunchQueryOptions(eventId));
  void queryClient.prefetchQuery(planQueryOptions(eventId));
}
