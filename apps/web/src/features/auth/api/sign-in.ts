import { useMutation } from '@tanstack/react-query';
import type { Login, SessionResponse } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { useStartSession } from '../hooks/use-start-session';

/** POST /api/auth/login */
export function signIn(credentials: Login): Promise<SessionResponse> {
  return api.post<SessionResponse>('/api/auth/login', credentials);
}

export function useSignIn() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: signIn,
    onSuccess: ({ member }) => startSession(member),
  });
}
