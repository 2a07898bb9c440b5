import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FeedbackAnswer, FeedbackAudience, FeedbackFormat, FeedbackStatus, UpdateFeedbackSettings } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import type { MemberRefRow } from '../members/member-ref';
import { feedbackRequestVisibleTo, feedbackStatusOf, responseCountJoin } from './feedback-visibility';
import type {
  FeedbackRequestRow,
  FeedbackRequestSummaryRow,
  FeedbackResponseRow,
  FeedbackSettingsRow,
  SuggestedReviewerRow,
} from './feedback.mapper';
import { invalidCursor } from './feedback.errors';

/** The columns of `feedback_requests` its requester writes. */
export interface FeedbackRequestFields {
  title: string;
  context: string;
  questions: string[];
  format: FeedbackFormat;
  minutes: number;
  /** `YYYY-MM-DD`; `closes_at` follows it: the end of that day in the community's time zone. */
  deadline: string;
  expertise: string[];
  cap: number;
  audience: FeedbackAudience;
}

/** What a requester may change (not the format nor the audience). */
export type FeedbackRequestPatch = Partial<Omit<FeedbackRequestFields, 'format' | 'audience'>>;

const COLUMN_OF: Record<Exclude<keyof FeedbackRequestPatch, 'deadline'>, string> = {
  title: 'title',
  context: 'context',
  questions: 'questions',
  minutes: 'minutes',
  expertise: 'expertise',
  cap: 'cap',
};
const ARRAY_COLUMNS = new Set(['questions', 'expertise']);

export interface FeedbackListFilter {
  /** The reader's own requests. */
  mine?: boolean;
  /** «Asked of you»: others' requests that invite the reader or want their skills (while they accept requests). */
  asked?: boolean;
  status?: FeedbackStatus;
  cursor?: string;
  limit: number;
}

/**
 * The request, locked (FOR UPDATE) for the rest of the transaction, with what the rules need. The counts are read
 * after the lock, by a statement of their own: every answer and change holds the lock, so they are current.
 */
export interface LockedFeedbackRequest {
  id: string;
  requester_id: string;
  title: string;
  format: FeedbackFormat;
  questions: string[];
  cap: number;
  status: FeedbackStatus;
  response_count: number;
  answered_by_me: boolean;
}

/** An answer and the request it belongs to, as the rules about answers need them. */
export interface ResponseAccess {
  id: string;
  request_id: string;
  reviewer_id: string;
  requester_id: string;
  title: string;
  format: FeedbackFormat;
  question_count: number;
  status: FeedbackStatus;
}

const STATUS = feedbackStatusOf('r', 'rc.responses');

/**
 * Everything toFeedbackRequestSummary needs, for requests aliased `r`; `$1` is the reader's id.
 * The answers are counted once (a lateral join) and the status derives from that count.
 */
const SUMMARY_COLUMNS = `
  r.id, r.requester_id, rq.display_name AS requester_name, rq.photo_file AS requester_photo_file,
  rq.business_name AS requester_business_name, rq.headline AS requester_headline,
  r.title, r.format, r.minutes, r.deadline::text AS deadline, r.closes_at, r.expertise, r.cap, r.audience,
  ${STATUS} AS status, rc.responses AS response_count, cardinality(r.questions) AS question_count,
  EXISTS (SELECT 1 FROM feedback_invitations mi WHERE mi.request_id = r.id AND mi.member_id = $1) AS invited_me,
  EXISTS (SELECT 1 FROM feedback_responses ma WHERE ma.request_id = r.id AND ma.reviewer_id = $1) AS answered_by_me,
  r.created_at`;
const REQUEST_FROM = `
  FROM feedback_requests r
  JOIN members rq ON rq.id = r.requester_id
  ${responseCountJoin('r', 'rc')}`;

/** An answer aliased `x` with its reviewer. */
const RESPONSE_SELECT = `
  SELECT x.id, x.request_id, x.reviewer_id, rv.display_name AS reviewer_name, rv.photo_file AS reviewer_photo_file,
         rv.business_name AS reviewer_business_name, rv.headline AS reviewer_headline,
         x.answers, x.proposed_times, x.message, x.helpful_at, x.thanks_message, x.thanked_at, x.edited_at, x.created_at
    FROM feedback_responses x
    JOIN members rv ON rv.id = x.reviewer_id`;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** A cursor's time as list() writes it: a real instant, to the microsecond, in UTC. */
