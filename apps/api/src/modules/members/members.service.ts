import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FOCUS_MAX_HOURS,
  MEMBER_STATUSES,
  toPrefixTsQuery,
  type CurrentMember,
  type FocusStatus,
  type ListMembersQuery,
  type MemberProfile,
  type MemberStatus,
  type MemberSummary,
  type Page,
  type Service,
  type UpdateFocusStatus,
  type UpdateMe,
  type UpdateMemberByManager,
} from '@tertulia/domain';
import { DataSource } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { AppError } from '../../common/errors/app-error';
import { decodeCursor, encodeCursor } from '../../common/http/cursor';
import { SessionsRepository } from '../auth/sessions.repository';
import { RotaService } from '../breakfasts/rota.service';
import { searchViewerOf } from '../search/search-viewer';
import type { SearchViewer } from '../search/search.sql';
import { ServicesRepository } from '../services/services.repository';
import { toCurrentMember, toFocusStatus, toMemberProfile, toMemberSummary, type MemberCard } from './member.mapper';
import { focusOutOfRange, invitationPending, lastManager, memberNotFound } from './members.errors';
import { MembersRepository } from './members.repository';

const HOUR_MS = 60 * 60 * 1000;

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersRepository,
    private readonly services: ServicesRepository,
    private readonly sessions: SessionsRepository,
    private readonly rota: RotaService,
  ) {}

  /**
   * The directory. With `q`, ranked (best match first, paged by an opaque offset); without it,
   * alphabetical (keyset). Members see the active, listed community and themself; the manager
   * sees everyone, optionally of one status.
   */
  async list(member: AuthenticatedMember, query: ListMembersQuery): Promise<Page<MemberSummary>> {
    const viewer = searchViewerOf(member);
    const statuses: MemberStatus[] = viewer.isManager ? (query.status ? [query.status] : [...MEMBER_STATUSES]) : ['active'];
    const filters = { skill: query.skill, categoryId: query.category, language: query.language };
    if (!query.q) {
      const page = await this.members.listCards(viewer, { ...filters, statuses, cursor: query.cursor, limit: query.limit });
      return { items: await this.summaries(viewer, page.items), nextCursor: page.nextCursor };
    }
    const offset = rankedOffset(query.cursor);
    if (toPrefixTsQuery(query.q) === null) return { items: [], nextCursor: null };
    const ids = (await this.members.searchIds(viewer, { ...filters, q: query.q, statuses, limit: query.limit + 1, offset })) ?? [];
    const items = await this.summaries(viewer, await this.members.findCards(ids.slice(0, query.limit)));
    return { items, nextCursor: ids.length > query.limit ? encodeCursor([offset + query.limit]) : null };
  }

  /** The best members for a query, as cards in rank order (GET /api/search). */
  async search(viewer: SearchViewer, q: string, limit: number): Promise<MemberSummary[]> {
    const ids = await this.members.searchIds(viewer, { q, limit, offset: 0 });
    if (!ids) return [];
    return this.summaries(viewer, await this.members.findCards(ids));
  }

  async get(member: AuthenticatedMember, id: string): Promise<MemberProfile> {
    const viewer = searchViewerOf(member);
    const found = await this.members.findById(id);
    const visible = found && (viewer.isManager || found.id === viewer.id || (found.status === 'active' && found.directoryVisible));
    if (!found || !visible) throw memberNotFound();
    const [services, feedbackGiven] = await Promise.all([
      this.services.findForMembers([found.id], viewer),
      this.members.countFeedbackGiven(found.id),
    ]);
    return toMemberProfile(found, viewer, services, feedbackGiven);
  }

  async updateMe(viewer: AuthenticatedMember, patch: UpdateMe): Promise<CurrentMember> {
    return this.dataSource.transaction(async (em) => toCurrentMember(await this.members.update(em, viewer.id, patch)));
  }

  /** «In focus until…» must end in the future and within FOCUS_MAX_HOURS; null ends it now. */
  async updateStatus(viewer: AuthenticatedMember, status: UpdateFocusStatus): Promise<FocusStatus> {
    const now = new Date();
    const focusUntil = status.focusUntil === null ? null : new Date(status.focusUntil);
    if (focusUntil && (focusUntil <= now || focusUntil.getTime() - now.getTime() > FOCUS_MAX_HOURS * HOUR_MS)) {
      throw focusOutOfRange(FOCUS_MAX_HOURS);
    }
    const updated = await this.dataSource.transaction((em) =>
      this.members.update(em, viewer.id, { focusUntil, openToCoffee: status.openToCoffee }),
    );
    return toFocusStatus(updated, now);
  }

  /**
   * Changes a member's role or status. Active managers are locked first, so that the
   * community can never be left without one, whatever runs at the same time.
   */
  async updateByManager(manager: AuthenticatedMember, id: string, patch: UpdateMemberByManager): Promise<MemberSummary> {
    const updated = await this.dataSource.transaction(async (em) => {
      const activeManagerIds = await this.members.lockActiveManagerIds(em);
      const member = await this.members.lockById(em, id);
      if (!member) throw memberNotFound();
      if (patch.status === 'active' && member.status === 'invited') throw invitationPending();
      const losesManager =
        activeManagerIds.includes(id) && (patch.role === 'member' || patch.status === 'deactivated');
      if (losesManager && activeManagerIds.length === 1) throw lastManager();
      const changed = await this.members.update(em, id, patch);
      if (patch.status === 'deactivated') {
        await this.sessions.deleteAllOfMember(em, id);
        await this.rota.release(em, id);
      }
      return changed;
    });
    const viewer = searchViewerOf(manager);
    return (await this.summaries(viewer, [updated]))[0]!;
  }

  /** Cards with their top services: one query for the services of the whole page. */
  private async summaries(viewer: SearchViewer, cards: MemberCard[]): Promise<MemberSummary[]> {
    const services = await this.services.findForMembers(
      cards.map((card) => card.id),
      viewer,
    );
    const byMember = new Map<string, Service[]>();
    for (const service of services) byMember.set(service.memberId, [...(byMember.get(service.memberId) ?? []), service]);
    const now = new Date();
    return cards.map((card) => toMemberSummary(card, viewer, byMember.get(card.id) ?? [], now));
  }
}

/** The offset of a ranked page: an opaque cursor holding one non-negative integer. */
function rankedOffset(cursor: string | undefined): number {
  const key = decodeCursor(cursor, 1);
  if (key === null) return 0;
  const [offset] = key;
  if (typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0) return offset;
  throw new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [{ path: 'cursor', message: 'Unknown cursor' }]);
}
