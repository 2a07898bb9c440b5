import { Injectable } from '@nestjs/common';
import type {
  CircleDetail,
  CircleMember,
  CircleRole,
  CircleSummary,
  CreateCircle,
  Page,
  UpdateCircle,
} from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { toEvent } from '../events/event.mapper';
import { EventsRepository } from '../events/events.repository';
import { canManageCircle, toCircleMember, toCircleSummary, type CircleViewer } from './circle.mapper';
import { circleMemberNotFound, circleMemberPending, circleNotFound, lastCircleAdmin, notCircleAdmin } from './circles.errors';
import { CirclesRepository, type MembershipRow } from './circles.repository';

const viewerOf = (member: AuthenticatedMember): CircleViewer => ({ id: member.id, isManager: member.role === 'manager' });

/** How many upcoming events a circle's page shows; the events page, filtered by the circle, has them all. */
export const CIRCLE_UPCOMING_EVENTS = 20;

/** Whether this place counts as one of the circle's active admins. */
const isActiveAdmin = (membership: MembershipRow) =>
  membership.status === 'active' && membership.role === 'admin' && membership.account_active;

@Injectable()
export class CirclesService {
  constructor(
    private readonly circles: CirclesRepository,
    private readonly events: EventsRepository,
  ) {}

  async list(member: AuthenticatedMember, cursor: string | undefined, limit: number): Promise<Page<CircleSummary>> {
    const viewer = viewerOf(member);
    const page = await this.circles.list(viewer, cursor, limit);
    return { items: page.items.map((row) => toCircleSummary(row, viewer)), nextCursor: page.nextCursor };
  }

  /** Any member or the manager creates a circle; its creator is its first admin. */
  async create(member: AuthenticatedMember, input: CreateCircle): Promise<CircleSummary> {
    const id = await this.circles.manager.transaction(async (em) => {
      const circleId = await this.circles.insert(
        em,
        { name: input.name, kind: input.kind, description: input.description ?? null, joinPolicy: input.joinPolicy },
        member.id,
      );
      await this.circles.addMember(em, circleId, member.id, 'admin', 'active');
      return circleId;
    });
    return this.summaryFor(member, id);
  }

  /**
   * Its active people (and the requests to join, for those who approve them) and its upcoming
   * events the reader may see: none for someone outside the circle, unless the manager.
   */
  async detail(member: AuthenticatedMember, id: string): Promise<CircleDetail> {
    const viewer = viewerOf(member);
    const row = await this.circles.findSummary(id, viewer.id);
    if (!row) throw circleNotFound();
    const summary = toCircleSummary(row, viewer);
    const [members, upcoming] = await Promise.all([
      this.circles.listMembers(id, { includePending: summary.canManage, showHidden: summary.canManage, viewerId: viewer.id }),
      // The events page's query (visibility rule included): not over yet, by start; cancelled ones are left out here.
      this.events.list(viewer, { circleId: id, limit: CIRCLE_UPCOMING_EVENTS * 2 }),
    ]);
    const upcomingEvents = upcoming.items
      .filter((event) => event.status === 'scheduled')
      .slice(0, CIRCLE_UPCOMING_EVENTS)
      .map((event) => toEvent(event, viewer));
    return { ...summary, members: members.map(toCircleMember), upcomingEvents };
  }

  /** Opening a circle that needed approval lets in everyone who was waiting. */
  async update(member: AuthenticatedMember, id: string, patch: UpdateCircle): Promise<CircleSummary> {
    await this.asCircleManager(member, id, async (em) => {
      await this.circles.update(em, id, patch);
      if (patch.joinPolicy === 'open') await this.circles.activatePending(em, id);
    });
    return this.summaryFor(member, id);
  }

  /**
   * Open circle: in at once (as its admin if it has none left); approval: a request. Someone
   * already in (or waiting) stays as they are.
   */
  async join(member: AuthenticatedMember, id: string): Promise<CircleSummary> {
    await this.circles.manager.transaction(async (em) => {
      const circle = await this.circles.lock(em, id);
      if (!circle) throw circleNotFound();
      if (await this.circles.membership(em, id, member.id)) return;
      if (circle.join_policy === 'approval') {
        await this.circles.addMember(em, id, member.id, 'member', 'pending');
        return;
      }
      await this.circles.addMember(em, id, member.id, await this.newcomerRole(em, id), 'active');
    });
    return this.summaryFor(member, id);
  }

