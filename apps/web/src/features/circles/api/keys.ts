/** Everything the circles feature reads sits under one root, so that a change refreshes it all. */
export const circlesKeys = {
  all: ['circles'] as const,
  lists: () => [...circlesKeys.all, 'list'] as const,
  /** Every circle at once (all pages), for selects. */
  everyone: () => [...circlesKeys.all, 'everyone'] as const,
  details: () => [...circlesKeys.all, 'detail'] as const,
  detail: (id: string) => [...circlesKeys.details(), id] as const,
};
