import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MemberProfile } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateProfile } from './invalidate';
import { profileKeys } from './keys';

/** DELETE /api/members/me/photo — back to the initial. */
export function deletePhoto(): Promise<void> {
  return api.delete('/api/members/me/photo');
}

export function useDeletePhoto(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePhoto,
    onSuccess: () => {
      queryClient.setQueryData<MemberProfile>(profileKeys.me(memberId), (profile) => (profile ? { ...profile, photoUrl: null } : profile));
      return invalidateProfile(queryClient);
    },
  });
}
