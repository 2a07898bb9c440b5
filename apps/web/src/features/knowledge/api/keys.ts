import type { PostKind } from '@tertulia/domain';

/** What the feed can be narrowed by; each one is also a URL search parameter of `/knowledge`. */
export interface PostFilters {
  kind?: PostKind;
  tag?: string;
  author?: string;
  /** Full-text search (accents and case ignored): ranked instead of newest first. */
  q?: string;
  /** The reader's own drafts instead of the published feed. */
  drafts?: boolean;
}

/** Everything the knowledge feature reads sits under one root, so that a change refreshes it all. */
export const knowledgeKeys = {
  all: ['knowledge'] as const,
  lists: () => [...knowledgeKeys.all, 'list'] as const,
  list: (filters: PostFilters) => [...knowledgeKeys.lists(), filters] as const,
  details: () => [...knowledgeKeys.all, 'detail'] as const,
  detail: (id: string) => [...knowledgeKeys.details(), id] as const,
  comments: (postId: string) => [...knowledgeKeys.all, 'comments', postId] as const,
  tags: (q: string) => [...knowledgeKeys.all, 'tags', q] as const,
  talkEvents: () => [...knowledgeKeys.all, 'talk-links', 'events'] as const,
  talkBreakfasts: () => [...knowledgeKeys.all, 'talk-links', 'breakfasts'] as const,
};
