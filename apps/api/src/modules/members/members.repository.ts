import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberRole, MemberStatus } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import { memberFilterConditions, memberSearchSql, type MemberSearchFilter, type SearchViewer } from '../search/search.sql';
import { MemberEntity } from './member.entity';
import type { MemberCard } from './member.mapper';

/** The directory without a query: alphabetical, by keyset. */
export interface MemberListFilter {
  statuses: MemberStatus[];
  skill?: string;
  categoryId?: string;
  language?: string;
  cursor?: string;
  limit: number;
}

/** Only the columns a directory card shows (never the password hash, never the search columns). */
const CARD_COLUMNS = `
  m.id, m.email, m.display_name, m.role, m.status, m.headline, m.business_name, m.photo_file, m.skills, m.languages,
  m.focus_until, m.open_to_coffee, m.joined_at, m.email_visible, m.directory_visible`;

interface MemberCardRow {
  id: string;
  email: string;
  display_name: string;
  role: MemberRole;
  status: MemberStatus;
  headline: string | null;
  business_name: string | null;
  photo_file: string | null;
  skills: string[];
  languages: string[];
  focus_until: Date | string | null;
  open_to_coffee: boolean;
  joined_at: Date | string | null;
  email_visible: boolean;
  directory_visible: boolean;
}

const toDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

function toCard(row: MemberCardRow): MemberCard {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    status: row.status,
    headline: row.headline,
    businessName: row.business_name,
    photoFile: row.photo_file,
    skills: row.skills,
    languages: row.languages,
    focusUntil: toDate(row.focus_until),
    openToCoffee: row.open_to_coffee,
    joinedAt: toDate(row.joined_at),
    emailVisible: row.email_visible,
    directoryVisible: row.directory_visible,
  };
}

@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<MemberEntity | null> {
    return em.findOneBy(MemberEntity, { id });
  }

  findByEmail(email: string, em: EntityManager = this.dataSource.manager): Promise<MemberEntity | null> {
    return em.findOneBy(MemberEntity, { email });
  }

  /**
   * Locks the member against concurrent changes. NO KEY UPDATE, because the row's id never changes:
   * other transactions may still reference the member (say, as a breakfast presenter) meanwhile.
   */
  /** How many feedback answers the member has given (their profile shows it). */
  async countFeedbackGiven(id: string): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM feedback_responses WHERE reviewer_id = $1',
      [id],
    );
    return row?.count ?? 0;
  }

  lockById(em: EntityManager, id: string): Promise<MemberEntity | null> {
    return em.createQueryBuilder(MemberEntity, 'm').where('m.id = :id', { id }).setLock('for_no_key_update').getOne();
  }

  /** Locks every active manager, so that two managers cannot demote each other at once. */
  async lockActiveManagerIds(em: EntityManager): Promise<string[]> {
    const rows = await em
      .createQueryBuilder(MemberEntity, 'm')
      .select('m.id', 'id')
      .where("m.role = 'manager' AND m.status = 'active'")
      .orderBy('m.id')
      .setLock('for_no_key_update')
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /**
   * A page of the directory in alphabetical order (the `members_display_name_order` index), one statement.
   * Members see the active, listed community and themself; the manager everyone of the given statuses.
   */
  async listCards(viewer: SearchViewer, filter: MemberListFilter) {
    const after = decodeCursor(filter.cursor, 2);
    const values: unknown[] = [filter.statuses, viewer.isManager, viewer.id];
    const conditions = [`m.status = ANY($1::text[])`, `(m.directory_visible OR $2 OR m.id = $3)`, ...memberFilterConditions(filter, values)];
    if (after) {
      values.push(after[0], after[1]);
      conditions.push(`(m.display_name, m.id) > ($${values.length - 1}::text, $${values.length}::uuid)`);
    }
    values.push(filter.limit + 1);
    const rows: MemberCardRow[] = await this.dataSource.manager.query(
      `SELECT ${CARD_COLUMNS} FROM members m
        WHERE ${conditions.join(' AND ')}
        ORDER BY m.display_name, m.id
        LIMIT $${values.length}`,
      values,
    );
    return toPage(rows.map(toCard), filter.limit, (member) => [member.displayName, member.id]);
  }

  /** The ids of the members matching a query, best first (the lead's ranking SQL); null when the query holds no word. */
  async searchIds(viewer: SearchViewer, filter: MemberSearchFilter): Promise<string[] | null> {
    const statement = memberSearchSql(viewer, filter);
    if (!statement) return null;
    const rows: { id: string }[] = await this.dataSource.manager.query(statement.text, statement.values);
    return rows.map((row) => row.id);
  }

  /** The cards of these members, in the order of `ids`. */
  async findCards(ids: string[]): Promise<MemberCard[]> {
    if (ids.length === 0) return [];
    const rows: MemberCardRow[] = await this.dataSource.manager.query(`SELECT ${CARD_COLUMNS} FROM members m WHERE m.id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((row) => [row.id, toCard(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async update(em: EntityManager, id: string, patch: Partial<MemberEntity>): Promise<MemberEntity> {
    await em.update(MemberEntity, { id }, patch);
    return em.findOneByOrFail(MemberEntity, { id });
  }

  /**
   * Finds the member with this e-mail, or adds them as invited; either way the row is
   * locked for the rest of the transaction (the upsert takes the lock).
   */
  async upsertLocked(em: EntityManager, email: string, role: MemberRole, displayName: string): Promise<MemberEntity> {
    await em.query(
      `INSERT INTO members (email, role, display_name, status) VALUES ($1, $2, $3, 'invited')
       ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email`,
      [email, role, displayName],
    );
    const member = await this.lockByEmail(em, email);
    if (!member) throw new Error(`member ${email} vanished inside its transaction`);
    return member;
  }

  private lockByEmail(em: EntityManager, email: string): Promise<MemberEntity | null> {
    return em.createQueryBuilder(MemberEntity, 'm').where('m.email = :email', { email }).setLock('pessimistic_write').getOne();
  }

  async deleteInvited(em: EntityManager, id: string): Promise<void> {
    await em.delete(MemberEntity, { id, status: 'invited' });
  }
}
