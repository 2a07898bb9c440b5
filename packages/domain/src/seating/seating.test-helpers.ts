import type { SeatingInput, SeatingPlan } from './seating.schema';

/** The rules every plan must keep, whatever the search found; returns the violations found (none = valid). */
export function planViolations(input: SeatingInput, plan: SeatingPlan): string[] {
  const problems: string[] = [];
  const never = new Set((input.never ?? []).map(([a, b]) => [a, b].sort().join(' ')));
  if (plan.rounds.length !== input.rounds) problems.push(`${plan.rounds.length} rounds instead of ${input.rounds}`);
  plan.rounds.forEach((round, r) => {
    const seated = round.tables.flatMap((table) => table.memberIds);
    if ([...seated].sort().join() !== [...input.attendees].sort().join()) problems.push(`round ${r + 1} does not seat everyone exactly once`);
    const sizes = round.tables.map((table) => table.memberIds.length);
    const capacities = input.tableSizes ?? sizes.map(() => input.tableSize!);
    sizes.forEach((size, t) => size > capacities[t]! && problems.push(`round ${r + 1} table ${t + 1} over capacity`));
    round.tables.forEach((table, t) => {
      for (const a of table.memberIds) {
        for (const b of table.memberIds) if (a < b && never.has(`${a} ${b}`)) problems.push(`round ${r + 1} table ${t + 1}: ${a} with ${b}`);
      }
    });
    for (const seat of input.fixed ?? []) {
      if (seat.round !== undefined && seat.round !== r + 1) continue;
      if (!round.tables[seat.table - 1]?.memberIds.includes(seat.memberId)) problems.push(`round ${r + 1}: ${seat.memberId} not at table ${seat.table}`);
    }
  });
  return problems;
}

export function tableSizesOf(plan: SeatingPlan): number[][] {
  return plan.rounds.map((round) => round.tables.map((table) => table.memberIds.length));
}

export function people(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `m${i + 1}`);
}
