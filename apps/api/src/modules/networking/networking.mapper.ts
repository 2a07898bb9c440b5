import type { MemberRef, NetworkingPlan } from '@tertulia/domain';
import { toMemberRef, type MemberRefRow } from '../members/member-ref';
import type { PlanRow, SeatRow } from './networking.repository';

/** A seated person with what a table card shows. */
export type PersonRow = MemberRefRow;

/**
 * The stored plan as rounds of tables (1-based numbers become positions); a round or table nobody sits at any more
 * still shows, empty, so numbers never shift. `going` is today's going list, to tell whether the plan is outdated.
 */
export function toPlan(plan: PlanRow, seats: SeatRow[], locks: { round: number; table_no: number }[], people: PersonRow[], going: string[]): NetworkingPlan {
  const roundCount = Math.max(plan.rounds, ...seats.map((seat) => seat.round));
  const tableCount = Math.max(0, ...seats.map((seat) => seat.table_no));
  const locked = new Set(locks.map((lock) => `${lock.round}:${lock.table_no}`));
  const rounds = Array.from({ length: roundCount }, (_, r) => ({
    tables: Array.from({ length: tableCount }, (_, t) => ({ memberIds: [] as string[], locked: locked.has(`${r + 1}:${t + 1}`) })),
  }));
  for (const seat of seats) rounds[seat.round - 1]!.tables[seat.table_no - 1]!.memberIds.push(seat.member_id);
  const seated = new Set(seats.filter((seat) => seat.round === 1).map((seat) => seat.member_id));
  const outdated = going.length !== seated.size || going.some((id) => !seated.has(id));
  return {
    rounds,
    stats: {
      repeatPairs: plan.repeat_pairs,
      wantsSatisfied: plan.wants_satisfied,
      wantsTotal: plan.wants_total,
      newPairs: plan.new_pairs,
    },
    tableSize: plan.table_size,
    seed: plan.seed ?? 0,
    generatedAt: plan.generated_at?.toISOString() ?? '',
    outdated,
    people: people.map(toMemberRef),
  };
}
