import { queryOptions, useQuery } from '@tanstack/react-query';
import { PAGE_SIZE_MAX, type BreakfastSession, type Event, type Page } from '@tertulia/domain';
import { api } from '../../../lib/api-client';
import { knowledgeKeys } from './keys';

/**
 * What a talk may be linked to: the coming events for the whole space (not a circle's, not
 * cancelled) — GET /api/events (from now on).
 */
export async function getTalkEvents(signal?: AbortSignal): Promise<Event[]> {
  const page = await api.get<Page<Event>>('/api/events', { query: { limit: PAGE_SIZE_MAX }, signal });
  return page.items.filter((event) => event.circle === null && event.status !== 'cancelled');
}

/** … and the coming breakfasts that are not cancelled — GET /api/breakfasts (today and the next weeks). */
export async function getTalkBreakfasts(signal?: AbortSignal): Promise<BreakfastSession[]> {
  const list = await api.get<{ items: BreakfastSession[] }>('/api/breakfasts', { signal });
  return list.items.filter((session) => session.status !== 'cancelled');
}

export const talkEventsQueryOptions = () =>
  queryOptions({ queryKey: knowledgeKeys.talkEvents(), queryFn: ({ signal }) => getTalkEvents(signal) });

export const talkBreakfastsQueryOptions = () =>
  queryOptions({ queryKey: knowledgeKeys.talkBreakfasts(), queryFn: ({ signal }) => getTalkBreakfasts(signal) });

export function useTalkEvents(enabled = true) {
  return useQuery({ ...talkEventsQueryOptions(), enabled });
}

export function useTalkBreakfasts(enabled = true) {
  return useQuery({ ...talkBreakfastsQueryOptions(), enabled });
}
