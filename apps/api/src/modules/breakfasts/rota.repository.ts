import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RotaCandidate } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { BreakfastSeriesEntity } from './breakfast-series.entity';

export interface LockedSession {
  id: string;
  date: string;
  upcoming: boolean;
  cancelled: boolean;
  presenter_id: string | null;
  presenter_confirmed: boolean;
  topic: string | null;
}

export type SessionChanges = Partial<{
  presenter_id: string | null;
  presenter_confirmed: boolean;
  cancelled: boolean;
  topic: string | null;
  summary: string | null;
}>;

/** The rota's writes: sessions, presenters, unavailability and swaps. Callers hold the series lock. */
@Injectable()
export class RotaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds the breakfasts of these dates that do not exist yet and have not started; returns how many. */
  async insertSessions(em: EntityManager, series: BreakfastSeriesEntity, dates: string[]): Promise<number> {
    if (dates.length === 0) return 0;
    const [{ created }] = await em.query(
      `WITH inserted AS (
         INSERT INTO breakfast_sessions (series_id, date, starts_at, ends_at, place)
         SELECT $1, day, (day + $3::time) AT TIME ZONE $4, ((day + $3::time) AT TIME ZONE $4) + make_interval(mins => $5), $6
           FROM unnest($2::date[]) AS day
          WHERE (day + $3::time) AT TIME ZONE $4 > now()
         ON CONFLICT (series_id, date) DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS created FROM inserted`,
      [series.id, dates, series.startTime, series.timezone, series.durationMinutes, series.place],
    );
    return created as number;
  }

  /** Takes the member off the breakfasts they were to present; returns those dates. */
  async unassignUpcoming(em: EntityManager, memberId: string): Promise<string[]> {
    const rows: { date: string }[] = await em.query(
      `WITH released AS (
         UPDATE breakfast_sessions SET presenter_id = NULL, presenter_confirmed = false, topic = NULL, updated_at = now()
          WHERE presenter_id = $1 AND starts_at > now() AND NOT cancelled
         RETURNING date::text AS date)
       SELECT date FROM released`,
      [memberId],
    );
    return rows.map((row) => row.date);
  }

  async sessionIdsOn(em: EntityManager, seriesId: string, dates: string[]): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM breakfast_sessions WHERE series_id = $1 AND date = ANY($2::date[])`, [
      seriesId,
      dates,
    ]);
    return rows.map((row) => row.id);
  }

  /** Upcoming breakfasts of these dates that nobody presents yet. */
  openUpcomingSessions(em: EntityManager, seriesId: string, dates: string[]): Promise<{ id: string; date: string }[]> {
    return em.query(
      `SELECT id, date::text AS date FROM breakfast_sessions
        WHERE series_id = $1 AND date = ANY($2::date[]) AND presenter_id IS NULL AND NOT cancelled AND starts_at > now()
        ORDER BY date`,
      [seriesId, dates],
    );
  }

  /** Members who may present, with the dates (within the range) they cannot. */
  async candidates(em: EntityManager, from: string, to: string): Promise<RotaCandidate[]> {
    const rows: { id: string; joined_at: string; unavailable: string[] }[] = await em.query(
      `SELECT m.id, coalesce(m.joined_at, m.created_at)::text AS joined_at,
              coalesce(array_agg(u.date::text) FILTER (WHERE u.date IS NOT NULL), '{}') AS unavailable
         FROM members m
         LEFT JOIN presenter_unavailable_dates u ON u.member_id = m.id AND u.date BETWEEN $1 AND $2
        WHERE m.status = 'active' AND m.presenter_opt_in
        GROUP BY m.id`,
      [from, to],
    );
    return rows.map((row) => ({ id: row.id, joinedAt: row.joined_at, optedIn: true, active: true, unavailableDates: row.unavailable }));
  }

  /** Each member's latest presentation, held or assigned: all the fairness rule needs of the past. */
  lastPresentations(em: EntityManager, seriesId: string): Promise<{ memberId: string; date: string }[]> {
    return em.query(
      `SELECT presenter_id AS "memberId", max(date)::text AS date FROM breakfast_sessions
        WHERE series_id = $1 AND presenter_id IS NOT NULL AND NOT cancelled
        GROUP BY presenter_id`,
      [seriesId],
    );
  }

  async assign(em: EntityManager, assignments: { sessionId: string; memberId: string }[]): Promise<void> {
    if (assignments.length === 0) return;
    await em.query(
      `UPDATE breakfast_sessions s SET presenter_id = a.member_id, presenter_confirmed = false, updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[]) AS a(session_id, member_id)
        WHERE s.id = a.session_id`,
      [assignments.map((a) => a.sessionId), assignments.map((a) => a.memberId)],
    );
  }

  async lockSessions(em: EntityManager, ids: string[]): Promise<LockedSession[]> {
    return em.query(
      `SELECT id, date::text AS date, starts_at > now() AS upcoming, cancelled, presenter_id, presenter_confirmed, topic
         FROM breakfast_sessions WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
  }

  async updateSession(em: EntityManager, id: string, patch: SessionChanges): Promise<void> {
    const columns = Object.keys(patch);
    if (columns.length === 0) return;
    const assignments = columns.map((column, index) => `${column} = $${index + 2}`).join(', ');
    await em.query(`UPDATE breakfast_sessions SET ${assignments}, updated_at = now() WHERE id = $1`, [id, ...Object.values(patch)]);
  }

  /** Every active manager but the one given (who made the change). */
  async managersToTell(em: EntityManager, exceptId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM members WHERE role = 'manager' AND status = 'active' AND id <> $1`, [exceptId]);
    return rows.map((row) => row.id);
  }

  async isActiveMember(em: EntityManager, memberId: string): Promise<boolean> {
    const rows = await em.query(`SELECT 1 FROM members WHERE id = $1 AND status = 'active'`, [memberId]);
    return rows.length > 0;
  }

  async markUnavailable(em: EntityManager, memberId: string, date: string): Promise<void> {
    await em.query(
      `INSERT INTO presenter_unavailable_dates (member_id, date) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [memberId, date],
    );
  }

  async preferences(memberId: string, fromDate: string): Promise<{ optIn: boolean; unavailableDates: string[] }> {
    const [row] = await this.dataSource.query(
      `SELECT m.presenter_opt_in AS "optIn",
              coalesce((SELECT array_agg(u.date::text ORDER BY u.date) FROM presenter_unavailable_dates u
                         WHERE u.member_id = m.id AND u.date >= $2), '{}') AS "unavailableDates"
         FROM members m WHERE m.id = $1`,
      [memberId, fromDate],
    );
    return row;
  }

  /** Replaces the member's choice and their dates from `fromDate` on (past dates are history). */
  async savePreferences(em: EntityManager, memberId: string, optIn: boolean, dates: string[], fromDate: string): Promise<void> {
    await em.query(`UPDATE members SET presenter_opt_in = $2 WHERE id = $1`, [memberId, optIn]);
    await em.query(`DELETE FROM presenter_unavailable_dates WHERE member_id = $1 AND date >= $2`, [memberId, fromDate]);
    await em.query(
      `INSERT INTO presenter_unavailable_dates (member_id, date)
       SELECT $1, day FROM unnest($2::date[]) AS day WHERE day >= $3 ON CONFLICT DO NOTHING`,
      [memberId, dates, fromDate],
    );
  }

  async insertSwap(
    em: EntityManager,
    swap: { fromSessionId: string; toSessionId: string; proposerId: string; recipientId: string },
  ): Promise<string> {
    const [{ id }] = await em.query(
      `INSERT INTO breakfast_swap_requests (from_session_id, to_session_id, proposer_id, recipient_id)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [swap.fromSessionId, swap.toSessionId, swap.proposerId, swap.recipientId],
    );
    return id as string;
  }

  async hasPendingSwapFrom(em: EntityManager, sessionId: string): Promise<boolean> {
    const rows = await em.query(`SELECT 1 FROM breakfast_swap_requests WHERE from_session_id = $1 AND status = 'pending'`, [sessionId]);
    return rows.length > 0;
  }

  async lockSwap(
    em: EntityManager,
    id: string,
  ): Promise<{ id: string; from_session_id: string; to_session_id: string; proposer_id: string; recipient_id: string; status: string } | null> {
    const [row] = await em.query(`SELECT * FROM breakfast_swap_requests WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  async decideSwap(em: EntityManager, id: string, status: 'accepted' | 'declined'): Promise<void> {
    await em.query(`UPDATE breakfast_swap_requests SET status = $2, decided_at = now() WHERE id = $1`, [id, status]);
  }

  /** Pending swaps involving these breakfasts no longer apply once their presenters change. */
  async declinePendingSwapsOf(em: EntityManager, sessionIds: string[]): Promise<void> {
    await em.query(
      `UPDATE breakfast_swap_requests SET status = 'declined', decided_at = now()
        WHERE status = 'pending' AND (from_session_id = ANY($1::uuid[]) OR to_session_id = ANY($1::uuid[]))`,
      [sessionIds],
    );
  }
}
