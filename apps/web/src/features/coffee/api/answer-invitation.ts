import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CoffeeInvitation } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

export type InvitationAnswer = { id: string; accept: true; time: string } | { id: string; accept: false };

/** POST /api/coffee/invitations/{id}/accept `{time}` or …/decline. */
export function answerInvitation(answer: InvitationAnswer): Promise<CoffeeInvitation> {
  const path = `/api/coffee/invitations/${encodeURIComponent(answer.id)}`;
  return answer.accept ? api.post<CoffeeInvitation>(`${path}/accept`, { time: answer.time }) : api.post<CoffeeInvitation>(`${path}/decline`);
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerInvitation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: coffeeKeys.invitations('received') }),
  });
}
