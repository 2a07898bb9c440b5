import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CircleKind, CircleRole, JoinPolicy } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import type { CircleMemberRow, CircleSummaryRow, CircleViewer } from './circle.mapper';
import { invalidCursor } from './circles.errors';

/** A place in a circle, with whether the person's account still counts (active). */
export interface MembershipRow {
  role: CircleRole;
  status: 'active' | 'pending';
  account_active: boolean;
}

/** The circle's active people (active accounts) and, among them, its admins. */
export interface CircleHeadcount {
  members: number;
  admins: number;
}

export interface CircleFields {
  name: string;
  kind: CircleKind;
  description: string | null;
  joinPolicy: JoinPolicy;
}

/**
 * One statement for summaries: the reader's place in each circle and its active members (people
 * whose account is active too). `$1` is the reader.
 */
const SUMMARY_SELECT = `
  SELECT c.id, c.name, c.kind, c.description, c.join_policy,
         (SELECT count(*)::int FROM circle_members x JOIN members xm ON xm.id = x.member_id
           WHERE x.circle_id = c.id AND x.status = 'active' AND xm.status = 'active') AS member_count,
         me.role AS my_role, me.status AS my_status
    FROM circles c
    LEFT JOIN circle_members me ON me.circle_id = c.id AND me.member_id = $1`;

