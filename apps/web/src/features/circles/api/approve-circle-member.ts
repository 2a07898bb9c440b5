import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CircleMember } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { circlesKeys } from './keys';

export interface CircleMemberInput {
  circleId: string;
  memberId: string;
}

export const circleMemberPath = ({ circleId, memberId }: CircleMemberInput) =>
  `/api/circles/${encodeURIComponent(circleId)}/members/${encodeURIComponent(memberId)}`;

/** POST /api/circles/{id}/members/{memberId}/approve (its admins, the manager): lets in someone who asked. */
export function approveCircleMember(input: CircleMemberInput): Promise<CircleMember> {
  return api.post<CircleMember>(`${circleMemberPath(input)}/approve`);
}

export function useApproveCircleMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveCircleMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: circlesKeys.all }),
  });
}
