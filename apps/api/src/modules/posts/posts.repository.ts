import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { POST_EXCERPT_LENGTH, type PostKind, type PostStatus } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import { postFilterConditions, postSearchSql, type PostSearchFilter } from '../search/search.sql';
import { postVisibleTo } from './post-visibility';
import type { CommentRow, PostRow, PostViewer } from './post.mapper';
import { invalidCursor } from './posts.errors';

/** The columns of `posts` its author writes (the whole post: a patch is merged over the stored one first). */
export interface PostFields {
  kind: PostKind;
  title: string;
  body: string;
  tags: string[];
  status: PostStatus;
  talkStartsAt: string | null;
  talkPlace: string | null;
  talkEventId: string | null;
  talkBreakfastId: string | null;
}

/** The post, locked for the rest of the transaction, with what the author-only rules and a patch need. */
export interface LockedPost {
  id: string;
  author_id: string;
  kind: PostKind;
  title: string;
  body: string;
  tags: string[];
  status: PostStatus;
  talk_starts_at: Date | null;
  talk_place: string | null;
  talk_event_id: string | null;
  talk_breakfast_id: string | null;
}

/** A comment, locked, with what the author-only rules need. */
export interface LockedComment {
  id: string;
  post_id: string;
  author_id: string;
}

export interface PostListFilter {
  kind?: PostKind;
  tag?: string;
  authorId?: string;
  cursor?: string;
  limit: number;
}

/** FOR SHARE: the post's state holds until the end (no edit, no deletion), while readers that mark or comment it run together. */
export type PostLock = 'FOR SHARE' | 'FOR NO KEY UPDATE' | 'FOR UPDATE';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** A cursor's time as the lists write it: a real instant, to the microsecond, in UTC. */
const isCursorTime = (value: string | number | undefined): value is string =>
  typeof value === 'string' &&
  TIMESTAMP.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString().slice(0, 23) === value.slice(0, 23);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function keysetCursor(cursor: string | undefined): [string, string] | null {
  const after = decodeCursor(cursor, 2);
  if (!after) return null;
  if (!(isCursorTime(after[0]) && typeof after[1] === 'string' && UUID.test(after[1]))) throw invalidCursor();
  return [after[0], after[1]];
}

/** An instant to the microsecond, as a cursor keeps it (a JavaScript date would round it to the millisecond). */
const cursorTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Everything toPost / toPostSummary need, for posts aliased `p`; `$1` is the reader's id. `body` is the
 * whole body, or its start (enough for the excerpt) in lists. The counts come from the primary key of
 * `post_useful` and the (post_id, created_at, id) index of `post_comments`: one statement for a whole page.
 */
const postSelect = (body: string) => `
  SELECT p.id, p.kind, p.title, ${body} AS body, p.tags, p.status, p.published_at, p.edited_at, p.hidden_reason, p.hidden_at,
         p.talk_starts_at, p.talk_place,
         p.talk_event_id, ev.title AS talk_event_title, ev.starts_at AS talk_event_starts_at, ev.place AS talk_event_place,
         p.talk_breakfast_id, bs.date::text AS talk_breakfast_date, bs.starts_at AS talk_breakfast_starts_at, bs.place AS talk_breakfast_place,
         a.id AS author_id, a.display_name AS author_name, a.photo_file AS author_photo_file,
         a.business_name AS author_business_name, a.headline AS author_headline,
         (SELECT count(*)::int FROM post_useful u WHERE u.post_id = p.id) AS useful_count,
         EXISTS (SELECT 1 FROM post_useful u WHERE u.post_id = p.id AND u.member_id = $1) AS marked_useful,
         (SELECT count(*)::int FROM post_comments c WHERE c.post_id = p.id AND c.hidden_at IS NULL) AS comment_count,
         p.created_at, p.updated_at
    FROM posts p
    JOIN members a ON a.id = p.author_id
    LEFT JOIN events ev ON ev.id = p.talk_event_id
    LEFT JOIN breakfast_sessions bs ON bs.id = p.talk_breakfast_id`;
const FULL_BODY = 'p.body';
/** One character more than the excerpt: enough to know whether, and where, to cut. */
const EXCERPT_BODY = `left(p.body, ${POST_EXCERPT_LENGTH + 1})`;

const COMMENT_SELECT = `
  SELECT c.id, c.post_id, c.parent_id, c.body, c.hidden_reason, c.hidden_at, c.edited_at, c.created_at,
         a.id AS author_id, a.display_name AS author_name, a.photo_file AS author_photo_file,
         a.business_name AS author_business_name, a.headline AS author_headline
    FROM post_comments c
    JOIN members a ON a.id = c.author_id`;

