import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A breakfast whose presenter is due a reminder. */
export interface BreakfastReminderRow {
  session_id: string;
  presenter_id: string;
  /** `YYYY-MM-DD` */
  date: string;
  days_before: 7 | 1;
}

/** An event starting soon and those going to it who were not reminded yet. */
export interface EventReminderRow {
  event_id: string;
  title: string;
  starts_at: Date | string;
  member_ids: string[];
}

/** The SQL of the recurring jobs that belong to no single feature's request flow. */
@Injectable()
export class ScheduledWorkRepository {
  /** Closes the feedback requests whose deadline has passed by `now` (`closed_at = closes_at`); answers how many. */
  async closeDueFeedbackRequests(em: EntityManager, now: Date): Promise<number> {
    const [row] = (await em.query(
      `WITH closed AS (
         UPDATE feedback_requests SET closed_at = closes_at
          WHERE closed_at IS NULL AND closes_at <= $1::timestamptz
          RETURNING id)
       SELECT count(*)::int AS closed FROM closed`,
      [now.toISOString()],
    )) as { closed: number }[];
    return row?.closed ?? 0;
  }

  /**
   * Breakfasts (not cancelled, with a presenter) that are exactly 7 days or 1 day after `now`'s date on the
   * series' clock, whose presenter has not had that reminder yet.
   */
  async breakfastsToRemind(em: EntityManager, now: Date): Promise<BreakfastReminderRow[]> {
    return (await em.query(
      `SELECT s.id AS session_id, s.presenter_id, s.date::text AS date, d.days_before
         FROM breakfast_sessions s
         JOIN breakfast_series bs ON bs.id = s.series_id
         CROSS JOIN LATERAL (SELECT (s.date - ($1::timestamptz AT TIME ZONE bs.timezone)::date) AS days_before) d
        WHERE NOT s.cancelled AND s.presenter_id IS NOT NULL AND d.days_before IN (7, 1)
          AND NOT EXISTS (SELECT 1 FROM notifications n
                           WHERE n.member_id = s.presenter_id
                             AND n.dedupe_key = 'breakfast_reminder:' || s.id || ':' || d.days_before)
        ORDER BY s.date`,
      [now.toISOString()],
    )) as BreakfastReminderRow[];
  }

  /** Scheduled events starting within 24 hours after `now`, each with those going who were not reminded yet. */
  async eventsToRemind(em: EntityManager, now: Date): Promise<EventReminderRow[]> {
    return (await em.query(
      `SELECT e.id AS event_id, e.title, e.starts_at, array_agg(r.member_id ORDER BY r.member_id)::text[] AS member_ids
         FROM events e
         JOIN event_rsvps r ON r.event_id = e.id AND r.status = 'going'
        WHERE e.status = 'scheduled'
          AND e.starts_at > $1::timestamptz AND e.starts_at <= $1::timestamptz + interval '24 hours'
          AND NOT EXISTS (SELECT 1 FROM notifications n
                           WHERE n.member_id = r.member_id AND n.dedupe_key = 'event_reminder:' || e.id)
        GROUP BY e.id
        ORDER BY e.starts_at, e.id`,
      [now.toISOString()],
    )) as EventReminderRow[];
  }
}
