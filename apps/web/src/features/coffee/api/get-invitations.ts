import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { CoffeeInvitation, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

export type InvitationBox = 'received' | 'sent';

/** GET /api/coffee/invitations?box= — newest first, a page at a time. */
export function getInvitations(box: InvitationBox, cursor: string | null, signal?: AbortSignal): Promise<Page<CoffeeInvitation>> {
  const params = new URLSearchParams({ box, limit: '10' });
  if (cursor) params.set('cursor', cursor);
  return api.get<Page<CoffeeInvitation>>(`/api/coffee/invitations?${params}`, { signal });
}

export const invitationsQueryOptions = (box: InvitationBox) =>
  infiniteQueryOptions({
    queryKey: coffeeKeys.invitations(box),
    queryFn: ({ pageParam, signal }) => getInvitations(box, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useInvitations(box: InvitationBox) {
  return useInfiniteQuery(invitationsQueryOptions(box));
}
