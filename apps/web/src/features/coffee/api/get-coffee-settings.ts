import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CoffeeSettings } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

/** GET /api/coffee/me — the reader's own choice, pause and private do-not-pair list. */
export function getCoffeeSettings(signal?: AbortSignal): Promise<CoffeeSettings> {
  return api.get<CoffeeSettings>('/api/coffee/me', { signal });
}

export const coffeeSettingsQueryOptions = () => queryOptions({ queryKey: coffeeKeys.settings(), queryFn: ({ signal }) => getCoffeeSettings(signal) });

export function useCoffeeSettings() {
  return useQuery(coffeeSettingsQueryOptions());
}
