import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FocusStatus, MemberProfile, UpdateFocusStatus } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { invalidateProfile } from './invalidate';
import { profileKeys } from './keys';

/** PUT /api/members/me/status — in focus until a time (or not), and open to a coffee (or not). */
export function updateFocusStatus(status: UpdateFocusStatus): Promise<FocusStatus> {
  return api.put<FocusStatus>('/api/members/me/status', status);
}

export function useUpdateFocusStatus(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFocusStatus,
    scope: { id: 'focus-status' },
    onSuccess: (focus) => {
      queryClient.setQueryData<MemberProfile>(profileKeys.me(memberId), (profile) => (profile ? { ...profile, focus } : profile));
      return invalidateProfile(queryClient);
    },
  });
}
