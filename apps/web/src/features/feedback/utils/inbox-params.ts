import { FEEDBACK_STATUSES, type FeedbackStatus } from '@tertulia/domain';
import type { FeedbackListFilters } from '../api/keys';

/** The inbox's tabs: what others ask of the reader, the reader's own requests, every request they may see. */
export const INBOX_TABS = ['asked', 'mine', 'all'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

/** What the inbox shows, as its URL says: `/feedback?tab=mine&status=open` (the defaults are left out). */
export interface InboxState {
  tab: InboxTab;
  status: FeedbackStatus | null;
}

const isTab = (value: string | null): value is InboxTab => (INBOX_TABS as readonly (string | null)[]).includes(value);
const isStatus = (value: string | null): value is FeedbackStatus => (FEEDBACK_STATUSES as readonly (string | null)[]).includes(value);

export function inboxStateFromParams(params: URLSearchParams): InboxState {
  const tab = params.get('tab');
  const status = params.get('status');
  return { tab: isTab(tab) ? tab : 'asked', status: isStatus(status) ? status : null };
}

export function paramsFromInboxState(state: InboxState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.tab !== 'asked') params.set('tab', state.tab);
  if (state.status) params.set('status', state.status);
  return params;
}

/** The link of one tab, keeping the status filter. */
export function inboxHref(state: InboxState): string {
  const search = paramsFromInboxState(state).toString();
  return search ? `/feedback?${search}` : '/feedback';
}

/** What the list asks the API for (`asked=true`, `mine=true`, or neither). */
export function listFilters(state: InboxState): FeedbackListFilters {
  const filters: FeedbackListFilters = state.tab === 'asked' ? { asked: true } : state.tab === 'mine' ? { mine: true } : {};
  return state.status ? { ...filters, status: state.status } : filters;
}
