import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { membersKeys } from './keys';

/** DELETE /api/invitations/{id} (manager) — the person, never having joined, leaves the member list. */
export function withdrawInvitation(id: string): Promise<void> {
  return api.delete<void>(`/api/invitations/${encodeURIComponent(id)}`);
}

export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKeys.all }),
  });
}
