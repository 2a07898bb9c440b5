import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CurrentMember, UpdateMe } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { authKeys } from './keys';

/** PATCH /api/members/me — the signed-in member changes their own name or language. */
export function updateMe(patch: UpdateMe): Promise<CurrentMember> {
  return api.patch<CurrentMember>('/api/members/me', patch);
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (member) => queryClient.setQueryData(authKeys.session(), member),
  });
}
