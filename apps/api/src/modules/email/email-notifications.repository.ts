import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EmailFrequency, Locale, MemberStatus, NotificationKind } from '@tertulia/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { deliveryTimeSql } from '../notifications/delivery-time.sql';
import { frequencyOfCategorySql, frequencyOfNotificationSql } from './email-frequency.sql';

export interface UndispatchedRow {
  id: string;
  member_id: string;
  kind: NotificationKind;
  data: Record<string, string>;
  link: string;
  email: string;
  display_name: string;
  locale: Locale | null;
  status: MemberStatus;
  frequency: EmailFrequency;
}

export interface DigestCandidateRow {
  id: string;
  email: string;
  display_name: string;
  locale: Locale | null;
  /** Their frequency for birthdays and anniversaries. */
  celebrations: EmailFrequency;
  /** Whether they have notifications waiting for this digest. */
  has_items: boolean;
}

export interface DigestItemRow {
  id: string;
  kind: NotificationKind;
  data: Record<string, string>;
  link: string;
}

export interface CelebrantRow {
  id: string;
  display_name: string;
  /** `MM-DD`, only when they show it. */
  birthday: string | null;
  /** The day they joined, on the community's clock. */
  joined_on: string | null;
}

const FREQUENCY = frequencyOfNotificationSql('n', 'm');

/** What the e-mail jobs read of notifications and members, and the mark that a notification was e-mailed. */
@Injectable()
export class EmailNotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Delivered notifications not yet e-mailed that are decided now: the member wants their category
   * instantly or never, or is no longer active (nothing is e-mailed to them). Oldest first, locked
   * (SKIP LOCKED: two processes take different ones) for the caller's transaction.
   */
  undispatched(em: EntityManager, now: Date, limit: number): Promise<UndispatchedRow[]> {
    return em.query(
      `SELECT n.id, n.member_id, n.kind, n.data, n.link, m.email, m.display_name, m.locale, m.status, ${FREQUENCY} AS frequency
         FROM notifications n
         JOIN members m ON m.id = n.member_id
        WHERE n.emailed_at IS NULL AND n.deliver_at <= $1
          AND (m.status <> 'active' OR ${FREQUENCY} IN ('instant', 'never'))
        ORDER BY n.deliver_at, n.id
        LIMIT $2
          FOR UPDATE OF n SKIP LOCKED`,
      [now, limit],
    );
  }

  async markEmailed(em: EntityManager, ids: string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await em.query(`UPDATE notifications SET emailed_at = $2 WHERE id = ANY($1::uuid[]) AND emailed_at IS NULL`, [ids, now]);
  }

  /**
   * Active members who may be disturbed now (not in focus nor in their quiet hours: the rule that
   * holds notifications back), with no digest of this key yet, who have something for this digest: a
   * delivered, un-e-mailed notification of a category at this frequency, or celebrations at it.
   */
  digestCandidates(
    now: Date,
    frequency: 'daily' | 'weekly',
    dedupeKeyOf: { prefix: string; suffix: string },
    timeZone: string,
  ): Promise<DigestCandidateRow[]> {
    const celebrations = frequencyOfCategorySql('m', 'celebrations');
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT m.id, m.email, m.display_name, m.locale, ${celebrations} AS celebrations,
                EXISTS (SELECT 1 FROM notifications n
                         WHERE n.member_id = m.id AND n.emailed_at IS NULL AND n.deliver_at <= $1 AND ${FREQUENCY} = $2) AS has_items
           FROM members m
          WHERE m.status = 'active'
            AND ${deliveryTimeSql('m', '$1', '$5::text')} <= $1::timestamptz
            AND NOT EXISTS (SELECT 1 FROM email_outbox o WHERE o.dedupe_key = $3 || m.id::text || $4)
       ) c
       WHERE c.has_items OR c.celebrations = $2
       ORDER BY c.id`,
      [now, frequency, dedupeKeyOf.prefix, dedupeKeyOf.suffix, timeZone],
    );
  }

  /** A member's delivered, un-e-mailed notifications of the categories at this frequency, oldest first, locked. */
  digestItems(em: EntityManager, memberId: string, now: Date, frequency: 'daily' | 'weekly'): Promise<DigestItemRow[]> {
    return em.query(
      `SELECT n.id, n.kind, n.data, n.link
         FROM notifications n
         JOIN members m ON m.id = n.member_id
        WHERE n.member_id = $1 AND n.emailed_at IS NULL AND n.deliver_at <= $2 AND ${FREQUENCY} = $3
        ORDER BY n.deliver_at, n.id
          FOR UPDATE OF n SKIP LOCKED`,
      [memberId, now, frequency],
    );
  }

  /**
   * Members to congratulate on these days (`MM-DD`): active and in the directory, with their birthday
   * if they show it, and the day they joined. The caller picks the days and counts the years.
   */
  celebrants(monthDays: string[], timeZone: string): Promise<CelebrantRow[]> {
    return this.dataSource.query(
      `SELECT id, display_name,
              CASE WHEN show_birthday THEN birthday END AS birthday,
              to_char(joined_at AT TIME ZONE $2, 'YYYY-MM-DD') AS joined_on
         FROM members
        WHERE status = 'active' AND directory_visible
          AND ((show_birthday AND birthday = ANY($1::text[]))
               OR to_char(joined_at AT TIME ZONE $2, 'MM-DD') = ANY($1::text[]))
        ORDER BY display_name, id`,
      [monthDays, timeZone],
    );
  }
}
