import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BreakfastSettings } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** GET /api/breakfasts/settings — weekday, time, place and whether breakfasts are on (any member). */
export function getBreakfastSettings(signal?: AbortSignal): Promise<BreakfastSettings> {
  return api.get<BreakfastSettings>('/api/breakfasts/settings', { signal });
}

export const breakfastSettingsQueryOptions = () =>
  queryOptions({
    queryKey: breakfastsKeys.settings(),
    queryFn: ({ signal }) => getBreakfastSettings(signal),
  });

export function useBreakfastSettings() {
  return useQuery(breakfastSettingsQueryOptions());
}
