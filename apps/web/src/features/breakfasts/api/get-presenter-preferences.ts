import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PresenterPreferences } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** GET /api/members/me/presenter — whether the reader wants to present, and the dates they can't. */
export function getPresenterPreferences(signal?: AbortSignal): Promise<PresenterPreferences> {
  return api.get<PresenterPreferences>('/api/members/me/presenter', { signal });
}

export const presenterPreferencesQueryOptions = () =>
  queryOptions({
    queryKey: breakfastsKeys.presenterPreferences(),
    queryFn: ({ signal }) => getPresenterPreferences(signal),
  });

export function usePresenterPreferences() {
  return useQuery(presenterPreferencesQueryOptions());
}
