import { Injectable } from '@nestjs/common';
import type {
  BreakfastSession,
  BreakfastSettings,
  Closure,
  CreateClosure,
  ListBreakfastsQuery,
  UpdateBreakfast,
} from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { AppError, forbidden } from '../../common/errors/app-error';
import { addDays, todayIn } from '../../common/time/today';
import { NotificationsService } from '../notifications/notifications.service';
import { toBreakfastSession, toBreakfastSettings, toClosure } from './breakfast.mapper';
import {
  breakfastCancelled,
  breakfastNotFound,
  breakfastNotHeldYet,
  breakfastPast,
  closureNotFound,
  notThePresenter,
  presenterNotEligible,
} from './breakfasts.errors';
import { BreakfastsRepository, type SessionFilter } from './breakfasts.repository';
import { tellAssigned } from './fill-open-slots';
import { RotaRepository, type LockedSession, type SessionChanges } from './rota.repository';

const DEFAULT_WEEKS_AHEAD = 12;
const MAX_RANGE_DAYS = 366;

@Injectable()
export class BreakfastsService {
  constructor(
    private readonly breakfasts: BreakfastsRepository,
    private readonly rota: RotaRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async settings(): Promise<BreakfastSettings> {
    return toBreakfastSettings(await this.breakfasts.series());
  }

  async updateSettings(settings: BreakfastSettings): Promise<BreakfastSettings> {
    return this.breakfasts.manager.transaction(async (em) => {
      const series = await this.breakfasts.lockSeries(em);
      await this.breakfasts.updateSeries(em, series.id, settings);
      return toBreakfastSettings(await this.breakfasts.series(em));
    });
  }

  async closures(): Promise<{ items: Closure[]; nextCursor: null }> {
    const series = await this.breakfasts.series();
    const closures = await this.breakfasts.listClosures(series.id, todayIn(series.timezone));
    return { items: closures.map(toClosure), nextCursor: null };
  }

  /** A closure removes the upcoming breakfasts it covers. */
  async addClosure(input: CreateClosure): Promise<Closure> {
    return this.breakfasts.manager.transaction(async (em) => {
      const series = await this.breakfasts.lockSeries(em);
      const closure = await this.breakfasts.insertClosure(em, {
        seriesId: series.id,
        fromDate: input.from,
        toDate: input.to,
        reason: input.reason || null,
      });
      await this.breakfasts.deleteUpcomingSessionsBetween(em, series.id, input.from, input.to);
      return toClosure(closure);
    });
  }

  async removeClosure(id: string): Promise<void> {
    if (!(await this.breakfasts.deleteClosure(id))) throw closureNotFound();
  }

  async list(viewer: AuthenticatedMember, query: ListBreakfastsQuery): Promise<{ items: BreakfastSession[]; nextCursor: null }> {
    const series = await this.breakfasts.series();
    const from = query.from ?? todayIn(series.timezone);
    const to = query.to ?? addDays(from, DEFAULT_WEEKS_AHEAD * 7);
    if (to < from || addDays(from, MAX_RANGE_DAYS) < to) {
      throw new AppError(400, 'VALIDATION_FAILED', 'Some fields are not valid.', [
        { path: 'to', message: `Give a range of at most ${MAX_RANGE_DAYS} days, ending after it starts` },
      ]);
    }
    return { items: await this.views(this.breakfasts.manager, viewer.id, { seriesId: series.id, from, to }), nextCursor: null };
  }

  /** The sessions (by id, or in a date range) as this viewer sees them, read inside the caller's transaction. */
  async views(em: EntityManager, viewerId: string, filter: SessionFilter): Promise<BreakfastSession[]> {
    const rows = await this.breakfasts.sessionViews(viewerId, filter, em);
    const swaps = await this.breakfasts.pendingSwapsOf(viewerId, em);
    return rows.map((row) => toBreakfastSession(row, swaps, viewerId));
  }

  /**
   * The manager assigns, replaces, cancels or restores; the presenter confirms. Both edit
   * the topic, and the summary once the breakfast has taken place.
   */
  async update(viewer: AuthenticatedMember, id: string, patch: UpdateBreakfast): Promise<BreakfastSession> {
    if (viewer.role !== 'manager' && (patch.presenterId !== undefined || patch.status !== undefined)) {
      throw forbidden('Only the coworking manager can assign, cancel or restore a breakfast.');
    }
    return this.breakfasts.manager.transaction(async (em) => {
      await this.breakfasts.lockSeries(em);
      const [session] = await this.rota.lockSessions(em, [id]);
      if (!session) throw breakfastNotFound();
      assertMayUpdate(viewer, session, patch);
      if (patch.presenterId && !(await this.rota.isActiveMember(em, patch.presenterId))) throw presenterNotEligible();
      const changes = sessionChanges(session, patch);
      // A new presenter, or none, voids the swaps proposed for the old one.
      if ('presenter_id' in changes) await this.rota.declinePendingSwapsOf(em, [id]);
      await this.rota.updateSession(em, id, changes);
      const notice = { notifications: this.notifications, actorId: viewer.id };
      if (changes.presenter_id) await tellAssigned(em, notice, [{ memberId: changes.presenter_id, date: session.date }]);
      return (await this.views(em, viewer.id, { ids: [id] }))[0]!;
    });
  }

  async attend(viewer: AuthenticatedMember, id: string, attending: boolean): Promise<{ attending: boolean; headcount: number }> {
    return this.breakfasts.manager.transaction(async (em) => {
      const [session] = await this.rota.lockSessions(em, [id]);
      if (!session) throw breakfastNotFound();
      if (session.cancelled) throw breakfastCancelled();
      if (!session.upcoming) throw breakfastPast();
      return { attending, headcount: await this.breakfasts.saveAttendance(em, id, viewer.id, attending) };
    });
  }
}

function assertMayUpdate(viewer: AuthenticatedMember, session: LockedSession, patch: UpdateBreakfast): void {
  const isPresenter = session.presenter_id === viewer.id;
  if (viewer.role !== 'manager' && !isPresenter) throw notThePresenter();
  if (patch.confirmed) {
    if (!isPresenter) throw notThePresenter();
    if (session.cancelled) throw breakfastCancelled();
    if (!session.upcoming) throw breakfastPast();
  }
  if (patch.summary !== undefined && session.upcoming) throw breakfastNotHeldYet();
}

/** The columns a patch changes. The topic belongs to the presenter: it goes when they do. */
function sessionChanges(session: LockedSession, patch: UpdateBreakfast): SessionChanges {
  const changes: SessionChanges = {};
  if (patch.topic !== undefined) changes.topic = patch.topic || null;
  if (patch.summary !== undefined) changes.summary = patch.summary || null;
  if (patch.confirmed) changes.presenter_confirmed = true;
  if (patch.presenterId !== undefined && patch.presenterId !== session.presenter_id) {
    Object.assign(changes, { presenter_id: patch.presenterId, presenter_confirmed: false, topic: patch.topic ?? null });
  }
  // A cancelled breakfast frees its presenter, who keeps their turn for the next one.
  if (patch.status === 'cancelled') Object.assign(changes, { cancelled: true, presenter_id: null, presenter_confirmed: false, topic: null });
  if (patch.status === 'scheduled') changes.cancelled = false;
  return changes;
}
