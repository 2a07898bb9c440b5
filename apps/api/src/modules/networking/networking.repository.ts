import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventFormat, EventStatus, NetworkingSettings, NetworkingStats, RsvpStatus } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { eventVisibleTo } from '../events/event-visibility';
import type { EventViewer } from '../events/event.mapper';
import type { PersonRow } from './networking.mapper';

/** The lunch as the rules need it, when the reader may see it. */
export interface LunchRow {
  id: string;
  format: EventFormat;
  status: EventStatus;
  over: boolean;
  my_status: RsvpStatus | null;
}

export interface PlanRow {
  table_size: number;
  rounds: number;
  seed: number | null;
  generated_at: Date | null;
  repeat_pairs: number;
  wants_satisfied: number;
  wants_total: number;
  new_pairs: number;
}

export interface SeatRow {
  round: number;
  table_no: number;
  member_id: string;
}

export interface LockRow {
  round: number;
  table_no: number;
}

/** One of the reader's tablemates in a round. */
export interface TablemateRow extends PersonRow {
  round: number;
}

const PLAN_COLUMNS = `table_size, rounds, seed, generated_at, repeat_pairs, wants_satisfied, wants_total, new_pairs`;

/** Networking plans, their seats and locked tables; the lunch's attendees and picks as the planner reads them. */
@Injectable()
export class NetworkingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The event if the reader may see it (the events module's rule), with the reader's answer; else null. */
  async findLunch(em: EntityManager, id: string, viewer: EventViewer): Promise<LunchRow | null> {
    const [row] = (await em.query(
      `SELECT e.id, e.format, e.status, e.ends_at <= now() AS over, my.status AS my_status
         FROM events e
         LEFT JOIN event_rsvps my ON my.event_id = e.id AND my.member_id = $1
        WHERE e.id = $3 AND ${eventVisibleTo('e', '$1', '$2')}`,
      [viewer.id, viewer.isManager, id],
    )) as LunchRow[];
    return row ?? null;
  }

  async findPlan(em: EntityManager, eventId: string): Promise<PlanRow | null> {
    const [row] = (await em.query(`SELECT ${PLAN_COLUMNS} FROM networking_plans WHERE event_id = $1`, [eventId])) as PlanRow[];
    return row ?? null;
  }

  /**
   * The lunch's networking row, created with these settings if missing, then locked (FOR UPDATE) to the end of the
   * transaction: settings, plans and locks of one lunch change one request at a time.
   */
  async lockOrCreatePlan(em: EntityManager, eventId: string, settings: NetworkingSettings): Promise<PlanRow> {
    await em.query(`INSERT INTO networking_plans (event_id, table_size, rounds) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING`, [
      eventId,
      settings.tableSize,
      settings.rounds,
    ]);
    const row = await this.lockPlan(em, eventId);
    if (!row) throw new Error(`the networking row of ${eventId} vanished`);
    return row;
  }

  /** Locks the lunch's networking row (FOR UPDATE); null when networking is off. */
  async lockPlan(em: EntityManager, eventId: string): Promise<PlanRow | null> {
    const [row] = (await em.query(`SELECT ${PLAN_COLUMNS} FROM networking_plans WHERE event_id = $1 FOR UPDATE`, [eventId])) as PlanRow[];
    return row ?? null;
  }

  /** New settings forget the stored plan: its tables were sized for the old ones. */
  async changeSettings(em: EntityManager, eventId: string, settings: NetworkingSettings): Promise<void> {
    await this.clearSeating(em, eventId);
    await em.query(
      `UPDATE networking_plans
          SET table_size = $2, rounds = $3, seed = NULL, generated_at = NULL,
              repeat_pairs = 0, wants_satisfied = 0, wants_total = 0, new_pairs = 0, updated_at = now()
        WHERE event_id = $1`,
      [eventId, settings.tableSize, settings.rounds],
    );
  }

  private async clearSeating(em: EntityManager, eventId: string): Promise<void> {
    await em.query(`DELETE FROM networking_seats WHERE event_id = $1`, [eventId]);
    await em.query(`DELETE FROM networking_locked_tables WHERE event_id = $1`, [eventId]);
  }

  /** Active members going (not waitlisted), in id order so that the same going list gives the planner the same input. */
  async going(em: EntityManager, eventId: string): Promise<string[]> {
    const rows = (await em.query(
      `SELECT r.member_id FROM event_rsvps r JOIN members m ON m.id = r.member_id
        WHERE r.event_id = $1 AND r.status = 'going' AND m.status = 'active'
        ORDER BY r.member_id`,
      [eventId],
    )) as { member_id: string }[];
    return rows.map((row) => row.member_id);
  }

  /** The attendees' picks among these members: [who picked, whom]. */
  async wants(em: EntityManager, eventId: string, memberIds: string[]): Promise<[string, string][]> {
    const rows = (await em.query(
      `SELECT member_id, wanted_id FROM event_wants
        WHERE event_id = $1 AND member_id = ANY($2::uuid[]) AND wanted_id = ANY($2::uuid[])
        ORDER BY member_id, wanted_id`,
      [eventId, memberIds],
    )) as { member_id: string; wanted_id: string }[];
    return rows.map((row) => [row.member_id, row.wanted_id]);
  }

  /**
   * Pairs of these members who sat at one table in the stored plan of an earlier lunch (one that starts before this
   * one and was not cancelled): once per lunch they shared a table.
   */
  async history(em: EntityManager, eventId: string, memberIds: string[]): Promise<[string, string][]> {
    const rows = (await em.query(
      `SELECT DISTINCT a.event_id, a.member_id AS first, b.member_id AS second
         FROM networking_seats a
         JOIN networking_seats b ON b.event_id = a.event_id AND b.round = a.round AND b.table_no = a.table_no AND a.member_id < b.member_id
         JOIN events e ON e.id = a.event_id
        WHERE a.event_id <> $1 AND e.status <> 'cancelled'
          AND e.starts_at < (SELECT starts_at FROM events WHERE id = $1)
          AND a.member_id = ANY($2::uuid[]) AND b.member_id = ANY($2::uuid[])
        ORDER BY a.event_id, first, second`,
      [eventId, memberIds],
    )) as { first: string; second: string }[];
    return rows.map((row) => [row.first, row.second]);
  }

  async locks(em: EntityManager, eventId: string): Promise<LockRow[]> {
    return em.query(`SELECT round, table_no FROM networking_locked_tables WHERE event_id = $1 ORDER BY round, table_no`, [eventId]);
  }

  /** Every seat, by round and table, each table's people by name. */
  async seats(em: EntityManager, eventId: string): Promise<SeatRow[]> {
    return em.query(
      `SELECT s.round, s.table_no, s.member_id
         FROM networking_seats s JOIN members m ON m.id = s.member_id
        WHERE s.event_id = $1
        ORDER BY s.round, s.table_no, m.display_name, m.id`,
      [eventId],
    );
  }

  /** Everyone seated in the plan, as table cards name them. */
  async seatedPeople(em: EntityManager, eventId: string): Promise<PersonRow[]> {
    return em.query(
      `SELECT m.id, m.display_name, m.business_name, m.headline, m.photo_file
         FROM members m
        WHERE m.id IN (SELECT member_id FROM networking_seats WHERE event_id = $1)
        ORDER BY m.display_name, m.id`,
      [eventId],
    );
  }

  /**
   * Replaces the whole seating with a new plan (the locked tables are in it, where the planner kept them) and keeps
   * only the locks in `keptLocks`. The caller holds the networking row's lock.
   */
  async storePlan(
    em: EntityManager,
    eventId: string,
    plan: { rounds: { tables: { memberIds: string[] }[] }[]; stats: NetworkingStats },
    seed: number,
    keptLocks: LockRow[],
  ): Promise<void> {
    const rounds: number[] = [];
    const tables: number[] = [];
    const members: string[] = [];
    plan.rounds.forEach((round, r) =>
      round.tables.forEach((table, t) =>
        table.memberIds.forEach((memberId) => {
          rounds.push(r + 1);
          tables.push(t + 1);
          members.push(memberId);
        }),
      ),
    );
    await this.clearSeating(em, eventId);
    await em.query(
      `INSERT INTO networking_seats (event_id, round, table_no, member_id)
       SELECT $1, seat.round, seat.table_no, seat.member_id
         FROM unnest($2::int[], $3::int[], $4::uuid[]) AS seat(round, table_no, member_id)`,
      [eventId, rounds, tables, members],
    );
    if (keptLocks.length > 0) {
      await em.query(
        `INSERT INTO networking_locked_tables (event_id, round, table_no)
         SELECT $1, lock.round, lock.table_no FROM unnest($2::int[], $3::int[]) AS lock(round, table_no)`,
        [eventId, keptLocks.map((lock) => lock.round), keptLocks.map((lock) => lock.table_no)],
      );
    }
    await em.query(
      `UPDATE networking_plans
          SET seed = $2, generated_at = now(), repeat_pairs = $3, wants_satisfied = $4, wants_total = $5, new_pairs = $6, updated_at = now()
        WHERE event_id = $1`,
      [eventId, seed, plan.stats.repeatPairs, plan.stats.wantsSatisfied, plan.stats.wantsTotal, plan.stats.newPairs],
    );
  }

  async hasTable(em: EntityManager, eventId: string, round: number, table: number): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM networking_seats WHERE event_id = $1 AND round = $2 AND table_no = $3 LIMIT 1`, [
      eventId,
      round,
      table,
    ]);
    return rows.length > 0;
  }

  async setLock(em: EntityManager, eventId: string, round: number, table: number, locked: boolean): Promise<void> {
    if (locked) {
      await em.query(`INSERT INTO networking_locked_tables (event_id, round, table_no) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        eventId,
        round,
        table,
      ]);
    } else {
      await em.query(`DELETE FROM networking_locked_tables WHERE event_id = $1 AND round = $2 AND table_no = $3`, [eventId, round, table]);
    }
  }

  /** The reader's table in each round. */
  async mySeats(eventId: string, memberId: string): Promise<{ round: number; table_no: number }[]> {
    return this.dataSource.manager.query(
      `SELECT round, table_no FROM networking_seats WHERE event_id = $1 AND member_id = $2 ORDER BY round`,
      [eventId, memberId],
    );
  }

  /** Who else sits at the reader's table in each round, among those still going: one statement. */
  async tablemates(eventId: string, memberId: string): Promise<TablemateRow[]> {
    return this.dataSource.manager.query(
      `SELECT other.round, m.id, m.display_name, m.business_name, m.headline, m.photo_file
         FROM networking_seats mine
         JOIN networking_seats other ON other.event_id = mine.event_id AND other.round = mine.round
              AND other.table_no = mine.table_no AND other.member_id <> mine.member_id
         JOIN members m ON m.id = other.member_id AND m.status = 'active'
         JOIN event_rsvps r ON r.event_id = other.event_id AND r.member_id = other.member_id AND r.status = 'going'
        WHERE mine.event_id = $1 AND mine.member_id = $2
        ORDER BY other.round, m.display_name, m.id`,
      [eventId, memberId],
    );
  }
}
