import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MemberSummary, UpdateMemberByManager } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { membersKeys } from './keys';

export interface UpdateMemberInput {
  id: string;
  patch: UpdateMemberByManager;
}

/** PATCH /api/members/{id} (manager) — role or status. */
export function updateMember({ id, patch }: UpdateMemberInput): Promise<MemberSummary> {
  return api.patch<MemberSummary>(`/api/members/${encodeURIComponent(id)}`, patch);
}

export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKeys.lists() }),
  });
}
