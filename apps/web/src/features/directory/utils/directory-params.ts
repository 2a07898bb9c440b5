import type { DirectoryFilters } from '../api/keys';

/** The directory's filters, in the order they appear in a shared link. */
export const FILTER_NAMES = ['q', 'skill', 'category', 'language'] as const satisfies readonly (keyof DirectoryFilters)[];

/** The filters a URL holds (`/directory?q=disseny&language=ca`): trimmed, empty ones left out. */
export function filtersFromParams(params: URLSearchParams): DirectoryFilters {
  const filters: DirectoryFilters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** The URL search parameters for these filters (empty ones left out, so links stay short). */
export function paramsFromFilters(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}

export function hasFilters(filters: DirectoryFilters): boolean {
  return FILTER_NAMES.some((name) => Boolean(filters[name]));
}

/** The directory narrowed to one skill (a skill chip's link). */
export function skillSearchPath(skill: string): string {
  return `/directory?${paramsFromFilters({ skill }).toString()}`;
}
