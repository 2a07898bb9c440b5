import type { QueryClient } from '@tanstack/react-query';
import { knowledgeKeys } from './keys';

/** After a change to a post: every list (the feed, the drafts, profiles' lists) and the tag suggestions read again. */
export function invalidatePostLists(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: knowledgeKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: [...knowledgeKeys.all, 'tags'] }),
  ]);
}

/** After a change to a comment: the thread, the post (its count) and the lists (theirs). */
export function invalidateComments(queryClient: QueryClient, postId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: knowledgeKeys.comments(postId) }),
    queryClient.invalidateQueries({ queryKey: knowledgeKeys.detail(postId) }),
    queryClient.invalidateQueries({ queryKey: knowledgeKeys.lists() }),
  ]);
}
