import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BreakfastSettings } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { BreakfastClosureEntity } from './breakfast-closure.entity';
import { BreakfastSeriesEntity } from './breakfast-series.entity';

/** A session with what the reader sees of it, straight from SQL. */
export interface SessionViewRow {
  id: string;
  date: string;
  starts_at: Date;
  ends_at: Date;
  upcoming: boolean;
  place: string;
  cancelled: boolean;
  presenter_confirmed: boolean;
  topic: string | null;
  summary: string | null;
  presenter_id: string | null;
  presenter_name: string | null;
  presenter_headline: string | null;
  presenter_business: string | null;
  headcount: number;
  attending: boolean | null;
}

export interface PendingSwapRow {
  id: string;
  from_session_id: string;
  to_session_id: string;
  from_date: string;
  to_date: string;
  proposer_id: string;
  proposer_name: string;
  recipient_id: string;
  recipient_name: string;
}

export type SessionFilter = { seriesId: string; from: string; to: string } | { ids: string[] };

const SESSION_VIEW = `
  SELECT s.id, s.date::text AS date, s.starts_at, s.ends_at, s.starts_at > now() AS upcoming, s.place, s.cancelled,
         s.presenter_confirmed, s.topic, s.summary, p.id AS presenter_id, p.display_name AS presenter_name,
         p.headline AS presenter_headline, p.business_name AS presenter_business,
         (SELECT count(*)::int FROM breakfast_attendance a WHERE a.session_id = s.id AND a.attending) AS headcount,
         (SELECT a.attending FROM breakfast_attendance a WHERE a.session_id = s.id AND a.member_id = $1) AS attending
    FROM breakfast_sessions s
    LEFT JOIN members p ON p.id = s.presenter_id`;

/** The series, its closures and sessions as the portal reads them; the rota's writes live in RotaRepository. */
@Injectable()
export class BreakfastsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async series(em: EntityManager = this.dataSource.manager): Promise<BreakfastSeriesEntity> {
    const [series] = await em.find(BreakfastSeriesEntity, { order: { createdAt: 'ASC' }, take: 1 });
    if (!series) throw new Error('the breakfast series is missing: run the migrations');
    return series;
  }

  /** Every change to the rota locks the series first: concurrent changes then happen one after another. */
  async lockSeries(em: EntityManager): Promise<BreakfastSeriesEntity> {
    const { id } = await this.series(em);
    return em.createQueryBuilder(BreakfastSeriesEntity, 's').where('s.id = :id', { id }).setLock('pessimistic_write').getOneOrFail();
  }

  /** Saves the settings; upcoming breakfasts move to the new time and place (their dates stay). */
  async updateSeries(em: EntityManager, id: string, settings: BreakfastSettings): Promise<void> {
    await em.update(BreakfastSeriesEntity, { id }, settings);
    await em.query(
      `UPDATE breakfast_sessions
          SET starts_at = (date + $2::time) AT TIME ZONE $3,
              ends_at = ((date + $2::time) AT TIME ZONE $3) + make_interval(mins => $4),
              place = $5
        WHERE series_id = $1 AND starts_at > now()`,
      [id, settings.startTime, settings.timezone, settings.durationMinutes, settings.place],
    );
  }

  listClosures(seriesId: string, fromDate: string): Promise<BreakfastClosureEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(BreakfastClosureEntity, 'c')
      .where('c.series_id = :seriesId AND c.to_date >= :fromDate', { seriesId, fromDate })
      .orderBy('c.fromDate', 'ASC')
      .getMany();
  }

  closuresBetween(em: EntityManager, seriesId: string, from: string, to: string): Promise<BreakfastClosureEntity[]> {
    return em
      .createQueryBuilder(BreakfastClosureEntity, 'c')
      .where('c.series_id = :seriesId AND c.from_date <= :to AND c.to_date >= :from', { seriesId, from, to })
      .getMany();
  }

  async insertClosure(em: EntityManager, closure: Omit<BreakfastClosureEntity, 'id' | 'createdAt'>): Promise<BreakfastClosureEntity> {
    const { identifiers } = await em.insert(BreakfastClosureEntity, closure);
    return em.findOneByOrFail(BreakfastClosureEntity, { id: identifiers[0]!.id as string });
  }

  async deleteClosure(id: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(BreakfastClosureEntity, { id });
    return (result.affected ?? 0) > 0;
  }

  /** Upcoming breakfasts inside a closure no longer happen. */
  async deleteUpcomingSessionsBetween(em: EntityManager, seriesId: string, from: string, to: string): Promise<void> {
    await em.query(`DELETE FROM breakfast_sessions WHERE series_id = $1 AND date BETWEEN $2 AND $3 AND starts_at > now()`, [
      seriesId,
      from,
      to,
    ]);
  }

  sessionViews(
    viewerId: string,
    filter: SessionFilter,
    em: EntityManager = this.dataSource.manager,
  ): Promise<SessionViewRow[]> {
    return 'ids' in filter
      ? em.query(`${SESSION_VIEW} WHERE s.id = ANY($2::uuid[]) ORDER BY s.date`, [viewerId, filter.ids])
      : em.query(`${SESSION_VIEW} WHERE s.series_id = $2 AND s.date BETWEEN $3 AND $4 ORDER BY s.date`, [
          viewerId,
          filter.seriesId,
          filter.from,
          filter.to,
        ]);
  }

  /** The pending swaps the viewer proposed or received. */
  pendingSwapsOf(viewerId: string, em: EntityManager = this.dataSource.manager): Promise<PendingSwapRow[]> {
    return em.query(
      `SELECT w.id, w.from_session_id, w.to_session_id, fs.date::text AS from_date, ts.date::text AS to_date,
              w.proposer_id, pm.display_name AS proposer_name, w.recipient_id, rm.display_name AS recipient_name
         FROM breakfast_swap_requests w
         JOIN breakfast_sessions fs ON fs.id = w.from_session_id
         JOIN breakfast_sessions ts ON ts.id = w.to_session_id
         JOIN members pm ON pm.id = w.proposer_id
         JOIN members rm ON rm.id = w.recipient_id
        WHERE w.status = 'pending' AND (w.proposer_id = $1 OR w.recipient_id = $1)`,
      [viewerId],
    );
  }

  /** Records the answer and returns the new headcount. */
  async saveAttendance(em: EntityManager, sessionId: string, memberId: string, attending: boolean): Promise<number> {
    await em.query(
      `INSERT INTO breakfast_attendance (session_id, member_id, attending) VALUES ($1, $2, $3)
       ON CONFLICT (session_id, member_id) DO UPDATE SET attending = EXCLUDED.attending, updated_at = now()`,
      [sessionId, memberId, attending],
    );
    const [{ headcount }] = await em.query(
      `SELECT count(*)::int AS headcount FROM breakfast_attendance WHERE session_id = $1 AND attending`,
      [sessionId],
    );
    return headcount as number;
  }
}
