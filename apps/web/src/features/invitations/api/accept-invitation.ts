import { useMutation } from '@tanstack/react-query';
import type { AcceptInvitation, SessionResponse } from '@tertulia/domain';
import { api } from '../../../lib/api-client';

export interface AcceptInvitationInput {
  token: string;
  acceptance: AcceptInvitation;
}

/** POST /api/invitations/{token}/accept (public) — creates the account and signs the person in. */
export function acceptInvitation({ token, acceptance }: AcceptInvitationInput): Promise<SessionResponse> {
  return api.post<SessionResponse>(`/api/invitations/${encodeURIComponent(token)}/accept`, acceptance);
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation });
}
