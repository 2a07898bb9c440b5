import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateInvitation, InvitationCreated } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { membersKeys } from './keys';

/**
 * POST /api/invitations (manager). Inviting the same e-mail again gives a new link and
 * invalidates the old one: that is how "send a new link" works.
 */
export function createInvitation(invitation: CreateInvitation): Promise<InvitationCreated> {
  return api.post<InvitationCreated>('/api/invitations', invitation);
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    // The invited person also appears in the member list (status "invited").
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKeys.all }),
  });
}
