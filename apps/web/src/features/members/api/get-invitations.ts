import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { InvitationSummary, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { membersKeys } from './keys';

/** GET /api/invitations (manager) — the open invitations, pending or expired. */
export function getInvitations(cursor?: string, signal?: AbortSignal): Promise<Page<InvitationSummary>> {
  return api.get<Page<InvitationSummary>>('/api/invitations', { query: { cursor }, signal });
}

export const invitationsInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: membersKeys.invitations(),
    queryFn: ({ pageParam, signal }) => getInvitations(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useInvitations() {
  return useInfiniteQuery(invitationsInfiniteQueryOptions());
}
