import type { Comment } from '@tertulia/domain';

/** A top-level comment and the replies to it, oldest first. */
export interface CommentThread {
  comment: Comment;
  replies: Comment[];
}

/**
 * The comments of a post (oldest first, as the API lists them) as threads one level deep. A
 * reply whose comment is not among them (not loaded yet) is shown on its own rather than lost.
 */
export function threadComments(comments: readonly Comment[]): CommentThread[] {
  const threads: CommentThread[] = [];
  const byId = new Map<string, CommentThread>();
  for (const comment of comments) {
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
    if (parent) {
      parent.replies.push(comment);
    } else {
      const thread = { comment, replies: [] };
      threads.push(thread);
      if (!comment.parentId) byId.set(comment.id, thread);
    }
  }
  return threads;
}
