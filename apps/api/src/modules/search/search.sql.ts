import { foldForSearch, toPrefixTsQuery, type MemberStatus, type PostKind } from '@tertulia/domain';
import { postVisibleTo } from '../posts/post-visibility';

/**
 * The directory's ranked search as plain SQL, shared by the repositories and by the search
 * benchmark's bare `pg` baseline, so that both measure exactly the same statements.
 *
 * Ranking: `ts_rank` over the weighted documents (a name, skill or service title outranks a
 * summary, which outranks a description), plus, for members, the trigram word similarity of
 * the query to their folded name and business, which also finds names with small typos.
 */

/** Who is searching: the manager sees hidden members and services; everyone sees themself. */
export interface SearchViewer {
  id: string;
  isManager: boolean;
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

export interface MemberSearchFilter {
  /** The words as typed; at least one letter or digit. */
  q: string;
  skill?: string;
  categoryId?: string;
  language?: string;
  /** Which members: the active ones unless the manager asks for others (the members' admin page). */
  statuses?: MemberStatus[];
  limit: number;
  offset: number;
}

/** Trigram matching on a single short word finds too much; from this length on it helps with typos. */
const FUZZY_MIN_LENGTH = 4;

/**
 * Ranked ids of the members that match; null when the query holds no word. Two branches, one
 * per index: the documents that match (ranked by ts_rank), and the names that nearly match
 * (ranked by ts_rank plus their similarity). Word similarity is costly, so it is computed only
 * for the few names the trigram index brings, not for every document that matches.
 */
export function memberSearchSql(viewer: SearchViewer, filter: MemberSearchFilter): SqlStatement | null {
  const tsquery = toPrefixTsQuery(filter.q);
  if (tsquery === null) return null;
  const values: unknown[] = [tsquery, viewer.isManager, viewer.id];
  let status = `m.status = 'active'`;
  if (filter.statuses) {
    values.push(filter.statuses);
    status = `m.status = ANY($${values.length}::text[])`;
  }
  const shared = [status, `(m.directory_visible OR $2 OR m.id = $3)`, ...memberFilterConditions(filter, values)].join(' AND ');
  const branch = (rank: string, match: string) => `
        SELECT m.id, m.display_name, ts_rank(m.search_vector, q.query)${rank} AS rank
          FROM members m, (SELECT to_tsquery('tertulia', $1) AS query) q
         WHERE ${match} AND ${shared}`;
  const branches = [branch('', 'm.search_vector @@ q.query')];
  const folded = foldForSearch(filter.q).trim();
  if (folded.length >= FUZZY_MIN_LENGTH) {
    values.push(folded);
    branches.push(branch(` + word_similarity($${values.length}, m.search_name)`, `$${values.length} <% m.search_name`));
  }
  values.push(filter.limit, filter.offset);
  return {
    text: `
      SELECT id, max(rank) AS rank
        FROM (${branches.join(`
        UNION ALL`)}) matches
       GROUP BY id, display_name
       ORDER BY rank DESC, display_name, id
       LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  };
}

/** The directory's filters as SQL conditions on `m`, pushing their values. */
export function memberFilterConditions(filter: Pick<MemberSearchFilter, 'skill' | 'categoryId' | 'language'>, values: unknown[]): string[] {
  const conditions: string[] = [];
  if (filter.skill) {
    values.push(filter.skill);
    conditions.push(`m.skill_keys @> ARRAY[tertulia_fold($${values.length})]`);
  }
  if (filter.language) {
    values.push(filter.language);
    conditions.push(`m.languages @> ARRAY[$${values.length}::text]`);
  }
  if (filter.categoryId) {
    values.push(filter.categoryId);
    conditions.push(
      `EXISTS (SELECT 1 FROM services s WHERE s.member_id = m.id AND s.category_id = $${values.length} AND s.hidden_at IS NULL)`,
    );
  }
  return conditions;
}

export interface ServiceSearchFilter {
  q: string;
  categoryId?: string;
  memberId?: string;
  limit: number;
  offset: number;
}

/** Ranked ids of the visible services that match; null when the query holds no word. */
export function serviceSearchSql(viewer: SearchViewer, filter: ServiceSearchFilter): SqlStatement | null {
  const tsquery = toPrefixTsQuery(filter.q);
  if (tsquery === null) return null;
  const values: unknown[] = [tsquery, viewer.isManager, viewer.id];
  const conditions = [
    `s.search_vector @@ q.query`,
    `(s.hidden_at IS NULL OR $2 OR s.member_id = $3)`,
    `m.status = 'active'`,
    `(m.directory_visible OR $2 OR m.id = $3)`,
  ];
  if (filter.categoryId) {
    values.push(filter.categoryId);
    conditions.push(`s.category_id = $${values.length}`);
  }
  if (filter.memberId) {
    values.push(filter.memberId);
    conditions.push(`s.member_id = $${values.length}`);
  }
  values.push(filter.limit, filter.offset);
  return {
    text: `
      SELECT s.id, ts_rank(s.search_vector, q.query) AS rank
        FROM services s JOIN members m ON m.id = s.member_id, (SELECT to_tsquery('tertulia', $1) AS query) q
       WHERE ${conditions.join(' AND ')}
       ORDER BY rank DESC, s.created_at DESC, s.id
       LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  };
}

export interface PostSearchFilter {
  /** The words as typed; at least one letter or digit. */
  q: string;
  kind?: PostKind;
  tag?: string;
  authorId?: string;
  limit: number;
  offset: number;
}

/**
 * Ranked ids of the published posts the viewer may see that match (a hidden one only for its author
 * and the manager; never a draft): best first by the weighted document (title A, tags B, body C),
 * then newest. Null when the query holds no word.
 */
export function postSearchSql(viewer: SearchViewer, filter: PostSearchFilter): SqlStatement | null {
  const tsquery = toPrefixTsQuery(filter.q);
  if (tsquery === null) return null;
  const values: unknown[] = [tsquery, viewer.isManager, viewer.id];
  const conditions = [`p.search_vector @@ q.query`, `p.status = 'published'`, postVisibleTo('p', '$3', '$2'), ...postFilterConditions(filter, values)];
  values.push(filter.limit, filter.offset);
  return {
    text: `
      SELECT p.id, ts_rank(p.search_vector, q.query) AS rank
        FROM posts p, (SELECT to_tsquery('tertulia', $1) AS query) q
       WHERE ${conditions.join(' AND ')}
       ORDER BY rank DESC, p.published_at DESC, p.id DESC
       LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  };
}

/**
 * The feed's filters as SQL conditions on `p`, pushing their values. A tag matches whatever its case
 * and accents (`tag_keys` holds the folded tags, kept by a trigger, with a GIN index).
 */
export function postFilterConditions(filter: Pick<PostSearchFilter, 'kind' | 'tag' | 'authorId'>, values: unknown[]): string[] {
  const conditions: string[] = [];
  if (filter.kind) {
    values.push(filter.kind);
    conditions.push(`p.kind = $${values.length}`);
  }
  if (filter.tag) {
    values.push(filter.tag);
    conditions.push(`p.tag_keys @> ARRAY[tertulia_fold($${values.length})]`);
  }
  if (filter.authorId) {
    values.push(filter.authorId);
    conditions.push(`p.author_id = $${values.length}::uuid`);
  }
  return conditions;
}
