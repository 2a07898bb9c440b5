import { excerptOf, type Comment, type MemberRef, type Post, type PostKind, type PostStatus, type PostSummary, type Talk } from '@tertulia/domain';
import { photoUrlOf } from '../members/photo-url';

/** Who reads: what the visibility rule and the author-only rules need. */
export interface PostViewer {
  id: string;
  isManager: boolean;
}

/** The byline columns of a member (the author of a post or a comment), aliased `author_*`. */
export interface AuthorColumns {
  author_id: string;
  author_name: string;
  author_photo_file: string | null;
  author_business_name: string | null;
  author_headline: string | null;
}

/**
 * A post as PostsRepository loads it (postSelect): its columns, its author, its talk's linked event or
 * breakfast, its counts and the reader's «useful» mark. `body` is the whole body for a post's page and
 * only its start (enough for the excerpt) in a list.
 */
export interface PostRow extends AuthorColumns {
  id: string;
  kind: PostKind;
  title: string;
  body: string;
  tags: string[];
  status: PostStatus;
  published_at: Date | null;
  edited_at: Date | null;
  hidden_reason: string | null;
  hidden_at: Date | null;
  talk_starts_at: Date | null;
  talk_place: string | null;
  talk_event_id: string | null;
  talk_event_title: string | null;
  talk_event_starts_at: Date | null;
  talk_event_place: string | null;
  talk_breakfast_id: string | null;
  talk_breakfast_date: string | null;
  talk_breakfast_starts_at: Date | null;
  talk_breakfast_place: string | null;
  useful_count: number;
  marked_useful: boolean;
  comment_count: number;
  created_at: Date;
  updated_at: Date;
}

/** A comment as PostsRepository loads it, with its author. */
export interface CommentRow extends AuthorColumns {
  id: string;
  post_id: string;
  parent_id: string | null;
  body: string;
  hidden_reason: string | null;
  hidden_at: Date | null;
  edited_at: Date | null;
  created_at: Date;
}

export function toMemberRef(row: AuthorColumns): MemberRef {
  return {
    id: row.author_id,
    displayName: row.author_name,
    photoUrl: photoUrlOf(row.author_photo_file),
    businessName: row.author_business_name,
    headline: row.author_headline,
  };
}

const hiddenOf = (row: { hidden_reason: string | null; hidden_at: Date | null }) =>
  row.hidden_at && row.hidden_reason !== null ? { reason: row.hidden_reason, at: row.hidden_at.toISOString() } : null;

/** A talk's moment and place are its own, else those of the event or breakfast it links. */
function talkOf(row: PostRow): Talk | null {
  if (row.kind !== 'talk') return null;
  const linkedStart = row.talk_event_starts_at ?? row.talk_breakfast_starts_at;
  const linkedPlace = row.talk_event_id ? row.talk_event_place : row.talk_breakfast_place;
  return {
    startsAt: (row.talk_starts_at ?? linkedStart)?.toISOString() ?? null,
    place: row.talk_place ?? linkedPlace ?? null,
    event:
      row.talk_event_id && row.talk_event_title !== null && row.talk_event_starts_at
        ? { id: row.talk_event_id, title: row.talk_event_title, startsAt: row.talk_event_starts_at.toISOString() }
        : null,
    breakfast: row.talk_breakfast_id && row.talk_breakfast_date ? { id: row.talk_breakfast_id, date: row.talk_breakfast_date } : null,
  };
}

/**
 * Only a reader who may see the post is ever handed it (postVisibleTo), and a hidden one only to its
 * author and the manager: so `hidden`, with its reason, is theirs to read.
 */
function postFields(row: PostRow) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    tags: row.tags,
    status: row.status,
    author: toMemberRef(row),
    talk: talkOf(row),
    publishedAt: row.published_at?.toISOString() ?? null,
    editedAt: row.edited_at?.toISOString() ?? null,
    hidden: hiddenOf(row),
    usefulCount: row.useful_count,
    markedUseful: row.marked_useful,
    commentCount: row.comment_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toPost(row: PostRow): Post {
  return { ...postFields(row), body: row.body };
}

export function toPostSummary(row: PostRow): PostSummary {
  return { ...postFields(row), ...excerptOf(row.body) };
}

/**
 * A hidden comment keeps its place in the thread: its author and the manager read it (and why it was
 * hidden); everyone else gets it without its body (null) and without the reason.
 */
export function toComment(row: CommentRow, viewer: PostViewer): Comment {
  const mayRead = row.hidden_at === null || viewer.isManager || row.author_id === viewer.id;
  return {
    id: row.id,
    postId: row.post_id,
    parentId: row.parent_id,
    author: toMemberRef(row),
    body: mayRead ? row.body : null,
    hidden: mayRead ? hiddenOf(row) : null,
    editedAt: row.edited_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}
