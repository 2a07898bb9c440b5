/**
 * SQL condition: the post aliased `post` is visible to the reader — their own (a draft too), or a
 * published one that is not hidden, or hidden for the manager. A draft is its author's only (the
 * manager does not see it either). The feed, a post's page, its comments, its «useful» marks and
 * the search all use it, so a draft or a hidden post never leaks.
 * `viewerId` and `isManager` are parameter placeholders such as `$2`.
 */
export function postVisibleTo(post: string, viewerId: string, isManager: string): string {
  return `(${post}.author_id = ${viewerId} OR (${post}.status = 'published' AND (${post}.hidden_at IS NULL OR ${isManager})))`;
}
