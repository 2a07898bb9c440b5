import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ServiceCategory } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { directoryKeys } from './keys';

/** GET /api/service-categories — the manager's list, in their order (a short list: one page). */
export async function getServiceCategories(signal?: AbortSignal): Promise<ServiceCategory[]> {
  const page = await api.get<{ items: ServiceCategory[] }>('/api/service-categories', { signal });
  return page.items;
}

export const serviceCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: directoryKeys.categories(),
    queryFn: ({ signal }) => getServiceCategories(signal),
    staleTime: 5 * 60_000,
  });

export function useServiceCategories() {
  return useQuery(serviceCategoriesQueryOptions());
}
