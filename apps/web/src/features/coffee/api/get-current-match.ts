import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CurrentCoffeeMatch } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

/** GET /api/coffee/matches/current — the reader's match of the latest round, or null. */
export function getCurrentMatch(signal?: AbortSignal): Promise<CurrentCoffeeMatch> {
  return api.get<CurrentCoffeeMatch>('/api/coffee/matches/current', { signal });
}

export const currentMatchQueryOptions = () => queryOptions({ queryKey: coffeeKeys.currentMatch(), queryFn: ({ signal }) => getCurrentMatch(signal) });

export function useCurrentMatch() {
  return useQuery(currentMatchQueryOptions());
}
