import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentMember, ListMembersQuery, MemberSummary, Page, UpdateMe, UpdateMemberByManager } from '@tertulia/domain';
import { DataSource } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { SessionsRepository } from '../auth/sessions.repository';
import { RotaService } from '../breakfasts/rota.service';
import { toCurrentMember, toMemberSummary } from './member.mapper';
import { invitationPending, lastManager, memberNotFound } from './members.errors';
import { MembersRepository } from './members.repository';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersRepository,
    private readonly sessions: SessionsRepository,
    private readonly rota: RotaService,
  ) {}

  /** Members see the active community; the manager sees everyone, optionally by status. */
  async list(viewer: AuthenticatedMember, query: ListMembersQuery): Promise<Page<MemberSummary>> {
    const isManager = viewer.role === 'manager';
    const statuses = isManager ? (query.status ? [query.status] : (['invited', 'active', 'deactivated'] as const)) : (['active'] as const);
    const page = await this.members.list({ statuses: [...statuses], cursor: query.cursor, limit: query.limit });
    return { items: page.items.map((member) => toMemberSummary(member, isManager)), nextCursor: page.nextCursor };
  }

  async get(viewer: AuthenticatedMember, id: string): Promise<MemberSummary> {
    const isManager = viewer.role === 'manager';
    const member = await this.members.findById(id);
    if (!member || (!isManager && member.status !== 'active')) throw memberNotFound();
    return toMemberSummary(member, isManager);
  }

  async updateMe(viewer: AuthenticatedMember, patch: UpdateMe): Promise<CurrentMember> {
    return this.dataSource.transaction(async (em) => toCurrentMember(await this.members.update(em, viewer.id, patch)));
  }

  /**
   * Changes a member's role or status. Active managers are locked first, so that the
   * community can never be left without one, whatever runs at the same time.
   */
  async updateByManager(id: string, patch: UpdateMemberByManager): Promise<MemberSummary> {
    return this.dataSource.transaction(async (em) => {
      const activeManagerIds = await this.members.lockActiveManagerIds(em);
      const member = await this.members.lockById(em, id);
      if (!member) throw memberNotFound();
      if (patch.status === 'active' && member.status === 'invited') throw invitationPending();
      const losesManager =
        activeManagerIds.includes(id) && (patch.role === 'member' || patch.status === 'deactivated');
      if (losesManager && activeManagerIds.length === 1) throw lastManager();
      const updated = await this.members.update(em, id, patch);
      if (patch.status === 'deactivated') {
        await this.sessions.deleteAllOfMember(em, id);
        await this.rota.release(em, id);
      }
      return toMemberSummary(updated, true);
    });
  }
}
