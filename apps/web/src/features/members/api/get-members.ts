import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { PAGE_SIZE_MAX, type MemberSummary, type Page } from '@tertulia/domain';
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

/** Every member matching the filters, reading page after page (100 at a time): for selects, not for display lists. */
export async function getAllMembers(filters: MemberListFilters = {}, signal?: AbortSignal): Promise<MemberSummary[]> {
  const members: MemberSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await getMembers({ ...filters, cursor, limit: PAGE_SIZE_MAX }, signal);
    members.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return members;
}

export const allMembersQueryOptions = (filters: MemberListFilters = {}) =>
  queryOptions({
    queryKey: membersKeys.everyone(filters),
    queryFn: ({ signal }) => getAllMembers(filters, signal),
  });

export function useAllMembers(filters: MemberListFilters = {}, enabled = true) {
  return useQuery({ ...allMembersQueryOptions(filters), enabled });
}
