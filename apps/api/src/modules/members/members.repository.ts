import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberRole, MemberStatus } from '@tertulia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import { MemberEntity } from './member.entity';

export interface MemberListFilter {
  statuses: MemberStatus[];
  cursor?: string;
  limit: number;
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

  async list(filter: MemberListFilter) {
    const after = decodeCursor(filter.cursor, 2);
    const query = this.dataSource.manager
      .createQueryBuilder(MemberEntity, 'm')
      .where('m.status IN (:...statuses)', { statuses: filter.statuses })
      .orderBy('m.displayName', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(filter.limit + 1);
    if (after) query.andWhere('(m.display_name, m.id) > (:name, :id)', { name: after[0], id: after[1] });
    const rows = await query.getMany();
    return toPage(rows, filter.limit, (member) => [member.displayName, member.id]);
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
