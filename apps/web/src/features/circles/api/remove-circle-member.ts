import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { circleMemberPath, type CircleMemberInput } from './approve-circle-member';
import { circlesKeys } from './keys';

/** DELETE /api/circles/{id}/members/{memberId} (its admins, the manager): declines a request or removes someone. */
export function removeCircleMember(input: CircleMemberInput): Promise<void> {
  return api.delete<void>(circleMemberPath(input));
}

export function useRemoveCircleMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeCircleMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: circlesKeys.all }),
  });
}
