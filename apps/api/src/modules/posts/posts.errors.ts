import { AppError } from '../../common/errors/app-error';

/** Unknown, or not visible to the reader (someone else's draft, a hidden post). */
export const postNotFound = () => new AppError(404, 'POST_NOT_FOUND', 'There is no such post.');
/** Unknown, or on a post the reader cannot see. */
export const commentNotFound = () => new AppError(404, 'COMMENT_NOT_FOUND', 'There is no such comment.');
export const notThePostAuthor = () => new AppError(403, 'FORBIDDEN', 'Only the author of this post can change it.');
export const notTheCommentAuthor = () => new AppError(403, 'FORBIDDEN', 'Only the author of this comment can change it.');
/** A draft is commented on and marked useful only once published. */
export const postNotPublished = () => new AppError(422, 'POST_NOT_PUBLISHED', 'This post is not published yet.');
export const ownPostUseful = () => new AppError(422, 'OWN_POST_USEFUL', 'You cannot mark your own post as useful.');
/** The comment a reply names is not a comment of this post. */
export const unknownParent = () =>
  new AppError(422, 'COMMENT_NOT_FOUND', 'There is no such comment on this post.', [{ path: 'parentId', message: 'Unknown comment' }]);
export const replyTooDeep = () =>
  new AppError(422, 'REPLY_TOO_DEEP', 'Replies go one level deep: answer the comment this one replies to.', [
    { path: 'parentId', message: 'A reply cannot be answered' },
  ]);
/** A talk links an unknown event or breakfast, or one it may not link (a circle's or cancelled event, a cancelled breakfast). */
export const talkLinkNotFound = (path: 'talk.eventId' | 'talk.breakfastId') =>
  new AppError(422, 'TALK_LINK_NOT_FOUND', 'A talk can link a scheduled event for the whole space or a breakfast that is not cancelled.', [
    { path, message: path === 'talk.eventId' ? 'Unknown event' : 'Unknown breakfast' },
  ]);
/** The merged post (what is stored plus the patch) does not fit its kind. */
export const invalidPost = (path: 'body' | 'talk', message: string) =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path, message }]);
/** A cursor this API did not hand out (same answer as decodeCursor's). */
export const invalidCursor = () =>
  new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'cursor', message: 'Unknown cursor' }]);
