import { SEATING_DEFAULT_TIME_BUDGET_MS, SeatingInputError, SeatingInputSchema, type SeatingInput } from './seating.schema';

/** The input turned into indices: attendee i is `attendees[i]`, pair (a, b) is `a * n + b`, stored both ways. */
export interface SeatingProblem {
  attendees: string[];
  n: number;
  rounds: number;
  tableCount: number;
  /** Seats at each table, per round: as even as the capacities and the fixed seats allow. */
  sizes: number[][];
  /** `fixedTable[r][i]`: the table attendee i must sit at in round r, or -1. */
  fixedTable: Int32Array[];
  wantWeight: Float64Array;
  never: Uint8Array;
  /** How often the pair met before. */
  history: Uint16Array;
  /** Distinct pairs (a < b) with a want, with a never, with history; for scans and stats. */
  wantPairs: [number, number][];
  neverPairs: [number, number][];
  historyPairs: [number, number][];
  wantTotalWeight: number;
  seed: number;
  timeBudgetMs: number;
}

/** Validates the input, refusing what no plan can satisfy, and indexes it. */
export function normalizeInput(raw: SeatingInput): SeatingProblem {
  const parsed = SeatingInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SeatingInputError('SEATING_INVALID', 'The seating input is not valid.', { issues: parsed.error.issues });
  }
  const input = parsed.data;
  const attendees = input.attendees;
  const n = attendees.length;
  const index = new Map<string, number>();
  attendees.forEach((id, i) => {
    if (index.has(id)) throw new SeatingInputError('SEATING_DUPLICATE_ATTENDEE', `${id} is listed twice.`, { memberId: id });
    index.set(id, i);
  });

  const capacities = input.tableSizes ?? new Array<number>(Math.ceil(n / input.tableSize!)).fill(input.tableSize!);
  const seats = capacities.reduce((sum, c) => sum + c, 0);
  if (seats < n) {
    throw new SeatingInputError('SEATING_NOT_ENOUGH_SEATS', `${seats} seats for ${n} attendees.`, { seats, attendees: n });
  }
  const tableCount = capacities.length;
  const rounds = input.rounds;

  const pairIndexed = <T extends { length: number }>(make: (size: number) => T) => make(n * n);
  const never = pairIndexed((size) => new Uint8Array(size));
  const neverPairs: [number, number][] = [];
  for (const [a, b] of input.never ?? []) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j || never[i * n + j]) continue;
    never[i * n + j] = never[j * n + i] = 1;
    neverPairs.push([Math.min(i, j), Math.max(i, j)]);
  }

  const fixedTable = Array.from({ length: rounds }, () => new Int32Array(n).fill(-1));
  for (const seat of input.fixed ?? []) {
    const i = index.get(seat.memberId);
    if (i === undefined) {
      throw new SeatingInputError('SEATING_UNKNOWN_MEMBER', `${seat.memberId} is not an attendee.`, { memberId: seat.memberId });
    }
    if (seat.table > tableCount || (seat.round !== undefined && seat.round > rounds)) {
      throw new SeatingInputError('SEATING_FIXED_OUT_OF_RANGE', `There is no table ${seat.table} in round ${seat.round ?? 'any'}.`, {
        memberId: seat.memberId,
        table: seat.table,
        round: seat.round ?? null,
        tables: tableCount,
        rounds,
      });
    }
    const inRounds = seat.round === undefined ? [...Array(rounds).keys()] : [seat.round - 1];
    for (const r of inRounds) {
      const already = fixedTable[r]![i]!;
      if (already !== -1 && already !== seat.table - 1) {
        throw new SeatingInputError('SEATING_FIXED_CONFLICT', `${seat.memberId} is fixed at two tables in round ${r + 1}.`, {
          memberId: seat.memberId,
          round: r + 1,
          tables: [already + 1, seat.table],
        });
      }
      fixedTable[r]![i] = seat.table - 1;
    }
  }

  const sizes = fixedTable.map((fixed, r) => {
    const atTable: number[][] = capacities.map(() => []);
    fixed.forEach((t, i) => t >= 0 && atTable[t]!.push(i));
    atTable.forEach((members, t) => {
      if (members.length > capacities[t]!) {
        throw new SeatingInputError('SEATING_FIXED_OVER_CAPACITY', `Table ${t + 1} seats ${capacities[t]}, ${members.length} are fixed there.`, {
          table: t + 1,
          round: r + 1,
          capacity: capacities[t],
          fixed: members.length,
        });
      }
      for (const a of members) {
        for (const b of members) {
          if (a < b && never[a * n + b]) {
            throw new SeatingInputError('SEATING_FIXED_CONFLICT', `${attendees[a]} and ${attendees[b]} are fixed together but must never sit together.`, {
              memberIds: [attendees[a], attendees[b]],
              table: t + 1,
              round: r + 1,
            });
          }
        }
      }
    });
    return spreadEvenly(n, capacities, atTable.map((members) => members.length));
  });

  const wantWeight = pairIndexed((size) => new Float64Array(size));
  const wantPairs: [number, number][] = [];
  for (const [a, b, weight] of input.wants ?? []) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    if (wantWeight[i * n + j] === 0) wantPairs.push([Math.min(i, j), Math.max(i, j)]);
    wantWeight[i * n + j] += weight;
    wantWeight[j * n + i] += weight;
  }

  const history = pairIndexed((size) => new Uint16Array(size));
  const historyPairs: [number, number][] = [];
  for (const [a, b] of input.history ?? []) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    if (history[i * n + j] === 0) historyPairs.push([Math.min(i, j), Math.max(i, j)]);
    if (history[i * n + j] < 0xffff) {
      history[i * n + j] += 1;
      history[j * n + i] += 1;
    }
  }

  return {
    attendees,
    n,
    rounds,
    tableCount,
    sizes,
    fixedTable,
    wantWeight,
    never,
    history,
    wantPairs,
    neverPairs,
    historyPairs,
    wantTotalWeight: wantPairs.reduce((sum, [a, b]) => sum + wantWeight[a * n + b]!, 0),
    seed: input.seed ?? 0,
    timeBudgetMs: input.timeBudgetMs ?? SEATING_DEFAULT_TIME_BUDGET_MS,
  };
}

/**
 * Water-filling: start every table at its fixed count, then give the next person to the emptiest table that has
 * room (the lowest number on ties). Equal capacities give sizes differing by at most one.
 */
function spreadEvenly(people: number, capacities: number[], atLeast: number[]): number[] {
  const sizes = [...atLeast];
  for (let placed = sizes.reduce((sum, s) => sum + s, 0); placed < people; placed++) {
    let emptiest = -1;
    sizes.forEach((size, t) => {
      if (size < capacities[t]! && (emptiest === -1 || size < sizes[emptiest]!)) emptiest = t;
    });
    sizes[emptiest] += 1;
  }
  return sizes;
}
