import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MemberProfile } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

/** GET /api/members/{id} — whom «Invite for a coffee» on a profile names. */
export function getMember(id: string, signal?: AbortSignal): Promise<MemberProfile> {
  return api.get<MemberProfile>(`/api/members/${encodeURIComponent(id)}`, { signal });
}

export const memberQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...coffeeKeys.all, 'member', id] as const, queryFn: ({ signal }) => getMember(id, signal), retry: false });

export function useMember(id: string | null) {
  return useQuery({ ...memberQueryOptions(id ?? ''), enabled: id !== null });
}
