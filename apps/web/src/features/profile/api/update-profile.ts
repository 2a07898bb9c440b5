import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CurrentMember, UpdateMe } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { refreshSession } from '../../auth';
import { invalidateProfile } from './invalidate';

/** PATCH /api/members/me — the member's own profile and privacy choices. */
export function updateProfile(patch: UpdateMe): Promise<CurrentMember> {
  return api.patch<CurrentMember>('/api/members/me', patch);
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    // The header shows their name: the session is read again with the profile.
    onSuccess: () => Promise.all([invalidateProfile(queryClient), refreshSession(queryClient)]),
  });
}
