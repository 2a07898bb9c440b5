/* npm run bench:seating
   Plans the public social-golfer instances (groups-size-rounds, at their best-known round counts) and a realistic
   networking lunch with the seating planner of @tertulia/domain, next to a random shuffle of the same people.
   Targets: zero repeats on each instance in ≤ 1 s (8-4-10 in ≤ 60 s); the lunch with zero repeats and ≥ 90 % of wants
   in ≤ 200 ms. */
import { performance } from 'node:perf_hooks';
import { planSeating, seededRandom, shuffleInPlace, type SeatingInput, type SeatingPlan } from '@tertulia/domain';

interface BenchCase {
  name: string;
  input: SeatingInput;
}

const GOLFER_INSTANCES: [groups: number, size: number, rounds: number, budgetMs: number][] = [
  [5, 3, 7, 1_000],
  [4, 4, 5, 1_000],
  [5, 4, 5, 1_000],
  [6, 4, 7, 1_000],
  [7, 4, 9, 1_000],
  [5, 5, 6, 1_000],
  [8, 4, 9, 1_000],
  [8, 4, 10, 60_000],
];
const SEED = 2026;

function golferCase([groups, size, rounds, budgetMs]: (typeof GOLFER_INSTANCES)[number]): BenchCase {
  return {
    name: `${groups}-${size}-${rounds}`,
    input: { attendees: people(groups * size), rounds, tableSize: size, seed: SEED, timeBudgetMs: budgetMs },
  };
}

/** 60 attendees at tables of 6 for 4 rounds; 40 distinct picks drawn with a fixed seed, a few of them mutual (weight 2). */
function lunchCase(): BenchCase {
  const attendees = people(60);
  const random = seededRandom(SEED);
  const picked = new Set<string>();
  const wants: [string, string, number][] = [];
  while (wants.length < 40) {
    const a = Math.floor(random() * 60);
    const b = Math.floor(random() * 60);
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || picked.has(key)) continue;
    picked.add(key);
    wants.push([attendees[a]!, attendees[b]!, random() < 0.25 ? 2 : 1]);
  }
  return { name: 'lunch 60/6/4', input: { attendees, rounds: 4, tableSize: 6, wants, seed: SEED } };
}

function people(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `p${i + 1}`);
}

/** The baseline: everyone shuffled at random each round into the same table sizes; repeats counted as the planner counts them. */
function shuffleBaseline(input: SeatingInput, plan: SeatingPlan): { repeats: number; wants: number } {
  const random = seededRandom(SEED + 1);
  const meetings = new Map<string, number>();
  for (const round of plan.rounds) {
    const order = shuffleInPlace([...input.attendees], random);
    let next = 0;
    for (const table of round.tables) {
      const members = order.slice(next, (next += table.memberIds.length));
      for (const a of members) for (const b of members) if (a < b) meetings.set(`${a} ${b}`, (meetings.get(`${a} ${b}`) ?? 0) + 1);
    }
  }
  let repeats = 0;
  for (const count of meetings.values()) repeats += Math.max(0, count - 1);
  const wants = new Set((input.wants ?? []).map(([a, b]) => (a < b ? `${a} ${b}` : `${b} ${a}`)));
  return { repeats, wants: [...wants].filter((pair) => meetings.has(pair)).length };
}

function main(): void {
  const cases = [...GOLFER_INSTANCES.map(golferCase), lunchCase()];
  const rows: string[][] = [['case', 'repeats', 'ms', 'wants', 'baseline']];
  for (const { name, input } of cases) {
    const started = performance.now();
    const plan = planSeating(input);
    const ms = Math.round(performance.now() - started);
    const baseline = shuffleBaseline(input, plan);
    const hasWants = plan.stats.wantsTotal > 0;
    rows.push([
      name,
      `repeats=${plan.stats.repeatPairs}`,
      `ms=${ms}`,
      hasWants ? `wants=${plan.stats.wantsSatisfied}/${plan.stats.wantsTotal}` : '',
      `baseline repeats=${baseline.repeats}${hasWants ? ` wants=${baseline.wants}/${plan.stats.wantsTotal}` : ''}`,
    ]);
    process.stdout.write(`${formatRow(rows[rows.length - 1]!, rows)}\n`);
  }
}

/** Pads to the widths of the header and the widest possible values so lines align as they are printed. */
function formatRow(row: string[], rows: string[][]): string {
  const widths = [14, 11, 9, 11, 0];
  return row.map((cell, i) => cell.padEnd(Math.max(widths[i]!, ...rows.map((r) => r[i]!.length)))).join('  ').trimEnd();
}

process.stdout.write(`${formatRow(['case', 'repeats', 'ms', 'wants', 'baseline (random shuffle)'], [])}\n`);
main();
