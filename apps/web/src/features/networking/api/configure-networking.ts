import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Networking, NetworkingSettings } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { lunchPath, networkingKeys } from './keys';

export interface ConfigureNetworkingInput extends NetworkingSettings {
  eventId: string;
}

/** PUT /api/events/{id}/networking — turns rotations on or changes them (new settings drop the stored plan). */
export function configureNetworking({ eventId, ...settings }: ConfigureNetworkingInput): Promise<Networking> {
  return api.put<Networking>(`${lunchPath(eventId)}/networking`, settings);
}

export function useConfigureNetworking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: configureNetworking,
    onSuccess: (networking, { eventId }) => {
      queryClient.setQueryData(networkingKeys.settings(eventId), networking);
      return queryClient.invalidateQueries({ queryKey: networkingKeys.all(eventId) });
    },
  });
}
