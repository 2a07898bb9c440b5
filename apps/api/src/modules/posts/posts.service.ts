import { Injectable } from '@nestjs/common';
import {
  POST_BODY_MAX_LENGTH,
  toPrefixTsQuery,
  type CreatePost,
  type ListPostsQuery,
  type ListPostTagsQuery,
  type Page,
  type Post,
  type PostSummary,
  type PostTagList,
  type TalkInput,
  type UpdatePost,
  type Useful,
} from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { decodeCursor, encodeCursor } from '../../common/http/cursor';
import { toPost, toPostSummary, type PostViewer } from './post.mapper';
import { invalidCursor, invalidPost, notThePostAuthor, ownPostUseful, postNotFound, postNotPublished, talkLinkNotFound } from './posts.errors';
import { PostsRepository, type LockedPost, type PostFields } from './posts.repository';

export const postViewerOf = (member: AuthenticatedMember): PostViewer => ({ id: member.id, isManager: member.role === 'manager' });

type TalkColumns = Pick<PostFields, 'talkStartsAt' | 'talkPlace' | 'talkEventId' | 'talkBreakfastId'>;

/** A talk is stored as given: its own moment and place, and/or the event or breakfast it links. */
function talkColumns(talk: TalkInput | null | undefined): TalkColumns {
  return {
    talkStartsAt: talk?.startsAt ?? null,
    talkPlace: talk?.place ?? null,
    talkEventId: talk?.eventId ?? null,
    talkBreakfastId: talk?.breakfastId ?? null,
  };
}

const storedTalk = (post: LockedPost): TalkColumns => ({
  talkStartsAt: post.talk_starts_at?.toISOString() ?? null,
  talkPlace: post.talk_place,
  talkEventId: post.talk_event_id,
  talkBreakfastId: post.talk_breakfast_id,
});

/** Tags are stored single-spaced; a tag filter is compared the same way (and folded by the database). */
const normaliseTag = (tag: string | undefined) => tag?.replace(/\s+/g, ' ');

const emptyPage = <T>(): Page<T> => ({ items: [], nextCursor: null });

@Injectable()
export class PostsService {
  constructor(private readonly posts: PostsRepository) {}

  /**
   * The feed: published posts newest first (keyset pages), or ranked by `q` (offset pages); with
   * `drafts`, the reader's own drafts last changed first. Each page is one or two statements.
   */
  async list(member: AuthenticatedMember, query: ListPostsQuery): Promise<Page<PostSummary>> {
    const viewer = postViewerOf(member);
    const filter = { kind: query.kind, tag: normaliseTag(query.tag), authorId: query.author };
    if (query.drafts) {
      // Drafts are their author's only: someone else's are never listed.
      if (query.author && query.author !== viewer.id) return emptyPage();
      let tsquery: string | undefined;
      if (query.q) {
        tsquery = toPrefixTsQuery(query.q) ?? undefined;
        if (!tsquery) return emptyPage();
      }
      const page = await this.posts.listDrafts(viewer, { kind: filter.kind, tag: filter.tag, tsquery, cursor: query.cursor, limit: query.limit });
      return { items: page.items.map(toPostSummary), nextCursor: page.nextCursor };
    }
    if (query.q) {
      const offset = offsetOf(query.cursor);
      const ids = await this.posts.searchIds(viewer, { ...filter, q: query.q, limit: query.limit + 1, offset });
      const rows = await this.posts.findSummaries(ids.slice(0, query.limit), viewer);
      return { items: rows.map(toPostSummary), nextCursor: ids.length > query.limit ? encodeCursor([offset + query.limit]) : null };
    }
    const page = await this.posts.listPublished(viewer, { ...filter, cursor: query.cursor, limit: query.limit });
    return { items: page.items.map(toPostSummary), nextCursor: page.nextCursor };
  }

  /** The best published posts for the words (GET /api/search), in rank order. */
  async search(viewer: PostViewer, q: string, limit: number): Promise<PostSummary[]> {
    const ids = await this.posts.searchIds(viewer, { q, limit, offset: 0 });
    return (await this.posts.findSummaries(ids, viewer)).map(toPostSummary);
  }

  async tags(query: ListPostTagsQuery): Promise<PostTagList> {
    return { items: await this.posts.tags(normaliseTag(query.q), query.limit), nextCursor: null };
  }

  async get(member: AuthenticatedMember, id: string): Promise<Post> {
    return this.loadFor(postViewerOf(member), id);
  }

  /** The author is whoever is signed in; a published post is dated now. */
  async create(member: AuthenticatedMember, input: CreatePost): Promise<Post> {
    const viewer = postViewerOf(member);
    const id = await this.posts.manager.transaction(async (em) => {
      await this.checkTalkLinks(em, input.talk);
      return this.posts.insert(em, viewer.id, {
        kind: input.kind,
        title: input.title,
        body: input.body,
        tags: input.tags,
        status: input.status,
        ...talkColumns(input.talk),
      });
    });
    return this.loadFor(viewer, id);
  }

