import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, MemberRole } from '@tertulia/domain';
import { DataSource } from 'typeorm';
import { eventVisibleTo } from '../events/event-visibility';
import type { CalendarBreakfastItem, CalendarEventItem } from './calendar-file';

/** A feed, as its owner reads it. */
export interface FeedRow {
  token: string;
  created_at: Date;
}

/** The owner of a feed token: whose events it lists, and what they may see. */
export interface FeedOwner {
  id: string;
  role: MemberRole;
  locale: Locale | null;
}

/** Past events stay in a feed this long after they end, then calendars drop them. */
const FEED_HISTORY = `interval '90 days'`;

export interface EventFileRow {
  id: string;
  title: string;
  description: string | null;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  status: 'scheduled' | 'cancelled';
  sequence: number;
  created_at: Date;
  updated_at: Date;
}

interface BreakfastFileRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  place: string;
  topic: string | null;
  summary: string | null;
  presenter_name: string | null;
  cancelled: boolean;
  sequence: number;
  created_at: Date;
  updated_at: Date;
}

const EVENT_COLUMNS = `e.id, e.title, e.description, e.starts_at, e.ends_at, e.place, e.status, e.sequence, e.created_at, e.updated_at`;

/** An event row (this repository's, or EventsRepository's EventRow) as a calendar file tells it. */
export const toCalendarEvent = (row: EventFileRow): CalendarEventItem => ({
  id: row.id,
  title: row.title,
  description: row.description,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  place: row.place,
  cancelled: row.status === 'cancelled',
  sequence: row.sequence,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The member's feed, made with this token if they had none (a concurrent first call keeps the one that won). */
  async findOrCreateFeed(memberId: string, token: string): Promise<FeedRow> {
    await this.dataSource.manager.query(
      `INSERT INTO calendar_feeds (member_id, token) VALUES ($1, $2) ON CONFLICT (member_id) DO NOTHING`,
      [memberId, token],
    );
    const [row] = (await this.dataSource.manager.query(`SELECT token, created_at FROM calendar_feeds WHERE member_id = $1`, [
      memberId,
    ])) as FeedRow[];
    return row!;
  }

  /** Replaces the member's token (the old one stops working at once), making the feed if needed. */
  async replaceFeed(memberId: string, token: string): Promise<FeedRow> {
    const [row] = (await this.dataSource.manager.query(
      `INSERT INTO calendar_feeds (member_id, token) VALUES ($1, $2)
       ON CONFLICT (member_id) DO UPDATE SET token = EXCLUDED.token, created_at = now()
       RETURNING token, created_at`,
      [memberId, token],
    )) as FeedRow[];
    return row!;
  }

  /** Whose feed this token opens; only an active account's. */
  async findOwner(token: string): Promise<FeedOwner | null> {
    const [row] = (await this.dataSource.manager.query(
      `SELECT m.id, m.role, m.locale FROM calendar_feeds f JOIN members m ON m.id = f.member_id
        WHERE f.token = $1 AND m.status = 'active'`,
      [token],
    )) as FeedOwner[];
    return row ?? null;
  }

  /**
   * The events the member is going to (not waitlisted, not declined) that they may still see —
   * a circle's event drops out once they leave the circle — cancelled ones included, recent and upcoming.
   */
  async goingEvents(owner: FeedOwner): Promise<CalendarEventItem[]> {
    const rows: EventFileRow[] = await this.dataSource.manager.query(
      `SELECT ${EVENT_COLUMNS}
         FROM event_rsvps r JOIN events e ON e.id = r.event_id
        WHERE r.member_id = $1 AND r.status = 'going' AND e.ends_at > now() - ${FEED_HISTORY}
          AND ${eventVisibleTo('e', '$1', '$2')}
        ORDER BY e.starts_at, e.id`,
      [owner.id, owner.role === 'manager'],
    );
    return rows.map(toCalendarEvent);
  }

  /** The breakfasts the member presents or said they attend, cancelled ones included, recent and upcoming. */
  async breakfasts(memberId: string): Promise<CalendarBreakfastItem[]> {
    const rows: BreakfastFileRow[] = await this.dataSource.manager.query(
      `SELECT s.id, s.starts_at, s.ends_at, s.place, s.topic, s.summary, p.display_name AS presenter_name, s.cancelled,
              (LEAST(GREATEST(floor(extract(epoch FROM s.updated_at - s.created_at)), 0), 1000000000) * 2 + s.cancelled::int)::int AS sequence,
              s.created_at, s.updated_at
         FROM breakfast_sessions s
         LEFT JOIN members p ON p.id = s.presenter_id
        WHERE (s.presenter_id = $1
               OR EXISTS (SELECT 1 FROM breakfast_attendance a WHERE a.session_id = s.id AND a.member_id = $1 AND a.attending))
          AND s.ends_at > now() - ${FEED_HISTORY}
        ORDER BY s.starts_at, s.id`,
      [memberId],
    );
    return rows.map((row) => ({
      id: row.id,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      place: row.place,
      topic: row.topic,
      summary: row.summary,
      presenterName: row.presenter_name,
      cancelled: row.cancelled,
      sequence: row.sequence,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }
}
