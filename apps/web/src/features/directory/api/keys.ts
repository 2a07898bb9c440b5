/** What the directory can be narrowed by; each one is also a URL search parameter. */
export interface DirectoryFilters {
  q?: string;
  skill?: string;
  category?: string;
  language?: string;
}

/** Everything the directory reads sits under one root, so that a change refreshes it all. */
export const directoryKeys = {
  all: ['directory'] as const,
  searches: () => [...directoryKeys.all, 'members'] as const,
  search: (filters: DirectoryFilters) => [...directoryKeys.searches(), filters] as const,
  profiles: () => [...directoryKeys.all, 'profile'] as const,
  profile: (id: string) => [...directoryKeys.profiles(), id] as const,
  categories: () => [...directoryKeys.all, 'categories'] as const,
};
