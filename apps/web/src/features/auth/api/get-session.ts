import { queryOptions, useQuery } from '@tanstack/react-query';
import { SessionResponseSchema, type CurrentMember } from '@tertulia/domain';
import { api, ApiError, isApiError } from '../../../lib/api-client';
import { authKeys } from './keys';

/**
 * GET /api/auth/me — the signed-in member, or null when nobody is signed in. The whole portal
 * relies on this answer (role, name), so it is checked against the contract, not trusted.
 */
export async function getSession(signal?: AbortSignal): Promise<CurrentMember | null> {
  let body: unknown;
  try {
    body = await api.get<unknown>('/api/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
  const parsed = SessionResponseSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(500, 'INTERNAL', 'GET /api/auth/me answered outside the contract');
  return parsed.data.member;
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}