const isCursorTime = (value: string | number | undefined): value is string =>
  typeof value === 'string' &&
  TIMESTAMP.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString().slice(0, 23) === value.slice(0, 23);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `closes_at` from a `deadline` placeholder and a time zone placeholder: the end of that day there. */
const closesAt = (deadline: string, timeZone: string) => `((${deadline}::date + 1)::timestamp AT TIME ZONE ${timeZone})`;

/** Feedback requests, their invited reviewers and answers, and the members' feedback settings. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The request as the reader may see it (the shared visibility rule), or null: unknown and invisible look the same. */
  async findVisible(id: string, viewerId: string, em: EntityManager = this.dataSource.manager): Promise<FeedbackRequestRow | null> {
    const [row] = (await em.query(
      `SELECT ${SUMMARY_COLUMNS}, r.context, r.questions, r.closed_at, r.updated_at
       ${REQUEST_FROM}
        WHERE r.id = $2 AND ${feedbackRequestVisibleTo('r', '$1')}`,
      [viewerId, id],
    )) as FeedbackRequestRow[];
    return row ?? null;
  }

  /** The invited reviewers, in the order they were invited. */
  invited(requestId: string): Promise<MemberRefRow[]> {
    return this.dataSource.manager.query(
      `SELECT m.id, m.display_name, m.photo_file, m.business_name, m.headline
         FROM feedback_invitations i JOIN members m ON m.id = i.member_id
        WHERE i.request_id = $1
        ORDER BY i.created_at, m.display_name, m.id`,
      [requestId],
    );
  }

  /** The answers the reader may read: all of them for the requester, else only their own. Oldest first. */
  responsesFor(requestId: string, viewerId: string, isRequester: boolean): Promise<FeedbackResponseRow[]> {
    return this.dataSource.manager.query(
      `${RESPONSE_SELECT}
        WHERE x.request_id = $1 AND ($3 OR x.reviewer_id = $2)
        ORDER BY x.created_at, x.id`,
      [requestId, viewerId, isRequester],
    );
  }

  async findResponse(id: string, em: EntityManager = this.dataSource.manager): Promise<FeedbackResponseRow | null> {
    const [row] = (await em.query(`${RESPONSE_SELECT} WHERE x.id = $1`, [id])) as FeedbackResponseRow[];
    return row ?? null;
  }

  /** A page of the visible requests, newest first (keyset on created_at, id). One statement. */
  async list(viewerId: string, filter: FeedbackListFilter) {
    const after = decodeCursor(filter.cursor, 2);
    if (after && !(isCursorTime(after[0]) && typeof after[1] === 'string' && UUID.test(after[1]))) throw invalidCursor();
    const values: unknown[] = [viewerId];
    const conditions = [feedbackRequestVisibleTo('r', '$1')];
    if (filter.mine) conditions.push(`r.requester_id = $1`);
    if (filter.asked) {
      conditions.push(`r.requester_id <> $1`);
      conditions.push(`(EXISTS (SELECT 1 FROM feedback_invitations ai WHERE ai.request_id = r.id AND ai.member_id = $1)
                        OR EXISTS (SELECT 1 FROM members me
                                    WHERE me.id = $1 AND me.feedback_open AND r.expertise_keys && me.skill_keys))`);
    }
    if (filter.status) {
      values.push(filter.status);
      conditions.push(`${STATUS} = $${values.length}`);
    }
    if (after) {
      values.push(after[0], after[1]);
      conditions.push(`(r.created_at, r.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(filter.limit + 1);
    // The cursor keeps created_at to the microsecond (a JavaScript date would round it to the millisecond).
    const rows: (FeedbackRequestSummaryRow & { created_key: string })[] = await this.dataSource.manager.query(
      `SELECT ${SUMMARY_COLUMNS}, to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key
       ${REQUEST_FROM}
        WHERE ${conditions.join(' AND ')}
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT $${values.length}`,
      values,
    );
    return toPage(rows, filter.limit, (row) => [row.created_key, row.id]);
  }

  /**
   * Locks the visible request (FOR UPDATE: answers, invitations and changes to one request happen one after
   * another), then reads its status, its answers and whether the reader answered, after the lock.
   */
  async lockVisible(em: EntityManager, id: string, viewerId: string): Promise<LockedFeedbackRequest | null> {
    const [row] = (await em.query(
      `SELECT r.id, r.requester_id, r.title, r.format, r.questions, r.cap
         FROM feedback_requests r
        WHERE r.id = $2 AND ${feedbackRequestVisibleTo('r', '$1')}
          FOR UPDATE OF r`,
      [viewerId, id],
    )) as Pick<LockedFeedbackRequest, 'id' | 'requester_id' | 'title' | 'format' | 'questions' | 'cap'>[];
    if (!row) return null;
    const [state] = (await em.query(
      `SELECT ${STATUS} AS status, rc.responses AS response_count,
              EXISTS (SELECT 1 FROM feedback_responses ma WHERE ma.request_id = r.id AND ma.reviewer_id = $2) AS answered_by_me
         FROM feedback_requests r ${responseCountJoin('r', 'rc')}
        WHERE r.id = $1`,
      [id, viewerId],
    )) as Pick<LockedFeedbackRequest, 'status' | 'response_count' | 'answered_by_me'>[];
    return { ...row, ...state! };
  }

  /**
   * The answer with its request, when the request is visible to the reader; with `em`, the request is locked
   * first (FOR UPDATE), so that its status cannot change before the transaction ends.
   */
  async responseAccess(id: string, viewerId: string, em?: EntityManager): Promise<ResponseAccess | null> {
    const manager = em ?? this.dataSource.manager;
    if (em) {
      await em.query(
        `SELECT 1 FROM feedback_requests r
          WHERE r.id = (SELECT x.request_id FROM feedback_responses x WHERE x.id = $1)
            FOR UPDATE OF r`,
        [id],
      );
    }
    const [row] = (await manager.query(
      `SELECT x.id, x.request_id, x.reviewer_id, r.requester_id, r.title, r.format, cardinality(r.questions) AS question_count, ${STATUS} AS status
         FROM feedback_responses x
         JOIN feedback_requests r ON r.id = x.request_id
         ${responseCountJoin('r', 'rc')}
        WHERE x.id = $1 AND ${feedbackRequestVisibleTo('r', '$2')}`,
      [id, viewerId],
    )) as ResponseAccess[];
    return row ?? null;
  }

  /**
   * Which of these members can be invited by the requester: active, not the requester. Each is kept (KEY SHARE)
   * until the transaction ends, so that none vanishes under the insert.
   */
  async eligibleReviewers(em: EntityManager, memberIds: string[], requesterId: string): Promise<Set<string>> {
    if (memberIds.length === 0) return new Set();
    const rows: { id: string }[] = await em.query(
      `SELECT m.id FROM members m WHERE m.id = ANY($1::uuid[]) AND m.status = 'active' AND m.id <> $2 FOR KEY SHARE`,
      [memberIds, requesterId],
    );
    return new Set(rows.map((row) => row.id));
  }

  async insertRequest(em: EntityManager, fields: FeedbackRequestFields, requesterId: string, timeZone: string): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO feedback_requests (requester_id, title, context, questions, format, minutes, deadline, closes_at, expertise, cap, audience)
       VALUES ($1, $2, $3, $4::text[], $5, $6, $7::date, ${closesAt('$7', '$8')}, $9::text[], $10, $11)
       RETURNING id`,
      [
        requesterId,
        fields.title,
        fields.context,
        fields.questions,
        fields.format,
        fields.minutes,
        fields.deadline,
        timeZone,
        fields.expertise,
        fields.cap,
        fields.audience,
      ],
    )) as { id: string }[];
    return row!.id;
  }

  /**
   * Invites these members; someone already invited stays as they were. The caller holds the request's lock.
   * Answers those newly invited (who are told).
   */
  async invite(em: EntityManager, requestId: string, memberIds: string[]): Promise<string[]> {
    if (memberIds.length === 0) return [];
    const rows: { member_id: string }[] = await em.query(
      // One microsecond apart, so that reading them back by created_at keeps the requester's order.
      `WITH inserted AS (
         INSERT INTO feedback_invitations (request_id, member_id, created_at)
         SELECT $1, invited.member_id, now() + make_interval(secs => invited.n / 1000000.0)
           FROM unnest($2::uuid[]) WITH ORDINALITY AS invited(member_id, n)
         ON CONFLICT (request_id, member_id) DO NOTHING
         RETURNING member_id::text)
       SELECT member_id FROM inserted`,
      [requestId, memberIds],
    );
    return rows.map((row) => row.member_id);
  }

  /**
   * Who is told that a request for every member wants their skills: active members accepting requests whose skills
   * match a wanted expertise (folded), not its requester nor anyone invited; the 20 with most matching skills. One statement.
   */
  async skilledToTell(em: EntityManager, requestId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT m.id::text AS id
         FROM feedback_requests r
         JOIN members m ON m.skill_keys && r.expertise_keys
        WHERE r.id = $1 AND r.audience = 'all' AND m.status = 'active' AND m.feedback_open AND m.id <> r.requester_id
          AND NOT EXISTS (SELECT 1 FROM feedback_invitations i WHERE i.request_id = r.id AND i.member_id = m.id)
        ORDER BY cardinality(ARRAY(SELECT unnest(m.skill_keys) INTERSECT SELECT unnest(r.expertise_keys))) DESC, m.display_name, m.id
        LIMIT 20`,
      [requestId],
    );
    return rows.map((row) => row.id);
  }

  async invitedIds(em: EntityManager, requestId: string): Promise<string[]> {
    const rows: { member_id: string }[] = await em.query(`SELECT member_id FROM feedback_invitations WHERE request_id = $1`, [requestId]);
    return rows.map((row) => row.member_id);
  }

  /** Writes the patch; a new deadline moves `closes_at` with it. The caller holds the request's lock. */
  async updateRequest(em: EntityManager, id: string, patch: FeedbackRequestPatch, timeZone: string): Promise<void> {
    const values: unknown[] = [id];
    const assignments: string[] = [];
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      values.push(value);
      if (field === 'deadline') {
        values.push(timeZone);
        assignments.push(`deadline = $${values.length - 1}::date`, `closes_at = ${closesAt(`$${values.length - 1}`, `$${values.length}`)}`);
      } else {
        const column = COLUMN_OF[field as keyof typeof COLUMN_OF];
        assignments.push(`${column} = $${values.length}${ARRAY_COLUMNS.has(column) ? '::text[]' : ''}`);
      }
    }
    await em.query(`UPDATE feedback_requests SET ${[...assignments, 'updated_at = now()'].join(', ')} WHERE id = $1`, values);
  }

  /** Closes it now; a second close keeps the first moment. */
  async close(em: EntityManager, id: string): Promise<void> {
    await em.query(`UPDATE feedback_requests SET closed_at = COALESCE(closed_at, now()), updated_at = now() WHERE id = $1`, [id]);
  }

  /** The reviewer's answer; the unique (request, reviewer) constraint refuses a second one. The caller holds the request's lock. */
  async insertResponse(em: EntityManager, requestId: string, reviewerId: string, answer: FeedbackAnswer): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO feedback_responses (request_id, reviewer_id, answers, proposed_times, message)
       VALUES ($1, $2, $3::text[], $4::timestamptz[], $5)
       RETURNING id`,
      [requestId, reviewerId, answer.answers, answer.proposedTimes, answer.message ?? null],
    )) as { id: string }[];
    return row!.id;
  }

  /** Replaces the answer and marks it edited. */
  async updateResponse(em: EntityManager, id: string, answer: FeedbackAnswer): Promise<void> {
    await em.query(
      `UPDATE feedback_responses
          SET answers = $2::text[], proposed_times = $3::timestamptz[], message = $4, edited_at = now(), updated_at = now()
        WHERE id = $1`,
      [id, answer.answers, answer.proposedTimes, answer.message ?? null],
    );
  }

  /**
   * Marks or unmarks it helpful (a second mark keeps the first moment). Answers whether it became helpful now (it was
   * not): the answer's row is locked before it is read, so two marks at once cannot both say so.
   */
  async setHelpful(em: EntityManager, id: string, helpful: boolean): Promise<boolean> {
    const rows: { became_helpful: boolean }[] = await em.query(
      `WITH updated AS (
         UPDATE feedback_responses x SET helpful_at = CASE WHEN $2 THEN COALESCE(x.helpful_at, now()) END, updated_at = now()
           FROM (SELECT id, helpful_at FROM feedback_responses WHERE id = $1 FOR UPDATE) before
          WHERE x.id = before.id
         RETURNING ($2 AND before.helpful_at IS NULL) AS became_helpful)
       SELECT became_helpful FROM updated`,
      [id, helpful],
    );
    return rows[0]?.became_helpful === true;
  }

  /** The requester's thank-you note (a new one replaces the last). */
  async setThanks(id: string, message: string): Promise<void> {
    await this.dataSource.manager.query(
      `UPDATE feedback_responses SET thanks_message = $2, thanked_at = now(), updated_at = now() WHERE id = $1`,
      [id, message],
    );
  }

  /**
   * Members who could give this feedback, best first, in one statement: active and listed in the directory, not
   * the reader, not in focus, accepting requests and under their weekly quota; whose skills match a wanted
   * expertise (folded: case and accents ignored) or who offer a visible service whose search document matches one
   * (`tsquery`: the phrases OR-ed, null when none holds a word). Ranked by matched skills, then matched services,
   * then fewer answers this week, then name.
   */
  suggestedReviewers(viewerId: string, expertise: string[], tsquery: string | null, limit: number): Promise<SuggestedReviewerRow[]> {
    return this.dataSource.manager.query(
      `SELECT m.id, m.display_name, m.photo_file, m.business_name, m.headline,
              skills.matched AS matched_skills, COALESCE(services.titles, '{}') AS matched_services
         FROM members m
        CROSS JOIN (SELECT ARRAY(SELECT tertulia_fold(e) FROM unnest($2::text[]) AS e) AS keys,
                           CASE WHEN $3::text IS NULL THEN NULL ELSE to_tsquery('tertulia', $3::text) END AS query) wanted
        CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM feedback_responses g
                             WHERE g.reviewer_id = m.id AND g.created_at > now() - interval '7 days') given
        CROSS JOIN LATERAL (SELECT ARRAY(SELECT k.skill FROM unnest(m.skills) WITH ORDINALITY AS k(skill, n)
                                          WHERE tertulia_fold(k.skill) = ANY(wanted.keys) ORDER BY k.n) AS matched) skills
        CROSS JOIN LATERAL (SELECT count(*)::int AS n,
                                   (array_agg(sv.title ORDER BY ts_rank(sv.search_vector, wanted.query) DESC, sv.position, sv.id))[1:3] AS titles
                              FROM services sv
                             WHERE sv.member_id = m.id AND sv.hidden_at IS NULL AND sv.search_vector @@ wanted.query) services
        WHERE m.status = 'active' AND m.directory_visible AND m.id <> $1
          AND (m.focus_until IS NULL OR m.focus_until <= now())
          AND m.feedback_open AND given.n < m.feedback_weekly_quota
          AND (m.skill_keys && wanted.keys OR services.n > 0)
        ORDER BY cardinality(skills.matched) DESC, services.n DESC, given.n, m.display_name, m.id
        LIMIT $4`,
      [viewerId, expertise, tsquery, limit],
    );
  }

  async settings(memberId: string): Promise<FeedbackSettingsRow | null> {
    const [row] = (await this.dataSource.manager.query(
      `SELECT m.feedback_open, m.feedback_weekly_quota,
              (SELECT count(*)::int FROM feedback_responses g
                WHERE g.reviewer_id = m.id AND g.created_at > now() - interval '7 days') AS given_last_7_days
         FROM members m WHERE m.id = $1`,
      [memberId],
    )) as FeedbackSettingsRow[];
    return row ?? null;
  }

  async updateSettings(memberId: string, settings: UpdateFeedbackSettings): Promise<void> {
    await this.dataSource.manager.query(
      `UPDATE members SET feedback_open = $2, feedback_weekly_quota = $3, updated_at = now() WHERE id = $1`,
      [memberId, settings.open, settings.weeklyQuota],
    );
  }
}