  /**
   * Its author only, holding the post's lock. The patch is merged over the stored post, which must
   * still fit its kind: the body's length, and a talk (only a talk) says when and where.
   */
  async update(member: AuthenticatedMember, id: string, patch: UpdatePost): Promise<Post> {
    const viewer = postViewerOf(member);
    await this.posts.manager.transaction(async (em) => {
      const post = await this.asAuthor(em, id, viewer, 'FOR NO KEY UPDATE');
      const kind = patch.kind ?? post.kind;
      const body = patch.body ?? post.body;
      if (body.length > POST_BODY_MAX_LENGTH[kind]) {
        throw invalidPost('body', `At most ${POST_BODY_MAX_LENGTH[kind]} characters for this kind of post`);
      }
      // The stored post keeps a talk exactly when it is a talk.
      const hasTalk = patch.talk !== undefined ? patch.talk !== null : post.kind === 'talk';
      if (kind === 'talk' && !hasTalk) throw invalidPost('talk', 'A talk needs its date and place, or a link to an event or a breakfast');
      if (kind !== 'talk' && hasTalk) throw invalidPost('talk', 'Only a talk has a date and place');
      if (patch.talk !== undefined) await this.checkTalkLinks(em, patch.talk);
      await this.posts.update(em, id, {
        kind,
        title: patch.title ?? post.title,
        body,
        tags: patch.tags ?? post.tags,
        status: patch.status ?? post.status,
        ...(patch.talk !== undefined ? talkColumns(patch.talk) : storedTalk(post)),
      });
    });
    return this.loadFor(viewer, id);
  }

  /** Its author only; its comments and marks go with it. */
  async remove(member: AuthenticatedMember, id: string): Promise<void> {
    const viewer = postViewerOf(member);
    await this.posts.manager.transaction(async (em) => {
      await this.asAuthor(em, id, viewer, 'FOR UPDATE');
      await this.posts.delete(em, id);
    });
  }

  /** The manager hides a published post with a reason its author reads, or shows it again (null). */
  async moderate(member: AuthenticatedMember, id: string, hiddenReason: string | null): Promise<Post> {
    const viewer = postViewerOf(member);
    await this.posts.manager.transaction(async (em) => {
      if (!(await this.posts.lockVisible(em, id, viewer, 'FOR NO KEY UPDATE'))) throw postNotFound();
      await this.posts.moderate(em, id, hiddenReason);
    });
    return this.loadFor(viewer, id);
  }

  /**
   * Marks (or unmarks) a published post of someone else as useful, holding the post (FOR SHARE) so
   * that it is neither deleted nor taken back to draft meanwhile; marking twice counts once.
   */
  async setUseful(member: AuthenticatedMember, id: string, useful: boolean): Promise<Useful> {
    const viewer = postViewerOf(member);
    return this.posts.manager.transaction(async (em) => {
      const post = await this.posts.lockVisible(em, id, viewer, 'FOR SHARE');
      if (!post) throw postNotFound();
      // Only its author sees a draft: this comes first, or it could never be told.
      if (post.status !== 'published') throw postNotPublished();
      if (post.author_id === viewer.id) throw ownPostUseful();
      if (useful) await this.posts.markUseful(em, id, viewer.id);
      else await this.posts.unmarkUseful(em, id, viewer.id);
      return { usefulCount: await this.posts.usefulCount(em, id), markedUseful: useful };
    });
  }

  /** An event or a breakfast a talk links must exist and be linkable; it stays so until the post is written. */
  private async checkTalkLinks(em: EntityManager, talk: TalkInput | null | undefined): Promise<void> {
    if (talk?.eventId && !(await this.posts.lockLinkableEvent(em, talk.eventId))) throw talkLinkNotFound('talk.eventId');
    if (talk?.breakfastId && !(await this.posts.lockLinkableBreakfast(em, talk.breakfastId))) throw talkLinkNotFound('talk.breakfastId');
  }

  /** Locks the post for its author: 404 when the reader cannot see it, 403 when they see it but did not write it (the manager too). */
  private async asAuthor(em: EntityManager, id: string, viewer: PostViewer, lock: 'FOR NO KEY UPDATE' | 'FOR UPDATE'): Promise<LockedPost> {
    const post = await this.posts.lockVisible(em, id, viewer, lock);
    if (!post) throw postNotFound();
    if (post.author_id !== viewer.id) throw notThePostAuthor();
    return post;
  }

  private async loadFor(viewer: PostViewer, id: string): Promise<Post> {
    const row = await this.posts.findVisible(id, viewer);
    if (!row) throw postNotFound();
    return toPost(row);
  }
}

/** A ranked page's cursor is the offset of its first row, opaque to clients. */
function offsetOf(cursor: string | undefined): number {
  const key = decodeCursor(cursor, 1);
  if (key === null) return 0;
  const [offset] = key;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > 10_000) throw invalidCursor();
  return offset;
}
