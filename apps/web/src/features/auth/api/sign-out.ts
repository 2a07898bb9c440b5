import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /api/auth/logout */
export function signOut(): Promise<void> {
  return api.post<void>('/api/auth/logout');
}

/**
 * Signs out, then loads the sign-in page afresh: nothing of the member's data stays in
 * memory for whoever uses this device next.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      window.location.assign('/sign-in');
    },
  });
}
