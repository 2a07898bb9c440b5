import type { FeedbackStatus } from '@tertulia/domain';

/** Which requests a list shows: asked of the reader, the reader's own, or all they may see; optionally in one state. */
export interface FeedbackListFilters {
  asked?: boolean;
  mine?: boolean;
  status?: FeedbackStatus;
}

/** Everything the feedback feature reads sits under one root, so that a change refreshes it all. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  lists: () => [...feedbackKeys.all, 'list'] as const,
  list: (filters: FeedbackListFilters) => [...feedbackKeys.lists(), filters] as const,
  details: () => [...feedbackKeys.all, 'detail'] as const,
  detail: (id: string) => [...feedbackKeys.details(), id] as const,
  /** Suggestions for a list of expertise (in a stable order, so that the same skills share their answer). */
  suggestions: (expertise: readonly string[]) => [...feedbackKeys.all, 'suggestions', expertise] as const,
  settings: () => [...feedbackKeys.all, 'settings'] as const,
};

/** The members' pages count the feedback each one gave («feedbackGiven»). */
export const DIRECTORY_ROOT = ['directory'] as const;
