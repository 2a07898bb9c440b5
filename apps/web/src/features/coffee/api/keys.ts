/** Everything the coffee feature reads sits under one root, so that a change refreshes it all. */
export const coffeeKeys = {
  all: ['coffee'] as const,
  settings: () => [...coffeeKeys.all, 'settings'] as const,
  currentMatch: () => [...coffeeKeys.all, 'match', 'current'] as const,
  invitations: (box: 'received' | 'sent') => [...coffeeKeys.all, 'invitations', box] as const,
  memberSearch: (q: string) => [...coffeeKeys.all, 'member-search', q] as const,
};
