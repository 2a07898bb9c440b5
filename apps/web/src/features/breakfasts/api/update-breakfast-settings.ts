import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BreakfastSettings } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** PUT /api/breakfasts/settings (manager). The planned sessions follow the new time and place. */
export function updateBreakfastSettings(settings: BreakfastSettings): Promise<BreakfastSettings> {
  return api.put<BreakfastSettings>('/api/breakfasts/settings', settings);
}

export function useUpdateBreakfastSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBreakfastSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(breakfastsKeys.settings(), settings);
      return queryClient.invalidateQueries({ queryKey: breakfastsKeys.all });
    },
  });
}
