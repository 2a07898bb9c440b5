import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationKind, NotificationSettings } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import { deliveryTimeSql } from './delivery-time.sql';
import type { NotificationRow, NotificationSettingsRow } from './notification.mapper';
import { invalidCursor } from './notifications.errors';

/** One recipient's row: its own sentence data and dedupe key. */
export interface NotificationRecipient {
  memberId: string;
  data: Record<string, string>;
  dedupeKey: string | null;
}

export interface NotificationInsert {
  kind: NotificationKind;
  link: string;
  recipients: NotificationRecipient[];
  timeZone: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** A cursor's time as list() writes it: a real instant, to the microsecond, in UTC. */
const isCursorTime = (value: string | number | undefined): value is string =>
  typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Delivered: its deliver_at has come (quiet hours and focus are over). */
const DELIVERED = 'n.deliver_at <= now()';

/** The notifications table and the members' notification settings. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One row per active recipient, in the caller's transaction; a (member, dedupe key) already there is skipped.
   * `deliver_at` is decided here, in SQL, from each member's focus and quiet hours on the community's clock.
   */
  async insert(em: EntityManager, input: NotificationInsert): Promise<void> {
    const { recipients } = input;
    await em.query(
      `INSERT INTO notifications (member_id, kind, data, link, dedupe_key, deliver_at)
       SELECT m.id, $4, r.data::jsonb, $5, r.dedupe_key, ${deliveryTimeSql('m', 'now()', '$6::text')}
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS r(member_id, data, dedupe_key)
         JOIN members m ON m.id = r.member_id AND m.status = 'active'
       ON CONFLICT (member_id, dedupe_key) DO NOTHING`,
      [
        recipients.map((recipient) => recipient.memberId),
        recipients.map((recipient) => JSON.stringify(recipient.data)),
        recipients.map((recipient) => recipient.dedupeKey),
        input.kind,
        input.link,
        input.timeZone,
      ],
    );
  }

  /** When something told to this member at `at` would be delivered (null: no such member). */
  async deliveryTime(memberId: string, at: Date, timeZone: string, em: EntityManager = this.dataSource.manager): Promise<Date | null> {
    const [row] = (await em.query(
      `SELECT ${deliveryTimeSql('m', '$2::timestamptz', '$3::text')} AS deliver_at FROM members m WHERE m.id = $1`,
      [memberId, at.toISOString(), timeZone],
    )) as { deliver_at: Date | string }[];
    return row ? new Date(row.deliver_at) : null;
  }

  /** The member's delivered notifications, newest first (keyset on deliver_at, id), and their unread count. */
  async list(memberId: string, query: { unread?: boolean; cursor?: string; limit: number }) {
    const key = decodeCursor(query.cursor, 2);
    if (key && (!isCursorTime(key[0]) || typeof key[1] !== 'string' || !UUID.test(key[1]))) throw invalidCursor();
    const [at, id] = key ?? [null, null];
    const rows = (await this.dataSource.query(
      `SELECT n.id, n.kind, n.data, n.link, n.created_at, n.read_at,
              to_char(n.deliver_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
              (SELECT count(*)::int FROM notifications n
                WHERE n.member_id = $1 AND ${DELIVERED} AND n.read_at IS NULL) AS unread_count
         FROM notifications n
        WHERE n.member_id = $1 AND ${DELIVERED}
          AND ($2::boolean IS NOT TRUE OR n.read_at IS NULL)
          AND ($3::timestamptz IS NULL OR (n.deliver_at, n.id) < ($3::timestamptz, $4::uuid))
        ORDER BY n.deliver_at DESC, n.id DESC
        LIMIT $5`,
      [memberId, query.unread ?? null, at, id, query.limit + 1],
    )) as (NotificationRow & { unread_count: number })[];
    const page = toPage(rows, query.limit, (row) => [row.cursor_at, row.id]);
    return { ...page, unreadCount: rows[0]?.unread_count ?? (await this.unreadCount(memberId)) };
  }

  async unreadCount(memberId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM notifications n WHERE n.member_id = $1 AND ${DELIVERED} AND n.read_at IS NULL`,
      [memberId],
    )) as { unread: number }[];
    return row?.unread ?? 0;
  }

  /**
   * Marks the member's own delivered notifications read (`ids`, or all of them), in one statement that also
   * answers what is left unread. Others' ids, and unknown ones, are left alone.
   */
  async markRead(memberId: string, ids: string[] | null): Promise<number> {
    const [row] = (await this.dataSource.query(
      `WITH marked AS (
         UPDATE notifications n SET read_at = now()
          WHERE n.member_id = $1 AND ${DELIVERED} AND n.read_at IS NULL
            AND ($2::uuid[] IS NULL OR n.id = ANY($2::uuid[]))
         RETURNING n.id)
       SELECT count(*)::int AS unread FROM notifications n
        WHERE n.member_id = $1 AND ${DELIVERED} AND n.read_at IS NULL
          AND n.id NOT IN (SELECT id FROM marked)`,
      [memberId, ids],
    )) as { unread: number }[];
    return row?.unread ?? 0;
  }

  async settings(memberId: string): Promise<NotificationSettingsRow | null> {
    const [row] = (await this.dataSource.query(
      `SELECT email_preferences, quiet_hours_start, quiet_hours_end FROM members WHERE id = $1`,
      [memberId],
    )) as NotificationSettingsRow[];
    return row ?? null;
  }

  async updateSettings(memberId: string, settings: NotificationSettings): Promise<NotificationSettingsRow | null> {
    const [row] = (await this.dataSource.query(
      `WITH changed AS (
         UPDATE members SET email_preferences = $2::jsonb, quiet_hours_start = $3, quiet_hours_end = $4, updated_at = now()
          WHERE id = $1
          RETURNING email_preferences, quiet_hours_start, quiet_hours_end)
       SELECT * FROM changed`,
      [memberId, JSON.stringify(settings.email), settings.quietHours?.start ?? null, settings.quietHours?.end ?? null],
    )) as NotificationSettingsRow[];
    return row ?? null;
  }
}
