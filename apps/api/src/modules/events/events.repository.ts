import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventFormat, EventStatus, RsvpStatus } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import { eventVisibleTo } from './event-visibility';
import type { AttendeeRow, EventRow, EventViewer } from './event.mapper';
import { invalidCursor } from './events.errors';

/** The columns of `events` an organiser writes. */
export interface EventFields {
  title: string;
  description: string | null;
  startsAt: string;
  endsAt: string;
  timezone: string;
  place: string | null;
  capacity: number | null;
  rsvpDeadline: string | null;
  format: EventFormat;
}

const COLUMN_OF: Record<keyof EventFields, string> = {
  title: 'title',
  description: 'description',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  timezone: 'timezone',
  place: 'place',
  capacity: 'capacity',
  rsvpDeadline: 'rsvp_deadline',
  format: 'format',
};

export interface EventListFilter {
  /** Events that end after it (default: now, i.e. not over yet). */
  from?: string;
  /** Events that start before it. */
  to?: string;
  /** Only those the reader goes to, waits for or organises. */
  mine?: boolean;
  circleId?: string;
  cursor?: string;
  limit: number;
}

/**
 * The event, locked (NO KEY UPDATE) for the rest of the transaction, with what the rules need.
 * The time checks are the database's clock, like the rest of the decision.
 */
export interface LockedEvent {
  id: string;
  organiser_id: string;
  title: string;
  place: string | null;
  status: EventStatus;
  format: EventFormat;
  capacity: number | null;
  starts_at: Date;
  ends_at: Date;
  rsvp_deadline: Date | null;
  cover_file: string | null;
  over: boolean;
  /** Past the RSVP deadline, or past the start when there is none. */
  closed: boolean;
  going: number;
  my_status: RsvpStatus | null;
  my_private: boolean | null;
}

/** The reader's answer with their place in the waitlist (a rank: 1, 2, 3… whatever the sequence numbers). */
export interface MyRsvpRow {
  status: RsvpStatus;
  private: boolean;
  position: number | null;
}

/** Who hears about a change to an event, and what they read: its title and start. */
export interface EventAudience {
  title: string;
  starts_at: Date;
  member_ids: string[];
}

/** One line of the attendees' CSV. */
export interface AttendeeExportRow {
  display_name: string;
  business_name: string | null;
  email: string;
  status: 'going' | 'waitlisted';
  position: number | null;
  private: boolean;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** A cursor's time as list() writes it: a real instant, to the microsecond, in UTC. */
const isCursorTime = (value: string | number | undefined): value is string =>
  typeof value === 'string' &&
  TIMESTAMP.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString().slice(0, 23) === value.slice(0, 23);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Everything toEvent needs, for events aliased `e`; `$1` is the reader's id. The counts come from
 * the (event_id, status, waitlist_seq) index; a waitlisted reader's position is their rank.
 */
const EVENT_SELECT = `
  SELECT e.id, e.title, e.description, e.starts_at, e.ends_at, e.timezone, e.place, e.capacity, e.rsvp_deadline,
         e.format, e.status, e.circle_id, c.name AS circle_name, e.organiser_id, o.display_name AS organiser_name,
         e.cover_file, e.sequence, e.created_at, e.updated_at,
         (SELECT count(*)::int FROM event_rsvps g WHERE g.event_id = e.id AND g.status = 'going') AS going,
         (SELECT count(*)::int FROM event_rsvps w WHERE w.event_id = e.id AND w.status = 'waitlisted') AS waitlisted,
         my.status AS my_status, my.private AS my_private,
         CASE WHEN my.status = 'waitlisted' THEN
           (SELECT count(*)::int FROM event_rsvps w WHERE w.event_id = e.id AND w.status = 'waitlisted' AND w.waitlist_seq <= my.waitlist_seq)
         END AS my_position
    FROM events e
    JOIN members o ON o.id = e.organiser_id
    LEFT JOIN circles c ON c.id = e.circle_id
    LEFT JOIN event_rsvps my ON my.event_id = e.id AND my.member_id = $1`;

/**
 * Who an attendee list names to the reader (`m` a member, `r` their answer; `$viewer`, `$isManager`):
 * a public answer of an active member who shows in the directory (or the reader themself, or anyone for the manager).
 */
const listedTo = (viewer: string, isManager: string) =>
  `(NOT r.private AND m.status = 'active' AND (m.directory_visible OR ${isManager} OR m.id = ${viewer}))`;

/** Events, their answers and their want-to-meet picks. The calendar feed reads events through findVisible and toEvent. */
@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The event as the reader may see it (the shared visibility rule), or null: unknown and invisible look the same. */
  async findVisible(id: string, viewer: EventViewer, em: EntityManager = this.dataSource.manager): Promise<EventRow | null> {
    const [row] = (await em.query(`${EVENT_SELECT} WHERE e.id = $3 AND ${eventVisibleTo('e', '$1', '$2')}`, [
      viewer.id,
      viewer.isManager,
      id,
    ])) as EventRow[];
    return row ?? null;
  }

