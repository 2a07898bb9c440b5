import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, MemberRole } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { APP_CONFIG } from '../../config/load-config';
import type { Config } from '../../config/config.schema';
import { SessionEntity } from './session.entity';

interface SessionRow {
  session_id: string;
  id: string;
  email: string;
  display_name: string;
  role: MemberRole;
  locale: Locale | null;
}

@Injectable()
export class SessionsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Config,
  ) {}

  async create(
    em: EntityManager,
    session: { id: string; memberId: string; ip: string | null; userAgent: string | null },
  ): Promise<Date> {
    const expiresAt = new Date(Date.now() + this.config.SESSION_ABSOLUTE_DAYS * 24 * 3600 * 1000);
    await em.insert(SessionEntity, { ...session, expiresAt });
    return expiresAt;
  }

  /**
   * Finds the live session and refreshes its idle clock in one statement. A session is live
   * while within both expiries and while its member is active. The clock is written at most
   * once a minute (a tenth of the idle time when that is shorter): most requests only read,
   * which spares a row update and a commit flush per request.
   */
  async touch(sessionId: string): Promise<AuthenticatedMember | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `WITH live AS (
         SELECT s.id AS session_id, s.last_seen_at, m.id, m.email, m.display_name, m.role, m.locale
           FROM sessions s JOIN members m ON m.id = s.member_id
          WHERE s.id = $1 AND m.status = 'active'
            AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)),
       touched AS (
         UPDATE sessions s SET last_seen_at = now() FROM live
          WHERE s.id = live.session_id AND live.last_seen_at < now() - make_interval(secs => least(60, $2 * 6)))
       SELECT session_id, id, email, display_name, role, locale FROM live`,
      [sessionId, this.config.SESSION_IDLE_MINUTES],
    );
    const row = rows[0];
    if (!row) return null;
    return { sessionId: row.session_id, id: row.id, email: row.email, displayName: row.display_name, role: row.role, locale: row.locale };
  }

  async delete(em: EntityManager, sessionId: string): Promise<void> {
    await em.delete(SessionEntity, { id: sessionId });
  }

  async deleteAllOfMember(em: EntityManager, memberId: string, exceptSessionId?: string): Promise<void> {
    const query = em.createQueryBuilder().delete().from(SessionEntity).where('member_id = :memberId', { memberId });
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await query.execute();
  }

  /** Expired sessions are useless; removing them keeps the table small. */
  async deleteExpired(em: EntityManager): Promise<void> {
    await em.query(
      `DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [this.config.SESSION_IDLE_MINUTES],
    );
  }
}
