import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import { InvitationEntity } from './invitation.entity';

/** The cursor carries milliseconds (a JS Date), so ordering and comparing use them too. */
const CREATED_MS = "date_trunc('milliseconds', i.created_at)";

@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(em: EntityManager, invitation: Omit<InvitationEntity, 'id' | 'createdAt' | 'acceptedAt' | 'revokedAt'>) {
    const { identifiers } = await em.insert(InvitationEntity, invitation);
    return em.findOneByOrFail(InvitationEntity, { id: identifiers[0]!.id as string });
  }

  async revokeOpenOfMember(em: EntityManager, memberId: string): Promise<void> {
    await em.update(InvitationEntity, { memberId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  findByTokenHash(tokenHash: string, em: EntityManager = this.dataSource.manager) {
    return em.findOneBy(InvitationEntity, { tokenHash });
  }

  lockByTokenHash(em: EntityManager, tokenHash: string) {
    return em
      .createQueryBuilder(InvitationEntity, 'i')
      .where('i.token_hash = :tokenHash', { tokenHash })
      .setLock('pessimistic_write')
      .getOne();
  }

  lockOpenById(em: EntityManager, id: string) {
    return em
      .createQueryBuilder(InvitationEntity, 'i')
      .where('i.id = :id AND i.accepted_at IS NULL AND i.revoked_at IS NULL', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async markAccepted(em: EntityManager, id: string): Promise<void> {
    await em.update(InvitationEntity, { id }, { acceptedAt: () => 'now()' });
  }

  /** Who hears that someone joined: every active manager but the newcomer themself. */
  async managersToTell(em: EntityManager, newcomerId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM members WHERE role = 'manager' AND status = 'active' AND id <> $1`,
      [newcomerId],
    );
    return rows.map((row) => row.id);
  }

  /** Open invitations (not accepted, not withdrawn), newest first, with who sent them. */
  async listOpen(cursor: string | undefined, limit: number) {
    const after = decodeCursor(cursor, 2);
    const query = this.dataSource.manager
      .createQueryBuilder(InvitationEntity, 'i')
      .leftJoinAndSelect('i.invitedBy', 'inviter')
      .where('i.accepted_at IS NULL AND i.revoked_at IS NULL')
      .orderBy(CREATED_MS, 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit + 1);
    if (after) query.andWhere(`(${CREATED_MS}, i.id) < (:createdAt, :id)`, { createdAt: after[0], id: after[1] });
    const rows = await query.getMany();
    return toPage(rows, limit, (invitation) => [invitation.createdAt.toISOString(), invitation.id]);
  }
}