@Injectable()
export class CirclesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** A page of every circle in alphabetical order (the `circles_name_order` index). */
  async list(viewer: CircleViewer, cursor: string | undefined, limit: number) {
    const after = decodeCursor(cursor, 2);
    const values: unknown[] = [viewer.id];
    let where = '';
    if (after) {
      const [name, id] = after;
      if (typeof name !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw invalidCursor();
      values.push(name, id);
      where = `WHERE (c.name, c.id) > ($2::text, $3::uuid)`;
    }
    values.push(limit + 1);
    const rows: CircleSummaryRow[] = await this.dataSource.manager.query(
      `${SUMMARY_SELECT} ${where} ORDER BY c.name, c.id LIMIT $${values.length}`,
      values,
    );
    return toPage(rows, limit, (row) => [row.name, row.id]);
  }

  async findSummary(id: string, viewerId: string, em: EntityManager = this.dataSource.manager): Promise<CircleSummaryRow | null> {
    const [row] = (await em.query(`${SUMMARY_SELECT} WHERE c.id = $2`, [viewerId, id])) as CircleSummaryRow[];
    return row ?? null;
  }

  /**
   * The circle's people with an active account, admins first, then by name; pending requests
   * (last) only with `includePending`. Someone hidden from the directory is listed only to those
   * who can manage the circle (they must see whom they approve) and to themself.
   */
  async listMembers(circleId: string, options: { includePending: boolean; showHidden: boolean; viewerId: string }): Promise<CircleMemberRow[]> {
    return this.dataSource.manager.query(
      `SELECT m.id, m.display_name, m.business_name, m.photo_file, cm.role, cm.status
         FROM circle_members cm JOIN members m ON m.id = cm.member_id
        WHERE cm.circle_id = $1 AND m.status = 'active'
          AND (cm.status = 'active' OR $2)
          AND (m.directory_visible OR $3 OR m.id = $4)
        ORDER BY cm.status = 'pending', cm.role = 'member', m.display_name, m.id`,
      [circleId, options.includePending, options.showHidden, options.viewerId],
    );
  }

  async findMember(em: EntityManager, circleId: string, memberId: string): Promise<CircleMemberRow | null> {
    const [row] = (await em.query(
      `SELECT m.id, m.display_name, m.business_name, m.photo_file, cm.role, cm.status
         FROM circle_members cm JOIN members m ON m.id = cm.member_id
        WHERE cm.circle_id = $1 AND cm.member_id = $2`,
      [circleId, memberId],
    )) as CircleMemberRow[];
    return row ?? null;
  }

  /**
   * Locks the circle (NO KEY UPDATE) until the transaction ends: every change of its membership
   * takes this lock first, so two of them (two admins leaving at once) happen one after another
   * and each sees the other's result. Null when there is no such circle.
   */
  async lock(em: EntityManager, id: string): Promise<{ id: string; join_policy: JoinPolicy } | null> {
    const [row] = (await em.query(`SELECT id, join_policy FROM circles WHERE id = $1 FOR NO KEY UPDATE`, [id])) as {
      id: string;
      join_policy: JoinPolicy;
    }[];
    return row ?? null;
  }

  async membership(em: EntityManager, circleId: string, memberId: string): Promise<MembershipRow | null> {
    const [row] = (await em.query(
      `SELECT cm.role, cm.status, m.status = 'active' AS account_active
         FROM circle_members cm JOIN members m ON m.id = cm.member_id
        WHERE cm.circle_id = $1 AND cm.member_id = $2`,
      [circleId, memberId],
    )) as MembershipRow[];
    return row ?? null;
  }

  async headcount(em: EntityManager, circleId: string): Promise<CircleHeadcount> {
    const [row] = (await em.query(
      `SELECT count(*)::int AS members, (count(*) FILTER (WHERE cm.role = 'admin'))::int AS admins
         FROM circle_members cm JOIN members m ON m.id = cm.member_id
        WHERE cm.circle_id = $1 AND cm.status = 'active' AND m.status = 'active'`,
      [circleId],
    )) as CircleHeadcount[];
    return row!;
  }

  async insert(em: EntityManager, fields: CircleFields, creatorId: string): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO circles (name, kind, description, join_policy, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [fields.name, fields.kind, fields.description, fields.joinPolicy, creatorId],
    )) as { id: string }[];
    return row!.id;
  }

  async update(em: EntityManager, id: string, patch: Partial<Pick<CircleFields, 'name' | 'description' | 'joinPolicy'>>): Promise<void> {
    await em.query(
      `UPDATE circles
          SET name = CASE WHEN $2 THEN $3 ELSE name END,
              description = CASE WHEN $4 THEN $5 ELSE description END,
              join_policy = CASE WHEN $6 THEN $7 ELSE join_policy END
        WHERE id = $1`,
      [
        id,
        patch.name !== undefined,
        patch.name ?? null,
        patch.description !== undefined,
        patch.description ?? null,
        patch.joinPolicy !== undefined,
        patch.joinPolicy ?? null,
      ],
    );
  }

  async addMember(em: EntityManager, circleId: string, memberId: string, role: CircleRole, status: 'active' | 'pending'): Promise<void> {
    await em.query(`INSERT INTO circle_members (circle_id, member_id, role, status) VALUES ($1, $2, $3, $4)`, [
      circleId,
      memberId,
      role,
      status,
    ]);
  }

  async setStatus(em: EntityManager, circleId: string, memberId: string, status: 'active' | 'pending', role: CircleRole): Promise<void> {
    await em.query(`UPDATE circle_members SET status = $3, role = $4 WHERE circle_id = $1 AND member_id = $2`, [circleId, memberId, status, role]);
  }

  async setRole(em: EntityManager, circleId: string, memberId: string, role: CircleRole): Promise<void> {
    await em.query(`UPDATE circle_members SET role = $3 WHERE circle_id = $1 AND member_id = $2`, [circleId, memberId, role]);
  }

  /** An open circle lets in everyone who was waiting. */
  async activatePending(em: EntityManager, circleId: string): Promise<void> {
    await em.query(`UPDATE circle_members SET status = 'active' WHERE circle_id = $1 AND status = 'pending'`, [circleId]);
  }

  async removeMember(em: EntityManager, circleId: string, memberId: string): Promise<void> {
    await em.query(`DELETE FROM circle_members WHERE circle_id = $1 AND member_id = $2`, [circleId, memberId]);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
