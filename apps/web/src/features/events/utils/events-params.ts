import type { EventFilters } from '../api/keys';
import { isMonth } from './month-grid';

export type EventsView = 'list' | 'month';

/** What the events page shows, as its URL says: `?view=month&month=2026-12&show=mine` or `&circle=<id>`. */
export interface EventsPageState {
  view: EventsView;
  /** `YYYY-MM`, for the month view; null: the current month. */
  month: string | null;
  filters: EventFilters;
}

export function stateFromParams(params: URLSearchParams): EventsPageState {
  const circleId = params.get('circle')?.trim() || undefined;
  const mine = !circleId && params.get('show') === 'mine';
  const month = params.get('month');
  return {
    view: params.get('view') === 'month' ? 'month' : 'list',
    month: isMonth(month) ? month : null,
    filters: circleId ? { circleId } : mine ? { mine: true } : {},
  };
}

export function paramsFromState(state: EventsPageState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view === 'month') params.set('view', 'month');
  if (state.view === 'month' && state.month) params.set('month', state.month);
  if (state.filters.circleId) params.set('circle', state.filters.circleId);
  else if (state.filters.mine) params.set('show', 'mine');
  return params;
}

/** The filter select's value: `all`, `mine` or `circle:<id>`. */
export function filterValue(filters: EventFilters): string {
  return filters.circleId ? `circle:${filters.circleId}` : filters.mine ? 'mine' : 'all';
}

export function filtersFromValue(value: string): EventFilters {
  if (value === 'mine') return { mine: true };
  if (value.startsWith('circle:') && value.length > 'circle:'.length) return { circleId: value.slice('circle:'.length) };
  return {};
}
