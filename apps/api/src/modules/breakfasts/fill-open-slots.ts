import { planRota } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { BreakfastSeriesEntity } from './breakfast-series.entity';
import type { RotaRepository } from './rota.repository';

/**
 * Gives the open upcoming breakfasts of these dates a presenter with the fairness rule of
 * @tertulia/domain; returns how many got one. The caller holds the series lock.
 */
export async function fillOpenSlots(
  em: EntityManager,
  rota: RotaRepository,
  series: BreakfastSeriesEntity,
  dates: string[],
): Promise<number> {
  const slots = await rota.openUpcomingSessions(em, series.id, dates);
  if (slots.length === 0) return 0;
  const [candidates, history] = await Promise.all([
    rota.candidates(em, slots[0]!.date, slots[slots.length - 1]!.date),
    rota.lastPresentations(em, series.id),
  ]);
  const sessionOn = new Map(slots.map((slot) => [slot.date, slot.id]));
  const assignments = planRota({ slots: slots.map((slot) => slot.date), candidates, history }).flatMap(({ date, memberId }) =>
    memberId ? [{ sessionId: sessionOn.get(date)!, memberId }] : [],
  );
  await rota.assign(em, assignments);
  return assignments.length;
}
