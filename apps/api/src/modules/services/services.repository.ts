import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Service } from '@tertulia/domain';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import { MemberEntity } from '../members/member.entity';
import { serviceSearchSql, type SearchViewer, type ServiceSearchFilter } from '../search/search.sql';
import { ServiceCategoryEntity } from './service-category.entity';
import { ServiceEntity } from './service.entity';
import { toService, type ServiceWithOwner } from './service.mapper';
import { invalidCursor } from './services.errors';

/** What a service's owner may write; the rest (owner, position, moderation) has its own method. */
export type ServiceFields = Pick<ServiceEntity, 'title' | 'summary' | 'description' | 'categoryId' | 'tags' | 'pricingNote' | 'idealClient'>;

export interface ServiceListFilter {
  categoryId?: string;
  memberId?: string;
  cursor?: string;
  limit: number;
}

/** The service, with what deciding who may see or change it needs. */
export interface ServiceAccessRow {
  id: string;
  memberId: string;
  hidden: boolean;
  ownerVisible: boolean;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** A cursor's time as listIds writes it: a real instant, to the microsecond, in UTC. */
const isCursorTime = (value: string | number | undefined): value is string =>
  typeof value === 'string' &&
  TIMESTAMP.test(value) &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString().slice(0, 23) === value.slice(0, 23);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ServicesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * The services of these members the viewer may see (a hidden one only for its owner and the manager),
   * by member, then the owner's order. The caller decides whether the members themselves are visible.
   */
  async findForMembers(memberIds: string[], viewer: SearchViewer, em: EntityManager = this.dataSource.manager): Promise<Service[]> {
    if (memberIds.length === 0) return [];
    const rows = await this.withOwnerAndCategory(em)
      .where('s.member_id = ANY(:memberIds::uuid[])', { memberIds })
      .andWhere('(s.hidden_at IS NULL OR :isManager OR s.member_id = :viewerId)', { isManager: viewer.isManager, viewerId: viewer.id })
      .orderBy('s.memberId', 'ASC')
      .addOrderBy('s.position', 'ASC')
      .addOrderBy('s.createdAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    return rows.map(toService);
  }

  /** These services as the viewer may see them, in the order of `ids` (a ranking); the others are left out. */
  async findByIds(ids: string[], viewer: SearchViewer, em: EntityManager = this.dataSource.manager): Promise<Service[]> {
    if (ids.length === 0) return [];
    const rows = await this.withOwnerAndCategory(em)
      .where('s.id = ANY(:ids::uuid[])', { ids })
      .andWhere(
        "(s.member_id = :viewerId OR :isManager OR (s.hidden_at IS NULL AND m.status = 'active' AND m.directory_visible))",
        { isManager: viewer.isManager, viewerId: viewer.id },
      )
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toService(row)] : [];
    });
  }

  /** The ids of the visible services matching the words, best first (the shared ranked search); none when no word is left. */
  async searchIds(viewer: SearchViewer, filter: ServiceSearchFilter): Promise<string[]> {
    const statement = serviceSearchSql(viewer, filter);
    if (statement === null) return [];
    const rows: { id: string }[] = await this.dataSource.manager.query(statement.text, statement.values);
    return rows.map((row) => row.id);
  }

  /**
   * A page of the services the viewer may see, newest first. Services of members who are not active
   * are never listed; those hidden from the directory only for themselves and the manager.
   */
  async listIds(viewer: SearchViewer, filter: ServiceListFilter) {
    const after = decodeCursor(filter.cursor, 2);
    if (after && !(isCursorTime(after[0]) && typeof after[1] === 'string' && UUID.test(after[1]))) {
      throw invalidCursor();
    }
    const values: unknown[] = [viewer.id, viewer.isManager];
    const conditions = [
      `m.status = 'active'`,
      `(m.directory_visible OR $2 OR m.id = $1)`,
      `(s.hidden_at IS NULL OR $2 OR s.member_id = $1)`,
    ];
    if (filter.categoryId) {
      values.push(filter.categoryId);
      conditions.push(`s.category_id = $${values.length}`);
    }
    if (filter.memberId) {
      values.push(filter.memberId);
      conditions.push(`s.member_id = $${values.length}`);
    }
    if (after) {
      values.push(after[0], after[1]);
      conditions.push(`(s.created_at, s.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(filter.limit + 1);
    // The cursor keeps created_at to the microsecond (a JavaScript date would round it to the millisecond).
    const rows: { id: string; created_at: string }[] = await this.dataSource.manager.query(
      `SELECT s.id, to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at
         FROM services s JOIN members m ON m.id = s.member_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY s.created_at DESC, s.id DESC
        LIMIT $${values.length}`,
      values,
    );
    return toPage(rows, filter.limit, (row) => [row.created_at, row.id]);
  }

  /** The service with what access decisions need (its owner's state), or null. */
  async findAccess(id: string, em: EntityManager = this.dataSource.manager): Promise<ServiceAccessRow | null> {
    const [row] = (await em.query(
      `SELECT s.id, s.member_id AS "memberId", s.hidden_at IS NOT NULL AS hidden,
              (m.status = 'active' AND m.directory_visible) AS "ownerVisible"
         FROM services s JOIN members m ON m.id = s.member_id
        WHERE s.id = $1`,
      [id],
    )) as ServiceAccessRow[];
    return row ?? null;
  }

  /**
   * Every write to a member's services first locks the member (NO KEY UPDATE, as MembersRepository does),
   * so writes to one member's services happen one after another; and since the search trigger of a
   * changed service updates its owner, taking the member's lock first avoids a deadlock with it.
   */
  async lockOwner(em: EntityManager, memberId: string): Promise<void> {
    await em.createQueryBuilder(MemberEntity, 'm').select('m.id').where('m.id = :memberId', { memberId }).setLock('for_no_key_update').getOne();
  }

  /** The ids of the member's services, locked for update, in their current order. */
  async lockIdsOf(em: EntityManager, memberId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM services WHERE member_id = $1 ORDER BY position, created_at, id FOR UPDATE`,
      [memberId],
    );
    return rows.map((row) => row.id);
  }

  /** Adds the service after the member's last one; the caller holds the owner's lock. */
  async insert(em: EntityManager, memberId: string, fields: ServiceFields): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO services (member_id, title, summary, description, category_id, tags, pricing_note, ideal_client, position)
       SELECT $1, $2, $3, $4, $5, $6::text[], $7, $8, COALESCE(MAX(position) + 1, 0) FROM services WHERE member_id = $1
       RETURNING id`,
      [memberId, fields.title, fields.summary, fields.description, fields.categoryId, fields.tags, fields.pricingNote, fields.idealClient],
    )) as { id: string }[];
    return row!.id;
  }

  async update(em: EntityManager, id: string, patch: Partial<ServiceFields>): Promise<void> {
    await em.update(ServiceEntity, { id }, patch);
  }

  async moderate(em: EntityManager, id: string, hiddenReason: string | null): Promise<void> {
    await em.query(
      `UPDATE services
          SET hidden_reason = $2,
              hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END,
              updated_at = now()
        WHERE id = $1`,
      [id, hiddenReason],
    );
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.delete(ServiceEntity, { id });
  }

  /** Writes the new order (0 first) in one statement. */
  async reorder(em: EntityManager, memberId: string, ids: string[]): Promise<void> {
    await em.query(
      `UPDATE services s SET position = o.position - 1, updated_at = now()
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
        WHERE s.id = o.id AND s.member_id = $1`,
      [memberId, ids],
    );
  }

  /** Whether the category exists, keeping it so (KEY SHARE) until the transaction ends: it cannot vanish under the insert. */
  async lockCategory(em: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM service_categories WHERE id = $1 FOR KEY SHARE`, [id]);
    return rows.length > 0;
  }

  listCategories(): Promise<ServiceCategoryEntity[]> {
    return this.dataSource.manager.find(ServiceCategoryEntity, { order: { position: 'ASC', slug: 'ASC' } });
  }

  findCategory(id: string): Promise<ServiceCategoryEntity | null> {
    return this.dataSource.manager.findOneBy(ServiceCategoryEntity, { id });
  }

  /** Without a position, the category goes after the last one. A taken slug fails on the unique index (409). */
  async insertCategory(category: Pick<ServiceCategoryEntity, 'slug' | 'nameCa' | 'nameEs' | 'nameEn'> & { position?: number }) {
    const [row] = (await this.dataSource.manager.query(
      `INSERT INTO service_categories (slug, name_ca, name_es, name_en, position)
       SELECT $1, $2, $3, $4, COALESCE($5::int, (SELECT COALESCE(MAX(position) + 10, 0) FROM service_categories))
       RETURNING id`,
      [category.slug, category.nameCa, category.nameEs, category.nameEn, category.position ?? null],
    )) as { id: string }[];
    return this.dataSource.manager.findOneByOrFail(ServiceCategoryEntity, { id: row!.id });
  }

  /** Renaming fires the trigger that refreshes the search documents of the category's services and their owners. */
  async updateCategory(id: string, patch: Partial<Pick<ServiceCategoryEntity, 'slug' | 'nameCa' | 'nameEs' | 'nameEn' | 'position'>>) {
    return this.dataSource.manager.transaction(async (em) => {
      const result = await em.update(ServiceCategoryEntity, { id }, patch);
      if ((result.affected ?? 0) === 0) return null;
      return em.findOneByOrFail(ServiceCategoryEntity, { id });
    });
  }

  /** Its services stay, without a category (ON DELETE SET NULL). */
  async deleteCategory(id: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(ServiceCategoryEntity, { id });
    return (result.affected ?? 0) > 0;
  }

  private withOwnerAndCategory(em: EntityManager): SelectQueryBuilder<ServiceWithOwner> {
    return em
      .createQueryBuilder(ServiceEntity, 's')
      .innerJoin('s.member', 'm')
      .addSelect(['m.id', 'm.displayName', 'm.businessName', 'm.photoFile'])
      .leftJoinAndSelect('s.category', 'c') as SelectQueryBuilder<ServiceWithOwner>;
  }
}
