import { Injectable } from '@nestjs/common';
import { planRota, weeklyDates, type BreakfastSession, type GenerateRotaResult } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { todayIn } from '../../common/time/today';
import type { BreakfastSeriesEntity } from './breakfast-series.entity';
import { breakfastCancelled, breakfastNotFound, breakfastPast, breakfastsOff, notThePresenter } from './breakfasts.errors';
import { BreakfastsRepository } from './breakfasts.repository';
import { BreakfastsService } from './breakfasts.service';
import { RotaRepository } from './rota.repository';

/** Fills the presenter rota with the fairness rule of @tertulia/domain. */
@Injectable()
export class RotaService {
  constructor(
    private readonly breakfasts: BreakfastsRepository,
    private readonly rota: RotaRepository,
    private readonly sessions: BreakfastsService,
  ) {}

  /** Creates the breakfasts of the next weeks and fills their empty slots; assignments already made stay. */
  async generate(viewer: AuthenticatedMember, weeks: number): Promise<GenerateRotaResult> {
    return this.breakfasts.manager.transaction(async (em) => {
      const series = await this.breakfasts.lockSeries(em);
      if (!series.active) throw breakfastsOff();
      const dates = weeklyDates(todayIn(series.timezone), series.weekday, weeks);
      const closures = await this.breakfasts.closuresBetween(em, series.id, dates[0]!, dates[dates.length - 1]!);
      const open = dates.filter((date) => !closures.some((closure) => closure.fromDate <= date && date <= closure.toDate));
      const created = await this.rota.insertSessions(em, series, open);
      const assigned = await this.fill(em, series, open);
      const rows = await this.breakfasts.sessionViews(viewer.id, { seriesId: series.id, from: dates[0]!, to: dates[dates.length - 1]! }, em);
      const items = await this.sessions.views(em, viewer.id, rows.map((row) => row.id));
      return { created, assigned, items };
    });
  }

  /**
   * The presenter gives their slot back: they become unavailable that date, keep their place
   * in line (a slot not held is not counted), and the next in line takes the slot.
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
      await this.rota.updateSession(em, id, { presenter_id: null, presenter_confirmed: false });
      await this.rota.declinePendingSwapsOf(em, [id]);
      await this.fill(em, series, [session.date]);
      return (await this.sessions.views(em, viewer.id, [id]))[0]!;
    });
  }

  /** Assigns the open upcoming breakfasts of these dates; returns how many got a presenter. */
  private async fill(em: EntityManager, series: BreakfastSeriesEntity, dates: string[]): Promise<number> {
    const slots = await this.rota.openUpcomingSessions(em, series.id, dates);
    if (slots.length === 0) return 0;
    const [candidates, history] = await Promise.all([
      this.rota.candidates(em, slots[0]!.date, slots[slots.length - 1]!.date),
      this.rota.lastPresentations(em, series.id),
    ]);
    const plan = planRota({ slots: slots.map((slot) => slot.date), candidates, history });
    const assignments = plan.flatMap(({ date, memberId }) => {
      const slot = slots.find((s) => s.date === date);
      return memberId && slot ? [{ sessionId: slot.id, memberId }] : [];
    });
    await this.rota.assign(em, assignments);
    return assignments.length;
  }
}
