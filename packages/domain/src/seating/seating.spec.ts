import { planSeating } from './seating';
import { SeatingInputError, SeatingPlanSchema, type SeatingInput } from './seating.schema';
import { people, planViolations, tableSizesOf } from './seating.test-helpers';

const expectRefused = (input: SeatingInput, code: string) => {
  try {
    planSeating(input);
  } catch (error) {
    expect(error).toBeInstanceOf(SeatingInputError);
    expect((error as SeatingInputError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
};

describe('planSeating', () => {
  it.each([
    ['5-3-7', 5, 3, 7, 500],
    ['4-4-5', 4, 4, 5, 500],
    ['5-5-6', 5, 5, 6, 500],
    ['5-4-5', 5, 4, 5, 500],
    ['8-4-9', 8, 4, 9, 500],
    ['7-4-9', 7, 4, 9, 500],
    ['6-4-7', 6, 4, 7, 500],
    // Its design search gets a share of the budget in steps; this seed needs some 60 000 (2000 ms buys 100 000).
    ['8-4-10', 8, 4, 10, 2000],
  ])('plans the complete or constructible instance %s without a repeat', (_name, groups, size, rounds, timeBudgetMs) => {
    const input = { attendees: people(groups * size), rounds, tableSize: size, seed: 7, timeBudgetMs };
    const plan = planSeating(input);
    expect(planViolations(input, plan)).toEqual([]);
    expect(plan.stats.repeatPairs).toBe(0);
    const n = groups * size;
    expect(plan.stats.newPairs).toBe((rounds * groups * size * (size - 1)) / 2);
    if (rounds * (size - 1) === n - 1) expect(plan.stats.newPairs).toBe((n * (n - 1)) / 2);
    expect(SeatingPlanSchema.parse(plan)).toEqual(plan);
  });

  it('keeps a host at table 1 in every round, also on a constructed design', () => {
    const input = { attendees: people(16), rounds: 5, tableSize: 4, fixed: [{ memberId: 'm9', table: 1 }], seed: 3 };
    const plan = planSeating(input);
    expect(planViolations(input, plan)).toEqual([]);
    expect(plan.rounds.every((round) => round.tables[0]!.memberIds.includes('m9'))).toBe(true);
    expect(plan.stats.repeatPairs).toBe(0);
  });

  it('keeps the locked tables of one round and plans the rest around them', () => {
    const locked = [
      { memberId: 'm1', table: 2, round: 2 },
      { memberId: 'm2', table: 2, round: 2 },
      { memberId: 'm3', table: 2, round: 2 },
      { memberId: 'm4', table: 2, round: 2 },
    ];
    const input = { attendees: people(16), rounds: 3, tableSize: 4, fixed: locked, seed: 1, timeBudgetMs: 300 };
    const plan = planSeating(input);
    expect(planViolations(input, plan)).toEqual([]);
    expect(plan.rounds[1]!.tables[1]!.memberIds).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(plan.stats.repeatPairs).toBe(0);
  });

  it('never seats a never-together pair at one table', () => {
    const never: [string, string][] = [
      ['m1', 'm2'],
      ['m1', 'm3'],
      ['m2', 'm3'],
      ['m4', 'm5'],
    ];
    const input = { attendees: people(12), rounds: 3, tableSize: 4, never, seed: 2, timeBudgetMs: 300 };
    expect(planViolations(input, planSeating(input))).toEqual([]);
  });

  it('spreads uneven numbers over ceil(n / tableSize) tables differing by at most one', () => {
    const input = { attendees: people(23), rounds: 2, tableSize: 6, seed: 4, timeBudgetMs: 200 };
    const plan = planSeating(input);
    expect(tableSizesOf(plan)).toEqual([
      [6, 6, 6, 5],
      [6, 6, 6, 5],
    ]);
    expect(planViolations(input, plan)).toEqual([]);
  });

  it('fills tables of different capacities as evenly as they allow', () => {
    const input = { attendees: people(10), rounds: 2, tableSizes: [2, 6, 6], seed: 4, timeBudgetMs: 200 };
    const plan = planSeating(input);
    expect(tableSizesOf(plan)).toEqual([
      [2, 4, 4],
      [2, 4, 4],
    ]);
    expect(planViolations(input, plan)).toEqual([]);
  });

  it('meets the wants it can, counts them once per pair, and avoids pairs who met before', () => {
    const input = {
      attendees: people(16),
      rounds: 2,
      tableSize: 4,
      wants: [
        ['m1', 'm12', 1],
        ['m12', 'm1', 2],
        ['m2', 'm11', 1],
        ['m1', 'nobody', 5],
      ] as [string, string, number][],
      history: [['m3', 'm4']] as [string, string][],
      seed: 5,
      timeBudgetMs: 300,
    };
    const plan = planSeating(input);
    expect(plan.stats).toMatchObject({ repeatPairs: 0, wantsSatisfied: 2, wantsTotal: 2 });
    expect(plan.rounds.some((round) => round.tables.some((t) => t.memberIds.includes('m3') && t.memberIds.includes('m4')))).toBe(false);
  });

  it('minimises repeats when they cannot be avoided', () => {
    const input = { attendees: people(8), rounds: 4, tableSize: 4, seed: 1, timeBudgetMs: 200 };
    const plan = planSeating(input);
    expect(planViolations(input, plan)).toEqual([]);
    // 8 people in tables of 4: each round 12 pairs among 28, so 4 rounds (48 meetings) repeat at least 20 times.
    expect(plan.stats.repeatPairs).toBeGreaterThanOrEqual(20);
    expect(plan.stats.repeatPairs).toBeLessThanOrEqual(24);
  });

  describe('refuses impossible input', () => {
    const base = { attendees: people(8), rounds: 2, tableSize: 4 };
    it.each<[string, SeatingInput, string]>([
      ['duplicate attendees', { ...base, attendees: ['a', 'b', 'a'] }, 'SEATING_DUPLICATE_ATTENDEE'],
      ['too few seats', { ...base, tableSizes: [3, 3], tableSize: undefined }, 'SEATING_NOT_ENOUGH_SEATS'],
      ['both tableSize and tableSizes', { ...base, tableSizes: [4, 4] }, 'SEATING_INVALID'],
      ['zero rounds', { ...base, rounds: 0 }, 'SEATING_INVALID'],
      ['an unknown fixed member', { ...base, fixed: [{ memberId: 'ghost', table: 1 }] }, 'SEATING_UNKNOWN_MEMBER'],
      ['a table that does not exist', { ...base, fixed: [{ memberId: 'm1', table: 3 }] }, 'SEATING_FIXED_OUT_OF_RANGE'],
      ['a round that does not exist', { ...base, fixed: [{ memberId: 'm1', table: 1, round: 3 }] }, 'SEATING_FIXED_OUT_OF_RANGE'],
      [
        'one person fixed at two tables',
        { ...base, fixed: [{ memberId: 'm1', table: 1 }, { memberId: 'm1', table: 2, round: 2 }] },
        'SEATING_FIXED_CONFLICT',
      ],
      [
        'fixed seats against never-together',
        { ...base, never: [['m1', 'm2']], fixed: [{ memberId: 'm1', table: 1 }, { memberId: 'm2', table: 1 }] },
        'SEATING_FIXED_CONFLICT',
      ],
      [
        'more fixed at a table than it seats',
        { ...base, fixed: ['m1', 'm2', 'm3', 'm4', 'm5'].map((memberId) => ({ memberId, table: 1, round: 1 })) },
        'SEATING_FIXED_OVER_CAPACITY',
      ],
      [
        'never-together nobody can keep (three people, two tables)',
        { attendees: people(4), rounds: 1, tableSize: 2, never: [['m1', 'm2'], ['m1', 'm3'], ['m2', 'm3']], timeBudgetMs: 50 },
        'SEATING_NEVER_UNSATISFIABLE',
      ],
    ])('%s', (_name, input, code) => expectRefused(input, code));
  });
});
