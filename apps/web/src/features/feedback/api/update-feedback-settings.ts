import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FeedbackSettings, UpdateFeedbackSettings } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

/** PUT /api/members/me/feedback-settings. */
export function updateFeedbackSettings(settings: UpdateFeedbackSettings): Promise<FeedbackSettings> {
  return api.put<FeedbackSettings>('/api/members/me/feedback-settings', settings);
}

export function useUpdateFeedbackSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFeedbackSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(feedbackKeys.settings(), settings);
      // «Asked of you» follows whether they take requests.
      return queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() });
    },
  });
}
