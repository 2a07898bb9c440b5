import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Closure, CreateClosure } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { breakfastsKeys } from './keys';

/** POST /api/breakfasts/closures (manager). The future sessions inside the closure are removed. */
export function createClosure(closure: CreateClosure): Promise<Closure> {
  return api.post<Closure>('/api/breakfasts/closures', closure);
}

export function useCreateClosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClosure,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakfastsKeys.all }),
  });
}
