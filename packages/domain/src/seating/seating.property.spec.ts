import fc from 'fast-check';
import { planSeating } from './seating';
import { SeatingInputError, type SeatingInput } from './seating.schema';
import { people, planViolations, tableSizesOf } from './seating.test-helpers';

/** Small random lunches: some never-together pairs, wants, history, hosts and locked seats; tiny budgets keep it fast. */
const lunchInput: fc.Arbitrary<SeatingInput> = fc
  .record({
    n: fc.integer({ min: 2, max: 24 }),
    rounds: fc.integer({ min: 1, max: 4 }),
    tableSize: fc.integer({ min: 2, max: 6 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 2 })), { maxLength: 20 }),
    fixed: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.nat(), { nil: undefined })), { maxLength: 3 }),
  })
  .map(({ n, rounds, tableSize, seed, pairs, fixed }) => {
    const attendees = people(n);
    const tables = Math.ceil(n / tableSize);
    const pick = (i: number) => attendees[i % n]!;
    const never: [string, string][] = [];
    const wants: [string, string, number][] = [];
    const history: [string, string][] = [];
    for (const [a, b, kind] of pairs) {
      if (kind === 0 && never.length < 2) never.push([pick(a), pick(b)]);
      if (kind === 1) wants.push([pick(a), pick(b), 1 + (b % 3)]);
      if (kind === 2) history.push([pick(a), pick(b)]);
    }
    // At most one fixed seat per person, at distinct tables, so fixed seats alone never contradict each other.
    const seats = new Map<string, { memberId: string; table: number; round?: number }>();
    fixed.forEach(([who, table, round], k) => {
      const memberId = pick(who);
      if (!seats.has(memberId) && k < tables) seats.set(memberId, { memberId, table: 1 + ((table + k) % tables), round: round === undefined ? undefined : 1 + (round % rounds) });
    });
    return { attendees, rounds, tableSize, never, wants, history, fixed: [...seats.values()], seed, timeBudgetMs: 40 };
  });

const plannedOrRefusedForNever = (input: SeatingInput) => {
  try {
    return planSeating(input);
  } catch (error) {
    // A random never pair may clash with a random fixed seat, or leave too few tables: the only refusals allowed.
    if (error instanceof SeatingInputError && ['SEATING_FIXED_CONFLICT', 'SEATING_NEVER_UNSATISFIABLE'].includes(error.code)) return undefined;
    throw error;
  }
};

describe('planSeating properties', () => {
  it('seats everyone once per round, within capacity, keeps fixed seats and never-together', () => {
    fc.assert(
      fc.property(lunchInput, (input) => {
        const plan = plannedOrRefusedForNever(input);
        if (plan) expect(planViolations(input, plan)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('without fixed seats, uses ceil(n / tableSize) tables whose sizes differ by at most one', () => {
    fc.assert(
      fc.property(lunchInput, (input) => {
        const plan = plannedOrRefusedForNever({ ...input, fixed: [] });
        if (!plan) return;
        for (const sizes of tableSizesOf(plan)) {
          expect(sizes).toHaveLength(Math.ceil(input.attendees.length / input.tableSize!));
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same plan for the same input and seed', () => {
    fc.assert(
      fc.property(lunchInput, (input) => {
        // A generous cap so the counted search, not the clock, is what stops it; small lunches keep it quick.
        const generous = { ...input, attendees: input.attendees.slice(0, 10), fixed: [], timeBudgetMs: 2_000 };
        const first = plannedOrRefusedForNever(generous);
        expect(plannedOrRefusedForNever(generous)).toEqual(first);
      }),
      { numRuns: 8 },
    );
  });

  it('stats agree with the plan', () => {
    fc.assert(
      fc.property(lunchInput, (input) => {
        const plan = plannedOrRefusedForNever(input);
        if (!plan) return;
        const meetings = new Map<string, number>();
        for (const round of plan.rounds) {
          for (const { memberIds } of round.tables) {
            for (const a of memberIds) for (const b of memberIds) if (a < b) meetings.set(`${a} ${b}`, (meetings.get(`${a} ${b}`) ?? 0) + 1);
          }
        }
        const key = ([a, b]: [string, string] | [string, string, number]) => (a < b ? `${a} ${b}` : `${b} ${a}`);
        const wanted = new Set(input.wants!.filter(([a, b]) => a !== b).map(key));
        const before = new Set(input.history!.map(key));
        expect(plan.stats.repeatPairs).toBe([...meetings.values()].reduce((sum, m) => sum + m - 1, 0));
        expect(plan.stats.wantsTotal).toBe(wanted.size);
        expect(plan.stats.wantsSatisfied).toBe([...wanted].filter((pair) => meetings.has(pair)).length);
        expect(plan.stats.newPairs).toBe([...meetings.keys()].filter((pair) => !before.has(pair)).length);
      }),
      { numRuns: 40 },
    );
  });
});
