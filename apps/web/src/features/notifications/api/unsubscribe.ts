import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UnsubscribeResult } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { notificationKeys } from './keys';

/** POST /api/unsubscribe/{token} (no sign-in needed: the signed token is the proof) — the categories now at «never». */
export function unsubscribe(token: string): Promise<UnsubscribeResult> {
  return api.post<UnsubscribeResult>(`/api/unsubscribe/${encodeURIComponent(token)}`);
}

export function useUnsubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unsubscribe,
    // If the reader is signed in on this device, their settings page reads the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.settings() }),
  });
}
