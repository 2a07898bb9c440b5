import { POST_KINDS, type PostKind } from '@tertulia/domain';
import type { PostFilters } from '../api/keys';

/**
 * What `/knowledge` shows, as its URL says: the feed narrowed by `?kind=tip&tag=seo&author=<id>`
 * and searched with `&q=…`, or the reader's drafts (`?view=drafts`, which ignores the rest).
 */
export interface KnowledgeState {
  view: 'feed' | 'drafts';
  kind?: PostKind;
  tag?: string;
  author?: string;
  q?: string;
}

const isKind = (value: string | null | undefined): value is PostKind => (POST_KINDS as readonly string[]).includes(value ?? '');

/** A text parameter, trimmed and single-spaced; absent when empty. */
function text(params: URLSearchParams, name: string, max: number): string | undefined {
  const value = params.get(name)?.trim().replace(/\s+/g, ' ');
  return value ? value.slice(0, max) : undefined;
}

export function stateFromParams(params: URLSearchParams): KnowledgeState {
  if (params.get('view') === 'drafts') return { view: 'drafts' };
  const kind = params.get('kind');
  const state: KnowledgeState = { view: 'feed' };
  if (isKind(kind)) state.kind = kind;
  const tag = text(params, 'tag', 30);
  if (tag) state.tag = tag;
  const author = text(params, 'author', 36);
  if (author) state.author = author;
  const q = text(params, 'q', 100);
  if (q) state.q = q;
  return state;
}

/** The URL parameters for a state, in a fixed order and without the defaults, so that links stay short and stable. */
export function paramsFromState(state: KnowledgeState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view === 'drafts') {
    params.set('view', 'drafts');
    return params;
  }
  for (const name of ['q', 'kind', 'tag', 'author'] as const) {
    const value = state[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}

/** What the API is asked for. */
export function filtersFromState(state: KnowledgeState): PostFilters {
  if (state.view === 'drafts') return { drafts: true };
  const filters: PostFilters = {};
  if (state.kind) filters.kind = state.kind;
  if (state.tag) filters.tag = state.tag;
  if (state.author) filters.author = state.author;
  if (state.q) filters.q = state.q;
  return filters;
}

export function hasFilters(state: KnowledgeState): boolean {
  return state.view === 'feed' && Boolean(state.kind || state.tag || state.author || state.q);
}

/** `/knowledge` with only these filters (a tag's chip, an author's «all their posts»). */
export function knowledgePath(state: Omit<KnowledgeState, 'view'>): string {
  const search = paramsFromState({ view: 'feed', ...state }).toString();
  return search ? `/knowledge?${search}` : '/knowledge';
}

export const tagPath = (tag: string) => knowledgePath({ tag });
export const authorPath = (author: string) => knowledgePath({ author });
