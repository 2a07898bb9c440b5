import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import type { MemberRefRow } from '../members/member-ref';
import type { CoffeeInvitationRow, CoffeeMatchRow, CoffeeRoundRow } from './coffee.mapper';
import { invalidCursor } from './coffee.errors';

/** A member as JSON, for bylines (`m` a members alias). */
const memberJson = (m: string) =>
  `json_build_object('id', ${m}.id, 'display_name', ${m}.display_name, 'photo_file', ${m}.photo_file,
                     'business_name', ${m}.business_name, 'headline', ${m}.headline)`;

/**
 * Whether the invitee (`invitee`, a members alias) may see invitation `ci`: it was not held for their focus, the
 * focus it waited for is over, or their focus ended early.
 */
const VISIBLE_TO_INVITEE = `(ci.held_until IS NULL OR ci.held_until <= now()
  OR invitee.focus_until IS NULL OR invitee.focus_until <= now())`;

const INVITATION_SELECT = `
  SELECT ci.id, ci.proposed_times, ci.message, ci.status, ci.chosen_time, ci.created_at, ci.answered_at,
         ${memberJson('inviter')} AS inviter, ${memberJson('invitee')} AS invitee,
         to_char(ci.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
    FROM coffee_invitations ci
    JOIN members inviter ON inviter.id = ci.inviter_id
    JOIN members invitee ON invitee.id = ci.invitee_id`;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CoffeePreferenceRow {
  opt_in: boolean;
  snooze_until: string | null;
}

/** An invitation under its row lock, with what answering needs. */
export interface LockedInvitation {
  id: string;
  inviter_id: string;
  invitee_id: string;
  status: string;
  proposed_times: Date[];
  visible_to_invitee: boolean;
}

export interface RoundGroupInsert {
  matchIds: string[];
  /** Parallel arrays: one entry per member of each match. */
  memberMatchIds: string[];
  memberIds: string[];
}

/** The coffee tables: preferences, do-not-pair lists, rounds and their matches, invitations. */
@Injectable()
export class CoffeeRepository {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async preference(memberId: string, em: EntityManager = this.manager): Promise<CoffeePreferenceRow | null> {
    const [row] = (await em.query(`SELECT opt_in, snooze_until::text AS snooze_until FROM coffee_preferences WHERE member_id = $1`, [
      memberId,
    ])) as CoffeePreferenceRow[];
    return row ?? null;
  }

  async savePreference(em: EntityManager, memberId: string, optIn: boolean, snoozeUntil: string | null): Promise<void> {
    await em.query(
      `INSERT INTO coffee_preferences (member_id, opt_in, snooze_until) VALUES ($1, $2, $3::date)
       ON CONFLICT (member_id) DO UPDATE SET opt_in = EXCLUDED.opt_in, snooze_until = EXCLUDED.snooze_until, updated_at = now()`,
      [memberId, optIn, snoozeUntil],
    );
  }

  /** The owner's private list, as bylines, by name. */
  async doNotPair(memberId: string, em: EntityManager = this.manager): Promise<MemberRefRow[]> {
    return (await em.query(
      `SELECT m.id, m.display_name, m.photo_file, m.business_name, m.headline
         FROM coffee_do_not_pair d JOIN members m ON m.id = d.other_id
        WHERE d.member_id = $1
        ORDER BY m.display_name, m.id`,
      [memberId],
    )) as MemberRefRow[];
  }

  /** Which of `ids` are active members other than `selfId`. */
  async activeOthers(em: EntityManager, ids: string[], selfId: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = (await em.query(`SELECT id FROM members WHERE id = ANY($1::uuid[]) AND status = 'active' AND id <> $2`, [ids, selfId])) as {
      id: string;
    }[];
    return new Set(rows.map((row) => row.id));
  }

