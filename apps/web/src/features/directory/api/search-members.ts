import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { MemberSummary, Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { directoryKeys, type DirectoryFilters } from './keys';

/** GET /api/members?q=&skill=&category=&language= — ranked by the query when there is one, else alphabetical. */
export function searchMembers(filters: DirectoryFilters & { cursor?: string }, signal?: AbortSignal): Promise<Page<MemberSummary>> {
  return api.get<Page<MemberSummary>>('/api/members', { query: { ...filters }, signal });
}

export const directoryInfiniteQueryOptions = (filters: DirectoryFilters) =>
  infiniteQueryOptions({
    queryKey: directoryKeys.search(filters),
    queryFn: ({ pageParam, signal }) => searchMembers({ ...filters, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

/** The directory's results; while a new search loads, the previous results stay on screen. */
export function useDirectory(filters: DirectoryFilters) {
  return useInfiniteQuery({ ...directoryInfiniteQueryOptions(filters), placeholderData: (previous) => previous });
}
