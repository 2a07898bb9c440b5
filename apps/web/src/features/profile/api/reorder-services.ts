import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MemberProfile, Page, ReorderServices, Service } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateProfile } from './invalidate';
import { profileKeys } from './keys';

/** PUT /api/services/order — every one of the member's services, in the order they want them shown. */
export function reorderServices(order: ReorderServices): Promise<Page<Service>> {
  return api.put<Page<Service>>('/api/services/order', order);
}

/** The services in the given order (any not named keep their place at the end). */
export function inOrder(services: readonly Service[], ids: readonly string[]): Service[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  return [...services]
    .sort((a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER))
    .map((service, position) => ({ ...service, position }));
}

/** Moves at once on the page; if the API refuses, the previous order comes back. */
export function useReorderServices(memberId: string) {
  const queryClient = useQueryClient();
  const key = profileKeys.me(memberId);
  return useMutation({
    mutationFn: reorderServices,
    // Successive moves are sent one after the other, each with the whole order.
    scope: { id: 'services-order' },
    onMutate: async ({ ids }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<MemberProfile>(key);
      queryClient.setQueryData<MemberProfile>(key, (profile) => (profile ? { ...profile, services: inOrder(profile.services, ids) } : profile));
      return { previous };
    },
    onError: (_error, _order, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => invalidateProfile(queryClient),
  });
}
