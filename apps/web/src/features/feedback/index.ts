/** The feedback feature's public face: its pages, and the queries the routes prefetch. */
import type { QueryClient } from '@tanstack/react-query';
import { feedbackRequestQueryOptions } from './api/get-feedback-request';
import { feedbackRequestsQueryOptions } from './api/get-feedback-requests';
import { feedbackSettingsQueryOptions } from './api/get-feedback-settings';
import { inboxStateFromParams, listFilters } from './utils/inbox-params';

export { FeedbackInboxPage } from './components/feedback-inbox-page';
export { FeedbackRequestPage } from './components/feedback-request-page';
export { NewFeedbackRequestPage } from './components/new-feedback-request-page';

/** Starts reading what `/feedback?tab=…` shows: the tab's list and the member's availability. */
export function prefetchFeedbackInbox(queryClient: QueryClient, url: URL): void {
  void queryClient.prefetchInfiniteQuery(feedbackRequestsQueryOptions(listFilters(inboxStateFromParams(url.searchParams))));
  void queryClient.prefetchQuery(feedbackSettingsQueryOptions());
}

/** Starts reading one request's page. */
export function prefetchFeedbackRequest(queryClient: QueryClient, id: string): void {
  void queryClient.prefetchQuery(feedbackRequestQueryOptions(id));
}
