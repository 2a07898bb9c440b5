import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MemberProfile } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { directoryKeys } from './keys';

/** GET /api/members/{id} — 404 MEMBER_NOT_FOUND when they are hidden from the reader or not active. */
export function getMemberProfile(id: string, signal?: AbortSignal): Promise<MemberProfile> {
  return api.get<MemberProfile>(`/api/members/${encodeURIComponent(id)}`, { signal });
}

export const memberProfileQueryOptions = (id: string) =>
  queryOptions({
    queryKey: directoryKeys.profile(id),
    queryFn: ({ signal }) => getMemberProfile(id, signal),
  });

export function useMemberProfile(id: string) {
  return useQuery(memberProfileQueryOptions(id));
}
