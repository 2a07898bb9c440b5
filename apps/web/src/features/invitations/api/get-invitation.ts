import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationPreview } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invitationsKeys } from './keys';

/** GET /api/invitations/{token} (public) — the invited e-mail and the link's expiry. */
export function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return api.get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`, { signal });
}

/**
 * Read once: the API throttles this route together with the acceptance, so the page never
 * retries or refetches it in the background.
 */
export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: invitationsKeys.preview(token),
    queryFn: ({ signal }) => getInvitation(token, signal),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export function useInvitation(token: string, enabled = true) {
  return useQuery({ ...invitationQueryOptions(token), enabled });
}
