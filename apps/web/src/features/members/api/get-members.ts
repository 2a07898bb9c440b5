import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { MemberSummary, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { membersKeys, type MemberListFilters } from './keys';

export interface GetMembersParams extends MemberListFilters {
  cursor?: string;
  limit?: number;
}

/** GET /api/members — members see the active community; the manager sees everyone. */
export function getMembers(params: GetMembersParams = {}, signal?: AbortSignal): Promise<Page<MemberSummary>> {
  return api.get<Page<MemberSummary>>('/api/members', { query: { ...params }, signal });
}

export const membersInfiniteQueryOptions = (filters: MemberListFilters = {}) =>
  infiniteQueryOptions({
    queryKey: membersKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getMembers({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useMembers(filters: MemberListFilters = {}) {
  return useInfiniteQuery(membersInfiniteQueryOptions(filters));
}
