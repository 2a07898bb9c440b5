import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CoffeeSettings, UpdateCoffeeSettings } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

/** PUT /api/coffee/me. */
export function updateCoffeeSettings(settings: UpdateCoffeeSettings): Promise<CoffeeSettings> {
  return api.put<CoffeeSettings>('/api/coffee/me', settings);
}

export function useUpdateCoffeeSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCoffeeSettings,
    onSuccess: (settings) => queryClient.setQueryData(coffeeKeys.settings(), settings),
  });
}
