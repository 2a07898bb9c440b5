/** A span of breakfast dates, `YYYY-MM-DD`; none means the API's default (today … 12 weeks ahead). */
export interface BreakfastRange {
  from?: string;
  to?: string;
}

/** Everything about breakfasts sits under one root: any change refreshes the rota, the archive and the settings. */
export const breakfastsKeys = {
  all: ['breakfasts'] as const,
  lists: () => [...breakfastsKeys.all, 'list'] as const,
  list: (range: BreakfastRange) => [...breakfastsKeys.lists(), range] as const,
  settings: () => [...breakfastsKeys.all, 'settings'] as const,
  closures: () => [...breakfastsKeys.all, 'closures'] as const,
  presenterPreferences: () => [...breakfastsKeys.all, 'presenter-preferences'] as const,
};
