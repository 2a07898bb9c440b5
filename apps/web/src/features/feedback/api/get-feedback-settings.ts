import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeedbackSettings } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

/** GET /api/members/me/feedback-settings — whether the reader takes requests, their weekly quota, their answers this week. */
export function getFeedbackSettings(signal?: AbortSignal): Promise<FeedbackSettings> {
  return api.get<FeedbackSettings>('/api/members/me/feedback-settings', { signal });
}

export const feedbackSettingsQueryOptions = () =>
  queryOptions({
    queryKey: feedbackKeys.settings(),
    queryFn: ({ signal }) => getFeedbackSettings(signal),
  });

export function useFeedbackSettings() {
  return useQuery(feedbackSettingsQueryOptions());
}
