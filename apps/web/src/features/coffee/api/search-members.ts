import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MemberSummary, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { coffeeKeys } from './keys';

/** GET /api/members?q= — a few members for a picker (the directory's search: active members, best match first). */
export function searchMembers(q: string, signal?: AbortSignal): Promise<Page<MemberSummary>> {
  return api.get<Page<MemberSummary>>(`/api/members?${new URLSearchParams({ q, limit: '8' })}`, { signal });
}

export const memberSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: coffeeKeys.memberSearch(q), queryFn: ({ signal }) => searchMembers(q, signal), enabled: q.length >= 2 });

export function useMemberSearch(q: string) {
  return useQuery(memberSearchQueryOptions(q));
}
