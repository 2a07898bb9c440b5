import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PresenterPreferences } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** PUT /api/members/me/presenter — the whole answer at once: opt-in and the dates they can't. */
export function updatePresenterPreferences(preferences: PresenterPreferences): Promise<PresenterPreferences> {
  return api.put<PresenterPreferences>('/api/members/me/presenter', preferences);
}

export function useUpdatePresenterPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePresenterPreferences,
    // Each save sends the whole list: quick successive changes go one after the other, never racing.
    scope: { id: 'presenter-preferences' },
    onSuccess: (preferences) => {
      queryClient.setQueryData(breakfastsKeys.presenterPreferences(), preferences);
      return queryClient.invalidateQueries({ queryKey: breakfastsKeys.all });
    },
  });
}