  /** A page of the visible events by start time (keyset on starts_at, id); cancelled ones too. One statement. */
  async list(viewer: EventViewer, filter: EventListFilter) {
    const after = decodeCursor(filter.cursor, 2);
    if (after && !(isCursorTime(after[0]) && typeof after[1] === 'string' && UUID.test(after[1]))) throw invalidCursor();
    const values: unknown[] = [viewer.id, viewer.isManager];
    const conditions = [eventVisibleTo('e', '$1', '$2')];
    if (filter.from) {
      values.push(filter.from);
      conditions.push(`e.ends_at > $${values.length}::timestamptz`);
    } else {
      conditions.push(`e.ends_at > now()`);
    }
    if (filter.to) {
      values.push(filter.to);
      conditions.push(`e.starts_at < $${values.length}::timestamptz`);
    }
    if (filter.mine) conditions.push(`(e.organiser_id = $1 OR my.status IN ('going', 'waitlisted'))`);
    if (filter.circleId) {
      values.push(filter.circleId);
      conditions.push(`e.circle_id = $${values.length}`);
    }
    if (after) {
      values.push(after[0], after[1]);
      conditions.push(`(e.starts_at, e.id) > ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(filter.limit + 1);
    // The cursor keeps starts_at to the microsecond (a JavaScript date would round it to the millisecond).
    const rows: (EventRow & { start_key: string })[] = await this.dataSource.manager.query(
      `SELECT page.*, to_char(page.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS start_key
         FROM (${EVENT_SELECT} WHERE ${conditions.join(' AND ')} ORDER BY e.starts_at, e.id LIMIT $${values.length}) page
        ORDER BY page.starts_at, page.id`,
      values,
    );
    return toPage(rows, filter.limit, (row) => [row.start_key, row.id]);
  }

  /**
   * Whether the member may create an event in the circle: null when there is no such circle. The circle is kept
   * (KEY SHARE) and the member's admin row (SHARE) until the transaction ends, so neither vanishes under the insert.
   */
  async lockCircleForOrganiser(em: EntityManager, circleId: string, memberId: string): Promise<{ admin: boolean } | null> {
    const circles: unknown[] = await em.query(`SELECT 1 FROM circles WHERE id = $1 FOR KEY SHARE`, [circleId]);
    if (circles.length === 0) return null;
    const admins: unknown[] = await em.query(
      `SELECT 1 FROM circle_members WHERE circle_id = $1 AND member_id = $2 AND status = 'active' AND role = 'admin' FOR SHARE`,
      [circleId, memberId],
    );
    return { admin: admins.length > 0 };
  }

  async insert(em: EntityManager, fields: EventFields, circleId: string | null, organiserId: string): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO events (title, description, starts_at, ends_at, timezone, place, capacity, rsvp_deadline, format, circle_id, organiser_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING id`,
      [
        fields.title,
        fields.description,
        fields.startsAt,
        fields.endsAt,
        fields.timezone,
        fields.place,
        fields.capacity,
        fields.rsvpDeadline,
        fields.format,
        circleId,
        organiserId,
      ],
    )) as { id: string }[];
    return row!.id;
  }

  /**
   * Locks the visible event (NO KEY UPDATE: every answer, edit and cancellation of one event happens one after
   * another, while inserts that merely reference it are not blocked), with the reader's answer and the going count.
   */
  async lockVisible(em: EntityManager, id: string, viewer: EventViewer): Promise<LockedEvent | null> {
    const [row] = (await em.query(
      `SELECT e.id, e.organiser_id, e.title, e.place, e.status, e.format, e.capacity, e.starts_at, e.ends_at, e.rsvp_deadline, e.cover_file,
              e.ends_at <= now() AS over,
              COALESCE(e.rsvp_deadline, e.starts_at) <= now() AS closed
         FROM events e
        WHERE e.id = $3 AND ${eventVisibleTo('e', '$1', '$2')}
          FOR NO KEY UPDATE OF e`,
      [viewer.id, viewer.isManager, id],
    )) as Omit<LockedEvent, 'going' | 'my_status' | 'my_private'>[];
    if (!row) return null;
    // Read after the lock: every change to the answers holds it, so these are current.
    const [answers] = (await em.query(
      `SELECT (SELECT count(*)::int FROM event_rsvps WHERE event_id = $1 AND status = 'going') AS going,
              my.status AS my_status, my.private AS my_private
         FROM (SELECT 1) one LEFT JOIN event_rsvps my ON my.event_id = $1 AND my.member_id = $2`,
      [id, viewer.id],
    )) as Pick<LockedEvent, 'going' | 'my_status' | 'my_private'>[];
    return { ...row, ...answers! };
  }

  /** Writes the patch and counts the change for calendars (SEQUENCE + 1). */
  async update(em: EntityManager, id: string, patch: Partial<EventFields>): Promise<void> {
    const values: unknown[] = [id];
    const assignments = Object.entries(patch)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => {
        values.push(value);
        return `${COLUMN_OF[field as keyof EventFields]} = $${values.length}`;
      });
    await em.query(`UPDATE events SET ${[...assignments, 'sequence = sequence + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, values);
  }

  /** The event stays (calendar feeds show it as cancelled), and so do its answers. */
  async cancel(em: EntityManager, id: string): Promise<void> {
    await em.query(`UPDATE events SET status = 'cancelled', sequence = sequence + 1, updated_at = now() WHERE id = $1`, [id]);
  }

  /** Sets the cover (null: none); the caller holds the event's lock and removes the previous file once committed. */
  async setCover(em: EntityManager, id: string, file: string | null): Promise<void> {
    await em.query(`UPDATE events SET cover_file = $2, updated_at = now() WHERE id = $1`, [id, file]);
  }

  /**
   * A `going` answer from someone without one (or who said not going): going while there is a free seat and nobody
   * waits, else at the end of the waitlist (the largest sequence number plus one). The caller holds the event's lock,
   * so the count and the sequence cannot change under this statement.
   */
  async answerGoing(em: EntityManager, eventId: string, memberId: string, isPrivate: boolean | undefined): Promise<void> {
    await em.query(
      `INSERT INTO event_rsvps (event_id, member_id, status, private, waitlist_seq)
       SELECT $1, $2,
              CASE WHEN seat.free THEN 'going' ELSE 'waitlisted' END,
              COALESCE($3::boolean, false),
              CASE WHEN seat.free THEN NULL ELSE seat.next_seq END
         FROM (SELECT (e.capacity IS NULL
                       OR ((SELECT count(*) FROM event_rsvps g WHERE g.event_id = e.id AND g.status = 'going') < e.capacity
                           AND NOT EXISTS (SELECT 1 FROM event_rsvps w WHERE w.event_id = e.id AND w.status = 'waitlisted'))) AS free,
                      (SELECT COALESCE(max(w.waitlist_seq), 0) + 1 FROM event_rsvps w WHERE w.event_id = e.id AND w.status = 'waitlisted') AS next_seq
                 FROM events e WHERE e.id = $1) seat
       ON CONFLICT (event_id, member_id) DO UPDATE
          SET status = EXCLUDED.status, waitlist_seq = EXCLUDED.waitlist_seq,
              private = COALESCE($3::boolean, event_rsvps.private), updated_at = now()`,
      [eventId, memberId, isPrivate ?? null],
    );
  }

  async answerNotGoing(em: EntityManager, eventId: string, memberId: string, isPrivate: boolean | undefined): Promise<void> {
    await em.query(
      `INSERT INTO event_rsvps (event_id, member_id, status, private) VALUES ($1, $2, 'not_going', COALESCE($3::boolean, false))
       ON CONFLICT (event_id, member_id) DO UPDATE
          SET status = 'not_going', waitlist_seq = NULL, private = COALESCE($3::boolean, event_rsvps.private), updated_at = now()`,
      [eventId, memberId, isPrivate ?? null],
    );
  }

  async setPrivate(em: EntityManager, eventId: string, memberId: string, isPrivate: boolean): Promise<void> {
    await em.query(`UPDATE event_rsvps SET private = $3, updated_at = now() WHERE event_id = $1 AND member_id = $2`, [
      eventId,
      memberId,
      isPrivate,
    ]);
  }

  /**
   * Fills the free seats from the head of the waitlist, in order (all of it when there is no capacity), in one
   * statement. The caller holds the event's lock. Answers the promoted members.
   */
  async promote(em: EntityManager, eventId: string): Promise<string[]> {
    const rows = (await em.query(
      `UPDATE event_rsvps r SET status = 'going', waitlist_seq = NULL, updated_at = now()
         FROM (SELECT w.member_id FROM event_rsvps w
                WHERE w.event_id = $1 AND w.status = 'waitlisted'
                ORDER BY w.waitlist_seq
                LIMIT (SELECT CASE WHEN e.capacity IS NULL THEN NULL
                                   ELSE GREATEST(0, e.capacity - (SELECT count(*) FROM event_rsvps g WHERE g.event_id = e.id AND g.status = 'going'))
                              END
                         FROM events e WHERE e.id = $1)) head
        WHERE r.event_id = $1 AND r.member_id = head.member_id
       RETURNING r.member_id`,
      [eventId],
    )) as [{ member_id: string }[], number] | { member_id: string }[];
    const returned = Array.isArray(rows[0]) ? (rows[0] as { member_id: string }[]) : (rows as { member_id: string }[]);
    return returned.map((row) => row.member_id);
  }

  /**
   * Who is told about a change to the event, with its title and start as this transaction left them: these members,
   * or (none given) everyone going and waitlisted; only active members who may still see the event (a circle's
   * event: its active members and the managers), never `exceptId`, who made the change. One statement.
   */
  async audience(em: EntityManager, eventId: string, exceptId: string, memberIds?: string[]): Promise<EventAudience> {
    const [row] = (await em.query(
      `SELECT e.title, e.starts_at, COALESCE(array_agg(m.id::text) FILTER (WHERE m.id IS NOT NULL), '{}') AS member_ids
         FROM events e
         LEFT JOIN event_rsvps r ON r.event_id = e.id
               AND CASE WHEN $3::uuid[] IS NULL THEN r.status IN ('going', 'waitlisted') ELSE r.member_id = ANY($3::uuid[]) END
         LEFT JOIN members m ON m.id = r.member_id AND m.status = 'active' AND m.id <> $2
               AND ${eventVisibleTo('e', 'm.id', "m.role = 'manager'")}
        WHERE e.id = $1
        GROUP BY e.id`,
      [eventId, exceptId, memberIds ?? null],
    )) as EventAudience[];
    if (!row) throw new Error(`the event ${eventId} vanished`);
    return row;
  }

  async myRsvp(em: EntityManager, eventId: string, memberId: string): Promise<MyRsvpRow | null> {
    const [row] = (await em.query(
      `SELECT my.status, my.private,
              CASE WHEN my.status = 'waitlisted' THEN
                (SELECT count(*)::int FROM event_rsvps w WHERE w.event_id = my.event_id AND w.status = 'waitlisted' AND w.waitlist_seq <= my.waitlist_seq)
              END AS position
         FROM event_rsvps my WHERE my.event_id = $1 AND my.member_id = $2`,
      [eventId, memberId],
    )) as MyRsvpRow[];
    return row ?? null;
  }

  /** Who the attendees list names to the reader, by name; and how many going answers are private. */
  async listedGoing(eventId: string, viewer: EventViewer): Promise<AttendeeRow[]> {
    return this.dataSource.manager.query(
      `SELECT m.id, m.display_name, m.business_name, m.headline, m.photo_file
         FROM event_rsvps r JOIN members m ON m.id = r.member_id
        WHERE r.event_id = $1 AND r.status = 'going' AND ${listedTo('$2', '$3')}
        ORDER BY m.display_name, m.id`,
      [eventId, viewer.id, viewer.isManager],
    );
  }

  async privateGoingCount(eventId: string): Promise<number> {
    const [row] = (await this.dataSource.manager.query(
      `SELECT count(*)::int AS n FROM event_rsvps WHERE event_id = $1 AND status = 'going' AND private`,
      [eventId],
    )) as { n: number }[];
    return row!.n;
  }

  /** The whole waitlist in order, with positions 1…n (for the organiser and the manager). */
  async waitlist(eventId: string): Promise<(AttendeeRow & { position: number })[]> {
    return this.dataSource.manager.query(
      `SELECT m.id, m.display_name, m.business_name, m.headline, m.photo_file,
              (row_number() OVER (ORDER BY r.waitlist_seq))::int AS position
         FROM event_rsvps r JOIN members m ON m.id = r.member_id
        WHERE r.event_id = $1 AND r.status = 'waitlisted'
        ORDER BY r.waitlist_seq`,
      [eventId],
    );
  }

  /** Everyone going (by name) then the waitlist (in order), private answers included: the organiser's export. */
  async exportRows(eventId: string): Promise<AttendeeExportRow[]> {
    return this.dataSource.manager.query(
      `SELECT m.display_name, m.business_name, m.email, r.status, r.private,
              CASE WHEN r.status = 'waitlisted' THEN (row_number() OVER (PARTITION BY r.status ORDER BY r.waitlist_seq))::int END AS position
         FROM event_rsvps r JOIN members m ON m.id = r.member_id
        WHERE r.event_id = $1 AND r.status IN ('going', 'waitlisted')
        ORDER BY r.status = 'waitlisted', r.waitlist_seq, m.display_name, m.id`,
      [eventId],
    );
  }

  /** Locks the reader's own answer (FOR UPDATE): their picks change one request at a time, and not while they answer. */
  async lockAnswer(em: EntityManager, eventId: string, memberId: string): Promise<RsvpStatus | null> {
    const [row] = (await em.query(`SELECT status FROM event_rsvps WHERE event_id = $1 AND member_id = $2 FOR UPDATE`, [
      eventId,
      memberId,
    ])) as { status: RsvpStatus }[];
    return row?.status ?? null;
  }

  /** Which of these members the reader may pick: going to the event and named in its attendees list to them. */
  async pickable(em: EntityManager, eventId: string, memberIds: string[], viewer: EventViewer): Promise<Set<string>> {
    if (memberIds.length === 0) return new Set();
    const rows: { id: string }[] = await em.query(
      `SELECT m.id FROM event_rsvps r JOIN members m ON m.id = r.member_id
        WHERE r.event_id = $1 AND r.member_id = ANY($4::uuid[]) AND r.status = 'going' AND ${listedTo('$2', '$3')}`,
      [eventId, viewer.id, viewer.isManager, memberIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  async replaceWants(em: EntityManager, eventId: string, memberId: string, wantedIds: string[]): Promise<void> {
    await this.deleteWants(em, eventId, memberId);
    if (wantedIds.length === 0) return;
    await em.query(
      // One microsecond apart, so that reading them back by created_at keeps the caller's order.
      `INSERT INTO event_wants (event_id, member_id, wanted_id, created_at)
       SELECT $1, $2, picked.wanted, now() + make_interval(secs => picked.n / 1000000.0)
         FROM unnest($3::uuid[]) WITH ORDINALITY AS picked(wanted, n)`,
      [eventId, memberId, wantedIds],
    );
  }

  async deleteWants(em: EntityManager, eventId: string, memberId: string): Promise<void> {
    await em.query(`DELETE FROM event_wants WHERE event_id = $1 AND member_id = $2`, [eventId, memberId]);
  }

  /** The reader's picks that still hold (the person is still going and listed), in the order they were made. */
  async wants(eventId: string, viewer: EventViewer): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.manager.query(
      `SELECT m.id
         FROM event_wants x
         JOIN event_rsvps r ON r.event_id = x.event_id AND r.member_id = x.wanted_id AND r.status = 'going'
         JOIN members m ON m.id = x.wanted_id
        WHERE x.event_id = $1 AND x.member_id = $2 AND ${listedTo('$2', '$3')}
        ORDER BY x.created_at, m.id`,
      [eventId, viewer.id, viewer.isManager],
    );
    return rows.map((row) => row.id);
  }
}