  /** Leaving (or withdrawing a request); not being in the circle is no error. */
  async leave(member: AuthenticatedMember, id: string): Promise<void> {
    await this.circles.manager.transaction(async (em) => {
      if (!(await this.circles.lock(em, id))) throw circleNotFound();
      const membership = await this.circles.membership(em, id, member.id);
      if (!membership) return;
      await this.checkAdminStays(em, id, membership);
      await this.circles.removeMember(em, id, member.id);
    });
  }

  async approve(member: AuthenticatedMember, id: string, memberId: string): Promise<CircleMember> {
    return this.asCircleManager(member, id, async (em) => {
      const target = await this.circles.membership(em, id, memberId);
      if (!target || !target.account_active) throw circleMemberNotFound();
      if (target.status === 'pending') await this.circles.setStatus(em, id, memberId, 'active', await this.newcomerRole(em, id));
      return this.loadMember(em, id, memberId);
    });
  }

  /** Makes someone an admin, or a member again; the last admin cannot step down. */
  async setRole(member: AuthenticatedMember, id: string, memberId: string, role: CircleRole): Promise<CircleMember> {
    return this.asCircleManager(member, id, async (em) => {
      const target = await this.circles.membership(em, id, memberId);
      if (!target || !target.account_active) throw circleMemberNotFound();
      if (target.status !== 'active') throw circleMemberPending();
      if (target.role === 'admin' && role === 'member' && (await this.circles.headcount(em, id)).admins <= 1) throw lastCircleAdmin();
      if (target.role !== role) await this.circles.setRole(em, id, memberId, role);
      return this.loadMember(em, id, memberId);
    });
  }

  /** Declines a request or removes someone; the last admin stays while others remain. */
  async remove(member: AuthenticatedMember, id: string, memberId: string): Promise<void> {
    await this.asCircleManager(member, id, async (em) => {
      const target = await this.circles.membership(em, id, memberId);
      if (!target) throw circleMemberNotFound();
      await this.checkAdminStays(em, id, target);
      await this.circles.removeMember(em, id, memberId);
    });
  }

  /**
   * Runs a change as one of the circle's admins or the manager, holding the circle's lock; the
   * caller's own place is read under that lock, so an admin demoted a moment ago cannot act.
   */
  private async asCircleManager<T>(member: AuthenticatedMember, id: string, change: (em: EntityManager) => Promise<T>): Promise<T> {
    const viewer = viewerOf(member);
    return this.circles.manager.transaction(async (em) => {
      if (!(await this.circles.lock(em, id))) throw circleNotFound();
      const own = viewer.isManager ? null : await this.circles.membership(em, id, viewer.id);
      if (!canManageCircle(viewer, own && own.account_active ? own : null)) throw notCircleAdmin();
      return change(em);
    });
  }

  /** The last active admin cannot go while other active people remain (the caller holds the circle's lock). */
  private async checkAdminStays(em: EntityManager, circleId: string, leaving: MembershipRow): Promise<void> {
    if (!isActiveAdmin(leaving)) return;
    const { admins, members } = await this.circles.headcount(em, circleId);
    if (admins <= 1 && members > 1) throw lastCircleAdmin();
  }

  /** Someone let into a circle that has no admin left becomes its admin, so it is never run by nobody. */
  private async newcomerRole(em: EntityManager, circleId: string): Promise<CircleRole> {
    return (await this.circles.headcount(em, circleId)).admins === 0 ? 'admin' : 'member';
  }

  private async loadMember(em: EntityManager, circleId: string, memberId: string): Promise<CircleMember> {
    const row = await this.circles.findMember(em, circleId, memberId);
    if (!row) throw circleMemberNotFound();
    return toCircleMember(row);
  }

  private async summaryFor(member: AuthenticatedMember, id: string): Promise<CircleSummary> {
    const row = await this.circles.findSummary(id, member.id);
    if (!row) throw circleNotFound();
    return toCircleSummary(row, viewerOf(member));
  }
}
