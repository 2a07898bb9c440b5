import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MemberProfile } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { profileKeys } from './keys';

/** GET /api/members/{id} — the signed-in member's own profile: hidden services and privacy choices included. */
export function getMyProfile(memberId: string, signal?: AbortSignal): Promise<MemberProfile> {
  return api.get<MemberProfile>(`/api/members/${encodeURIComponent(memberId)}`, { signal });
}

export const myProfileQueryOptions = (memberId: string) =>
  queryOptions({
    queryKey: profileKeys.me(memberId),
    queryFn: ({ signal }) => getMyProfile(memberId, signal),
  });

export function useMyProfile(memberId: string) {
  return useQuery(myProfileQueryOptions(memberId));
}
