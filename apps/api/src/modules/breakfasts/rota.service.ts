import { Injectable } from '@nestjs/common';
import { weeklyDates, type BreakfastSession, type GenerateRotaResult } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { todayIn } from '../../common/time/today';
import { NotificationsService } from '../notifications/notifications.service';
import type { BreakfastSeriesEntity } from './breakfast-series.entity';
import { breakfastCancelled, breakfastNotFound, breakfastPast, breakfastsOff, notThePresenter } from './breakfasts.errors';
import { BreakfastsRepository } from './breakfasts.repository';
import { BreakfastsService } from './breakfasts.service';
import { fillOpenSlots } from './fill-open-slots';
import { RotaRepository } from './rota.repository';

/** Fills the presenter rota with the fairness rule of @tertulia/domain. */
@Injectable()
export class RotaService {
  constructor(
    private readonly breakfasts: BreakfastsRepository,
    private readonly rota: RotaRepository,
    private readonly sessions: BreakfastsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Creates the breakfasts of the next weeks and fills their empty slots; assignments already made stay. */
  async generate(viewer: AuthenticatedMember, weeks: number): Promise<GenerateRotaResult> {
    return this.breakfasts.manager.transaction(async (em) => {
      const series = await this.breakfasts.lockSeries(em);
      if (!series.active) throw breakfastsOff();
      const { dates, created, assigned } = await this.fillAhead(em, series, new Date(), weeks, viewer.id);
      const items = await this.sessions.views(em, viewer.id, { seriesId: series.id, from: dates[0]!, to: dates[dates.length - 1]! });
      return { created, assigned, items };
    });
  }

  /**
   * The daily job: keeps the rota filled `weeks` ahead of `now` while the series is active (else does nothing,
   * answering null). Running it again changes nothing: sessions and assignments already made stay.
   */
  async keepFilled(now: Date, weeks: number): Promise<{ created: number; assigned: number } | null> {
    return this.breakfasts.manager.transaction(async (em) => {
      const series = await this.breakfasts.lockSeries(em);
      if (!series.active) return null;
      const { created, assigned } = await this.fillAhead(em, series, now, weeks, null);
      return { created, assigned };
    });
  }

  /** Creates the breakfasts of the `weeks` from `now` (closures skipped) and fills their empty slots. Holds the series lock. */
  private async fillAhead(em: EntityManager, series: BreakfastSeriesEntity, now: Date, weeks: number, actorId: string | null) {
    const dates = weeklyDates(todayIn(series.timezone, now), series.weekday, weeks);
    const closures = await this.breakfasts.closuresBetween(em, series.id, dates[0]!, dates[dates.length - 1]!);
    const open = dates.filter((date) => !closures.some((closure) => closure.fromDate <= date && date <= closure.toDate));
    const created = await this.rota.insertSessions(em, series, open);
    const assigned = await fillOpenSlots(em, this.rota, series, open, { notifications: this.notifications, actorId });
    return { dates, created, assigned };
  }

  /**
   * A member who leaves (deactivated) no longer presents: their upcoming breakfasts go to the
   * next in line, who are told, inside the caller's transaction.
   */
  async release(em: EntityManager, memberId: string): Promise<void> {
    const series = await this.breakfasts.lockSeries(em);
    const dates = await this.rota.unassignUpcoming(em, memberId);
    await this.rota.declinePendingSwapsOf(em, await this.rota.sessionIdsOn(em, series.id, dates));
    await fillOpenSlots(em, this.rota, series, dates, { notifications: this.notifications, actorId: null });
  }

  /**
   * The presenter gives their slot back: they become unavailable that date, keep their place
   * in line (a slot not held is not counted), and the next in line takes the slot. The managers are told, and so
   * is the new presenter.
   */
  async decline(viewer: AuthenticatedMember, id: string): Promise<BreakfastSession> {
    return this.breakfasts.manager.transaction(async (em) => {
      const series = await this.breakfasts.lockSeries(em);
      const [session] = await this.rota.lockSessions(em, [id]);
      if (!session) throw breakfastNotFound();
      if (session.presenter_id !== viewer.id) throw notThePresenter();
      if (session.cancelled) throw breakfastCancelled();
      if (!session.upcoming) throw breakfastPast();
      await this.rota.markUnavailable(em, viewer.id, session.date);
      await this.rota.updateSession(em, id, { presenter_id: null, presenter_confirmed: false, topic: null });
      await this.rota.declinePendingSwapsOf(em, [id]);
      await this.notifications.notify(em, {
        memberIds: await this.rota.managersToTell(em, viewer.id),
        kind: 'presenter_declined',
        data: { presenterName: viewer.displayName, date: session.date },
        link: '/breakfasts',
      });
      await fillOpenSlots(em, this.rota, series, [session.date], { notifications: this.notifications, actorId: viewer.id });
      return (await this.sessions.views(em, viewer.id, { ids: [id] }))[0]!;
    });
  }
}