  async replaceDoNotPair(em: EntityManager, memberId: string, otherIds: string[]): Promise<void> {
    await em.query(`DELETE FROM coffee_do_not_pair WHERE member_id = $1 AND NOT (other_id = ANY($2::uuid[]))`, [memberId, otherIds]);
    await em.query(
      `INSERT INTO coffee_do_not_pair (member_id, other_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [memberId, otherIds],
    );
  }

  /**
   * Claims the round of a week: a row in `coffee_rounds`, unique per week. Null when that week's round exists
   * (or is being written by a concurrent transaction, which this insert waits for).
   */
  async claimRound(em: EntityManager, weekOf: string, startedBy: string | null): Promise<string | null> {
    const [row] = (await em.query(
      `INSERT INTO coffee_rounds (week_of, started_by) VALUES ($1::date, $2) ON CONFLICT (week_of) DO NOTHING RETURNING id`,
      [weekOf, startedBy],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  /**
   * Who takes part in a round on `today`: active members who opted in, are not snoozed through today and are not in
   * focus at `now`. By id, so that the pairing's input (and thus its result for a seed) does not depend on storage order.
   */
  async eligibleMembers(em: EntityManager, today: string, now: Date): Promise<string[]> {
    const rows = (await em.query(
      `SELECT m.id FROM members m JOIN coffee_preferences p ON p.member_id = m.id
        WHERE m.status = 'active' AND p.opt_in
          AND (p.snooze_until IS NULL OR p.snooze_until < $1::date)
          AND (m.focus_until IS NULL OR m.focus_until <= $2::timestamptz)
        ORDER BY m.id`,
      [today, now.toISOString()],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** Pairs among `memberIds` that either one's private list keeps apart. */
  async doNotPairAmong(em: EntityManager, memberIds: string[]): Promise<[string, string][]> {
    const rows = (await em.query(
      `SELECT member_id, other_id FROM coffee_do_not_pair WHERE member_id = ANY($1::uuid[]) AND other_id = ANY($1::uuid[])`,
      [memberIds],
    )) as { member_id: string; other_id: string }[];
    return rows.map((row) => [row.member_id, row.other_id]);
  }

  /**
   * Earlier meetings among `memberIds`: one entry per earlier match of a pair, one more when they marked «we met»,
   * and one per accepted coffee invitation between them.
   */
  async historyAmong(em: EntityManager, memberIds: string[]): Promise<[string, string][]> {
    const rows = (await em.query(
      `SELECT a.member_id AS a, b.member_id AS b
         FROM coffee_match_members a
         JOIN coffee_match_members b ON b.match_id = a.match_id AND a.member_id < b.member_id
         JOIN coffee_matches cm ON cm.id = a.match_id
         CROSS JOIN LATERAL (SELECT 1 UNION ALL SELECT 1 WHERE cm.met_at IS NOT NULL) counted
        WHERE a.member_id = ANY($1::uuid[]) AND b.member_id = ANY($1::uuid[])
       UNION ALL
       SELECT ci.inviter_id, ci.invitee_id FROM coffee_invitations ci
        WHERE ci.status = 'accepted' AND ci.inviter_id = ANY($1::uuid[]) AND ci.invitee_id = ANY($1::uuid[])`,
      [memberIds],
    )) as { a: string; b: string }[];
    return rows.map((row) => [row.a, row.b]);
  }

  /** The matches of a round and who is in each, in two statements whatever the round's size. */
  async insertMatches(em: EntityManager, roundId: string, groups: RoundGroupInsert): Promise<void> {
    await em.query(`INSERT INTO coffee_matches (id, round_id) SELECT unnest($1::uuid[]), $2`, [groups.matchIds, roundId]);
    await em.query(
      `INSERT INTO coffee_match_members (match_id, member_id, round_id) SELECT unnest($1::uuid[]), unnest($2::uuid[]), $3`,
      [groups.memberMatchIds, groups.memberIds, roundId],
    );
  }

  async finishRound(em: EntityManager, roundId: string, stats: { newPairs: number; repeatPairs: number; unpaired: number }): Promise<void> {
    await em.query(`UPDATE coffee_rounds SET new_pairs = $2, repeat_pairs = $3, unpaired = $4 WHERE id = $1`, [
      roundId,
      stats.newPairs,
      stats.repeatPairs,
      stats.unpaired,
    ]);
  }

  async round(roundId: string, em: EntityManager = this.manager): Promise<CoffeeRoundRow | null> {
    const [row] = (await em.query(
      `SELECT r.id, r.week_of::text AS week_of, r.new_pairs, r.repeat_pairs, r.created_at,
              (SELECT count(*)::int FROM coffee_matches cm WHERE cm.round_id = r.id) AS groups,
              (SELECT count(*)::int FROM coffee_match_members mm WHERE mm.round_id = r.id) AS matched
         FROM coffee_rounds r WHERE r.id = $1`,
      [roundId],
    )) as CoffeeRoundRow[];
    return row ?? null;
  }

  /** Names of members, by id. */
  async names(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const rows = (await em.query(`SELECT id, display_name FROM members WHERE id = ANY($1::uuid[])`, [ids])) as {
      id: string;
      display_name: string;
    }[];
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  /** A match seen by one of its members (null if unknown or they are not in it); `latest`: only in the newest round. */
  async match(memberId: string, options: { matchId?: string; latest?: boolean }, em: EntityManager = this.manager): Promise<CoffeeMatchRow | null> {
    const [row] = (await em.query(
      `SELECT cm.id, r.week_of::text AS week_of, cm.met_at,
              (SELECT coalesce(json_agg(json_build_object('id', p.id, 'display_name', p.display_name, 'photo_file', p.photo_file,
                                                          'business_name', p.business_name, 'headline', p.headline, 'skills', p.skills)
                                        ORDER BY p.display_name, p.id), '[]'::json)
                 FROM coffee_match_members other JOIN members p ON p.id = other.member_id
                WHERE other.match_id = cm.id AND other.member_id <> $1) AS partners
         FROM coffee_match_members me
         JOIN coffee_matches cm ON cm.id = me.match_id
         JOIN coffee_rounds r ON r.id = cm.round_id
        WHERE me.member_id = $1
          AND ($2::uuid IS NULL OR cm.id = $2::uuid)
          AND ($3::boolean IS NOT TRUE OR r.week_of = (SELECT max(week_of) FROM coffee_rounds))
        ORDER BY r.week_of DESC
        LIMIT 1`,
      [memberId, options.matchId ?? null, options.latest ?? false],
    )) as CoffeeMatchRow[];
    return row ?? null;
  }

  /** Marks a match met (once: the first mark stays), if `memberId` is in it. False when they are not. */
  async markMet(memberId: string, matchId: string): Promise<boolean> {
    const rows = (await this.manager.query(
      `WITH marked AS (
         UPDATE coffee_matches cm SET met_at = coalesce(cm.met_at, now()), met_marked_by = coalesce(cm.met_marked_by, $1)
          WHERE cm.id = $2 AND EXISTS (SELECT 1 FROM coffee_match_members mm WHERE mm.match_id = cm.id AND mm.member_id = $1)
          RETURNING cm.id)
       SELECT id FROM marked`,
      [memberId, matchId],
    )) as { id: string }[];
    return rows.length > 0;
  }

  /** The invitee as an invitation needs them: active and not oneself, with the end of their focus (if in focus now). */
  async invitee(em: EntityManager, inviteeId: string, inviterId: string): Promise<{ id: string; held_until: Date | null } | null> {
    const [row] = (await em.query(
      `SELECT id, CASE WHEN focus_until > now() THEN focus_until END AS held_until
         FROM members WHERE id = $1 AND status = 'active' AND id <> $2`,
      [inviteeId, inviterId],
    )) as { id: string; held_until: Date | null }[];
    return row ?? null;
  }

  async insertInvitation(
    em: EntityManager,
    input: { inviterId: string; inviteeId: string; proposedTimes: string[]; message: string | null; heldUntil: Date | null },
  ): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO coffee_invitations (inviter_id, invitee_id, proposed_times, message, held_until)
       VALUES ($1, $2, $3::timestamptz[], $4, $5) RETURNING id`,
      [input.inviterId, input.inviteeId, input.proposedTimes, input.message, input.heldUntil],
    )) as { id: string }[];
    return row!.id;
  }

  /** Locks an invitation (FOR UPDATE): two answers to it happen one after the other, and the second sees the first. */
  async lockInvitation(em: EntityManager, id: string): Promise<LockedInvitation | null> {
    const [row] = (await em.query(
      `SELECT ci.id, ci.inviter_id, ci.invitee_id, ci.status, ci.proposed_times, ${VISIBLE_TO_INVITEE} AS visible_to_invitee
         FROM coffee_invitations ci JOIN members invitee ON invitee.id = ci.invitee_id
        WHERE ci.id = $1
        FOR UPDATE OF ci`,
      [id],
    )) as LockedInvitation[];
    return row ?? null;
  }

  async answerInvitation(em: EntityManager, id: string, status: 'accepted' | 'declined', chosenTime: string | null): Promise<void> {
    await em.query(`UPDATE coffee_invitations SET status = $2, chosen_time = $3::timestamptz, answered_at = now() WHERE id = $1`, [
      id,
      status,
      chosenTime,
    ]);
  }

  /** One invitation, as either of its two members sees it (the invitee only once it is visible to them). */
  async invitationFor(memberId: string, id: string, em: EntityManager = this.manager): Promise<CoffeeInvitationRow | null> {
    const [row] = (await em.query(
      `${INVITATION_SELECT}
        WHERE ci.id = $2 AND (ci.inviter_id = $1 OR (ci.invitee_id = $1 AND ${VISIBLE_TO_INVITEE}))`,
      [memberId, id],
    )) as CoffeeInvitationRow[];
    return row ?? null;
  }

  /** Invitations received (visible ones) or sent, newest first, keyset on (created_at, id). */
  async invitations(memberId: string, query: { box: 'received' | 'sent'; cursor?: string; limit: number }) {
    const key = decodeCursor(query.cursor, 2);
    if (key && (typeof key[0] !== 'string' || !TIMESTAMP.test(key[0]) || typeof key[1] !== 'string' || !UUID.test(key[1]))) {
      throw invalidCursor();
    }
    const [at, id] = key ?? [null, null];
    const mine = query.box === 'sent' ? 'ci.inviter_id = $1' : `ci.invitee_id = $1 AND ${VISIBLE_TO_INVITEE}`;
    const rows = (await this.manager.query(
      `${INVITATION_SELECT}
        WHERE ${mine}
          AND ($2::timestamptz IS NULL OR (ci.created_at, ci.id) < ($2::timestamptz, $3::uuid))
        ORDER BY ci.created_at DESC, ci.id DESC
        LIMIT $4`,
      [memberId, at, id, query.limit + 1],
    )) as CoffeeInvitationRow[];
    return toPage(rows, query.limit, (row) => [row.cursor_at, row.id]);
  }
}
