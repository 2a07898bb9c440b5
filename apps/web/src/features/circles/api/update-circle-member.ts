import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CircleMember, CircleRole } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { circleMemberPath, type CircleMemberInput } from './approve-circle-member';
import { circlesKeys } from './keys';

export interface UpdateCircleMemberInput extends CircleMemberInput {
  role: CircleRole;
}

/** PATCH /api/circles/{id}/members/{memberId} (its admins, the manager): makes someone an admin, or a member again. */
export function updateCircleMember({ role, ...member }: UpdateCircleMemberInput): Promise<CircleMember> {
  return api.patch<CircleMember>(circleMemberPath(member), { role });
}

export function useUpdateCircleMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCircleMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: circlesKeys.all }),
  });
}
