import { planRota } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { NotificationsService } from '../notifications/notifications.service';
import type { BreakfastSeriesEntity } from './breakfast-series.entity';
import type { RotaRepository } from './rota.repository';

/** Who is told about new presenters, and who made the change (never told of their own doing; null: nobody, a job). */
export interface RotaNotice {
  notifications: NotificationsService;
  actorId: string | null;
}

/**
 * Gives the open upcoming breakfasts of these dates a presenter with the fairness rule of
 * @tertulia/domain, and tells each new presenter (with `notice`; the demo seed gives null: nobody is
 * told); returns how many got one. The caller holds the series lock.
 */
export async function fillOpenSlots(
  em: EntityManager,
  rota: RotaRepository,
  series: BreakfastSeriesEntity,
  dates: string[],
  notice: RotaNotice | null,
): Promise<number> {
  const slots = await rota.openUpcomingSessions(em, series.id, dates);
  if (slots.length === 0) return 0;
  const [candidates, history] = await Promise.all([
    rota.candidates(em, slots[0]!.date, slots[slots.length - 1]!.date),
    rota.lastPresentations(em, series.id),
  ]);
  const sessionOn = new Map(slots.map((slot) => [slot.date, slot.id]));
  const assignments = planRota({ slots: slots.map((slot) => slot.date), candidates, history }).flatMap(({ date, memberId }) =>
    memberId ? [{ sessionId: sessionOn.get(date)!, memberId, date }] : [],
  );
  await rota.assign(em, assignments);
  if (notice) await tellAssigned(em, notice, assignments);
  return assignments.length;
}

/** Tells each new presenter the date of their breakfast (not whoever made the change), in the caller's transaction. */
export async function tellAssigned(em: EntityManager, notice: RotaNotice, assignments: { memberId: string; date: string }[]): Promise<void> {
  const recipients = assignments
    .filter(({ memberId }) => memberId !== notice.actorId)
    .map(({ memberId, date }) => ({ memberId, data: { date }, dedupeKey: null }));
  await notice.notifications.notifyEach(em, { kind: 'breakfast_assigned', link: '/breakfasts', recipients });
}
