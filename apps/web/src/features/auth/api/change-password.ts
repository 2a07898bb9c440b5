import { useMutation } from '@tanstack/react-query';
import type { ChangePassword } from '@tertulia/domain';
import { api } from '../../../lib/api-client';

/** POST /api/auth/password */
export function changePassword(change: ChangePassword): Promise<void> {
  return api.post<void>('/api/auth/password', change);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
