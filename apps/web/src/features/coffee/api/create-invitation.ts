import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CoffeeInvitation, CreateCoffeeInvitation } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

/** POST /api/coffee/invitations. */
export function createInvitation(input: CreateCoffeeInvitation): Promise<CoffeeInvitation> {
  return api.post<CoffeeInvitation>('/api/coffee/invitations', input);
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coffeeKeys.invitations('sent') }),
  });
}