/** Posts, their comments and «useful» marks. The search reads posts through searchIds and findSummaries. */
@Injectable()
export class PostsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The post with its whole body as the reader may see it (the shared visibility rule), or null: unknown and invisible look the same. */
  async findVisible(id: string, viewer: PostViewer, em: EntityManager = this.dataSource.manager): Promise<PostRow | null> {
    const [row] = (await em.query(`${postSelect(FULL_BODY)} WHERE p.id = $3 AND ${postVisibleTo('p', '$1', '$2')}`, [
      viewer.id,
      viewer.isManager,
      id,
    ])) as PostRow[];
    return row ?? null;
  }

  /** Whether the reader may see the post (the shared visibility rule). */
  async isVisible(id: string, viewer: PostViewer): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.manager.query(`SELECT 1 FROM posts p WHERE p.id = $3 AND ${postVisibleTo('p', '$1', '$2')}`, [
      viewer.id,
      viewer.isManager,
      id,
    ]);
    return rows.length > 0;
  }

  /** These posts as list items, in the order of `ids` (a ranking); those the reader may not see are left out. One statement. */
  async findSummaries(ids: string[], viewer: PostViewer): Promise<PostRow[]> {
    if (ids.length === 0) return [];
    const rows: PostRow[] = await this.dataSource.manager.query(
      `${postSelect(EXCERPT_BODY)} WHERE p.id = ANY($3::uuid[]) AND ${postVisibleTo('p', '$1', '$2')}`,
      [viewer.id, viewer.isManager, ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The ids of the published posts matching the words, best first (the shared ranked search); none when no word is left. */
  async searchIds(viewer: PostViewer, filter: PostSearchFilter): Promise<string[]> {
    const statement = postSearchSql(viewer, filter);
    if (statement === null) return [];
    const rows: { id: string }[] = await this.dataSource.manager.query(statement.text, statement.values);
    return rows.map((row) => row.id);
  }

  /** A page of the feed: the published posts the reader may see, newest first (keyset on published_at, id). One statement. */
  async listPublished(viewer: PostViewer, filter: PostListFilter) {
    const after = keysetCursor(filter.cursor);
    const values: unknown[] = [viewer.id, viewer.isManager];
    const conditions = [`p.status = 'published'`, postVisibleTo('p', '$1', '$2'), ...postFilterConditions(filter, values)];
    if (after) {
      values.push(after[0], after[1]);
      conditions.push(`(p.published_at, p.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(filter.limit + 1);
    const rows: (PostRow & { sort_key: string })[] = await this.dataSource.manager.query(
      `SELECT page.*, ${cursorTime('page.published_at')} AS sort_key
         FROM (${postSelect(EXCERPT_BODY)} WHERE ${conditions.join(' AND ')} ORDER BY p.published_at DESC, p.id DESC LIMIT $${values.length}) page
        ORDER BY page.published_at DESC, page.id DESC`,
      values,
    );
    return toPage(rows, filter.limit, (row) => [row.sort_key, row.id]);
  }

  /** A page of the reader's own drafts, last changed first (keyset on updated_at, id); `q` narrows them to those that match. */
  async listDrafts(viewer: PostViewer, filter: PostListFilter & { tsquery?: string }) {
    const after = keysetCursor(filter.cursor);
    const values: unknown[] = [viewer.id];
    const conditions = [`p.author_id = $1`, `p.status = 'draft'`, ...postFilterConditions({ kind: filter.kind, tag: filter.tag }, values)];
    if (filter.tsquery) {
      values.push(filter.tsquery);
      conditions.push(`p.search_vector @@ to_tsquery('tertulia', $${values.length})`);
    }
    if (after) {
      values.push(after[0], after[1]);
      conditions.push(`(p.updated_at, p.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(filter.limit + 1);
    const rows: (PostRow & { sort_key: string })[] = await this.dataSource.manager.query(
      `SELECT page.*, ${cursorTime('page.updated_at')} AS sort_key
         FROM (${postSelect(EXCERPT_BODY)} WHERE ${conditions.join(' AND ')} ORDER BY p.updated_at DESC, p.id DESC LIMIT $${values.length}) page
        ORDER BY page.updated_at DESC, page.id DESC`,
      values,
    );
    return toPage(rows, filter.limit, (row) => [row.sort_key, row.id]);
  }

  /**
   * The tags of the published posts nobody hid, grouped by their folded spelling (case and accents
   * ignored), each shown in its most frequent spelling; those starting like `q` (folded), most used first.
   */
  async tags(q: string | undefined, limit: number): Promise<{ tag: string; count: number }[]> {
    return this.dataSource.manager.query(
      `SELECT mode() WITHIN GROUP (ORDER BY t.tag) AS tag, count(DISTINCT p.id)::int AS count
         FROM posts p, unnest(p.tags, p.tag_keys) AS t(tag, key)
        WHERE p.status = 'published' AND p.hidden_at IS NULL AND starts_with(t.key, tertulia_fold($1))
        GROUP BY t.key
        ORDER BY count DESC, tag, t.key
        LIMIT $2`,
      [q ?? '', limit],
    );
  }

  /** Locks the post if the reader may see it; null otherwise (unknown and invisible look the same). */
  async lockVisible(em: EntityManager, id: string, viewer: PostViewer, lock: PostLock): Promise<LockedPost | null> {
    const [row] = (await em.query(
      `SELECT p.id, p.author_id, p.kind, p.title, p.body, p.tags, p.status, p.talk_starts_at, p.talk_place, p.talk_event_id, p.talk_breakfast_id
         FROM posts p
        WHERE p.id = $3 AND ${postVisibleTo('p', '$1', '$2')}
        ${lock}`,
      [viewer.id, viewer.isManager, id],
    )) as LockedPost[];
    return row ?? null;
  }

  /** Whether a talk may link this event (scheduled, for the whole space), keeping it so (KEY SHARE) until the transaction ends. */
  async lockLinkableEvent(em: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM events WHERE id = $1 AND status = 'scheduled' AND circle_id IS NULL FOR KEY SHARE`,
      [id],
    );
    return rows.length > 0;
  }

  /** Whether a talk may link this breakfast (not cancelled), keeping it so (KEY SHARE) until the transaction ends. */
  async lockLinkableBreakfast(em: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM breakfast_sessions WHERE id = $1 AND NOT cancelled FOR KEY SHARE`, [id]);
    return rows.length > 0;
  }

  /** A published post gets its publication date now. */
  async insert(em: EntityManager, authorId: string, fields: PostFields): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO posts (author_id, kind, title, body, tags, status, published_at, talk_starts_at, talk_place, talk_event_id, talk_breakfast_id)
       VALUES ($1, $2, $3, $4, $5::text[], $6::text, CASE WHEN $6::text = 'published' THEN now() END, $7::timestamptz, $8, $9::uuid, $10::uuid)
       RETURNING id`,
      [
        authorId,
        fields.kind,
        fields.title,
        fields.body,
        fields.tags,
        fields.status,
        fields.talkStartsAt,
        fields.talkPlace,
        fields.talkEventId,
        fields.talkBreakfastId,
      ],
    )) as { id: string }[];
    return row!.id;
  }

  /**
   * Writes the merged post. A post that was ever published and whose title, body, tags or talk change is
   * marked edited; publishing keeps the first publication date; back to draft keeps it too.
   * The SET expressions read the row as it was before this statement.
   */
  async update(em: EntityManager, id: string, fields: PostFields): Promise<void> {
    await em.query(
      `UPDATE posts
          SET kind = $2, title = $3, body = $4, tags = $5::text[],
              talk_starts_at = $7::timestamptz, talk_place = $8, talk_event_id = $9::uuid, talk_breakfast_id = $10::uuid,
              edited_at = CASE
                WHEN published_at IS NOT NULL
                 AND (title, body, tags, talk_starts_at, talk_place, talk_event_id, talk_breakfast_id)
                     IS DISTINCT FROM ($3::text, $4::text, $5::text[], $7::timestamptz, $8::text, $9::uuid, $10::uuid)
                THEN now() ELSE edited_at END,
              status = $6::text,
              published_at = CASE WHEN $6::text = 'published' THEN COALESCE(published_at, now()) ELSE published_at END,
              updated_at = now()
        WHERE id = $1`,
      [
        id,
        fields.kind,
        fields.title,
        fields.body,
        fields.tags,
        fields.status,
        fields.talkStartsAt,
        fields.talkPlace,
        fields.talkEventId,
        fields.talkBreakfastId,
      ],
    );
  }

  /** Its comments and «useful» marks go with it (ON DELETE CASCADE). */
  async delete(em: EntityManager, id: string): Promise<void> {
    await em.query(`DELETE FROM posts WHERE id = $1`, [id]);
  }

  async moderate(em: EntityManager, id: string, hiddenReason: string | null): Promise<void> {
    await em.query(
      `UPDATE posts
          SET hidden_reason = $2::text, hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, updated_at = now()
        WHERE id = $1`,
      [id, hiddenReason],
    );
  }

  /** Marks it useful for the member; a second mark changes nothing (the primary key decides). */
  async markUseful(em: EntityManager, postId: string, memberId: string): Promise<void> {
    await em.query(`INSERT INTO post_useful (post_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [postId, memberId]);
  }

  async unmarkUseful(em: EntityManager, postId: string, memberId: string): Promise<void> {
    await em.query(`DELETE FROM post_useful WHERE post_id = $1 AND member_id = $2`, [postId, memberId]);
  }

  async usefulCount(em: EntityManager, postId: string): Promise<number> {
    const [row] = (await em.query(`SELECT count(*)::int AS n FROM post_useful WHERE post_id = $1`, [postId])) as { n: number }[];
    return row!.n;
  }

  /**
   * The comment of this post that a new one would answer, kept (KEY SHARE) until the transaction ends so
   * that it cannot vanish under the reply; null when the post has no such comment.
   */
  async lockParent(em: EntityManager, postId: string, parentId: string): Promise<{ parent_id: string | null } | null> {
    const [row] = (await em.query(`SELECT parent_id FROM post_comments WHERE id = $1 AND post_id = $2 FOR KEY SHARE`, [
      parentId,
      postId,
    ])) as { parent_id: string | null }[];
    return row ?? null;
  }

  async insertComment(em: EntityManager, postId: string, authorId: string, body: string, parentId: string | null): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO post_comments (post_id, author_id, body, parent_id) VALUES ($1, $2, $3, $4::uuid) RETURNING id`,
      [postId, authorId, body, parentId],
    )) as { id: string }[];
    return row!.id;
  }

  /**
   * Who is told of a new comment: the post's author and, for a reply, the author of the comment it answers (once),
   * when they are not its writer and may still see the post (a hidden post: its author and the managers). One statement.
   */
  async commentAudience(em: EntityManager, postId: string, parentId: string | null, commenterId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT m.id::text AS id
         FROM posts p
         JOIN members m ON m.id = p.author_id OR m.id = (SELECT c.author_id FROM post_comments c WHERE c.id = $2::uuid AND c.post_id = p.id)
        WHERE p.id = $1 AND m.id <> $3 AND m.status = 'active' AND ${postVisibleTo('p', 'm.id', "m.role = 'manager'")}`,
      [postId, parentId, commenterId],
    );
    return rows.map((row) => row.id);
  }

  /** The comment with its author, if the reader may see its post; null otherwise. */
  async findComment(id: string, viewer: PostViewer, em: EntityManager = this.dataSource.manager): Promise<CommentRow | null> {
    const [row] = (await em.query(
      `${COMMENT_SELECT} JOIN posts p ON p.id = c.post_id WHERE c.id = $3 AND ${postVisibleTo('p', '$1', '$2')}`,
      [viewer.id, viewer.isManager, id],
    )) as CommentRow[];
    return row ?? null;
  }

  /** A page of a post's comments, oldest first (keyset on created_at, id): a reply always comes after what it answers. */
  async listComments(postId: string, filter: { cursor?: string; limit: number }) {
    const after = keysetCursor(filter.cursor);
    const values: unknown[] = [postId];
    const conditions = [`c.post_id = $1`];
    if (after) {
      values.push(after[0], after[1]);
      conditions.push(`(c.created_at, c.id) > ($2::timestamptz, $3::uuid)`);
    }
    values.push(filter.limit + 1);
    const rows: (CommentRow & { sort_key: string })[] = await this.dataSource.manager.query(
      `SELECT page.*, ${cursorTime('page.created_at')} AS sort_key
         FROM (${COMMENT_SELECT} WHERE ${conditions.join(' AND ')} ORDER BY c.created_at, c.id LIMIT $${values.length}) page
        ORDER BY page.created_at, page.id`,
      values,
    );
    return toPage(rows, filter.limit, (row) => [row.sort_key, row.id]);
  }

  /** Locks the comment if the reader may see its post; null otherwise. */
  async lockComment(em: EntityManager, id: string, viewer: PostViewer, lock: 'FOR NO KEY UPDATE' | 'FOR UPDATE'): Promise<LockedComment | null> {
    const [row] = (await em.query(
      `SELECT c.id, c.post_id, c.author_id
         FROM post_comments c JOIN posts p ON p.id = c.post_id
        WHERE c.id = $3 AND ${postVisibleTo('p', '$1', '$2')}
        ${lock} OF c`,
      [viewer.id, viewer.isManager, id],
    )) as LockedComment[];
    return row ?? null;
  }

  async updateComment(em: EntityManager, id: string, body: string): Promise<void> {
    await em.query(`UPDATE post_comments SET body = $2, edited_at = now(), updated_at = now() WHERE id = $1`, [id, body]);
  }

  /** Its replies go with it (ON DELETE CASCADE). */
  async deleteComment(em: EntityManager, id: string): Promise<void> {
    await em.query(`DELETE FROM post_comments WHERE id = $1`, [id]);
  }

  async moderateComment(em: EntityManager, id: string, hiddenReason: string | null): Promise<void> {
    await em.query(
      `UPDATE post_comments
          SET hidden_reason = $2::text, hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, updated_at = now()
        WHERE id = $1`,
      [id, hiddenReason],
    );
  }
}
