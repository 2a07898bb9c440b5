import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class ThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records an attempt and returns how many attempts with this key fall in the window,
   * this one included. An advisory lock on the key makes concurrent attempts count one by one.
   */
  async record(key: string, windowSeconds: number): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      await em.query(
        `DELETE FROM throttle_hits WHERE key = $1 AND hit_at <= clock_timestamp() - make_interval(secs => $2)`,
        [key, windowSeconds],
      );
      // Addresses that never come back would stay for ever: an hour is longer than any window.
      await em.query(`DELETE FROM throttle_hits WHERE hit_at <= clock_timestamp() - interval '1 hour'`);
      await em.query('INSERT INTO throttle_hits (key) VALUES ($1)', [key]);
      const [{ count }] = await em.query('SELECT count(*)::int AS count FROM throttle_hits WHERE key = $1', [key]);
      return count as number;
    });
  }
}
