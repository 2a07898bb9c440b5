import { designFor, searchedDesignFor } from './designs';
import { compareScores } from './objective';
import { greedyRounds } from './greedy-start';
import { normalizeInput, type SeatingProblem } from './normalize-input';
import { SeatingInputError, type SeatingInput, type SeatingPlan } from './seating.schema';
import { countMeetings, seatingFromTables, type Seating } from './seating-state';
import { seededRandom, shuffleInPlace, type Random } from '../common/seeded-random';
import { tabuSearch } from './tabu-search';

/**
 * Search effort per millisecond of `timeBudgetMs`, in pair updates: the search stops after
 * timeBudgetMs × SEATING_WORK_PER_MS of them, which took about half the budget on a busy 2-core machine. Counting work
 * instead of watching the clock keeps the plan a function of the input and the seed; the clock is only a safety cap.
 */
export const SEATING_WORK_PER_MS = 40_000;
/** Fresh starts after a search stalls with repeats left; the work budget usually runs out first. */
const MAX_RESTARTS = 50;
/** Relabellings of a known design tried before giving up on it (each must respect fixed seats and never-together). */
const DESIGN_RELABEL_TRIES = 24;
/**
 * Steps of the design search (invariant-resolution.ts) per millisecond of budget: about half of it if all are spent
 * (some 100 steps took a millisecond on a busy 2-core machine); 8-4-10 needed at most 72 000 over 30 seeds.
 */
const DESIGN_SEARCH_NODES_PER_MS = 50;
/** Work units one design-search step costs (SEATING_WORK_PER_MS / ~100), taken from the local search's budget. */
const WORK_PER_DESIGN_SEARCH_NODE = 400;

/**
 * Plans who sits where in each round. Never-together pairs are never seated together, fixed seats are kept, and
 * everyone sits once per round at tables as even as the capacities allow; then, in this order: no pair meets twice
 * (or Σ (meetings − 1)² as small as found), as many wants as possible, as few pairs who met before.
 * Same input and seed give the same plan as long as the time budget (a safety cap) is not what stopped the search.
 * Throws SeatingInputError for input no plan can satisfy.
 */
export function planSeating(input: SeatingInput): SeatingPlan {
  const problem = normalizeInput(input);
  const random = seededRandom(problem.seed);
  const deadline = Date.now() + problem.timeBudgetMs;
  let workLeft = problem.timeBudgetMs * SEATING_WORK_PER_MS;
  const designed = designStart(problem, random);
  workLeft -= designed.work;
  let start = designed.seating ?? seatingFromTables(problem, greedyRounds(problem, [], 0, random));
  let result = tabuSearch(problem, start, random, { maxWork: workLeft, deadline });
  // Random restarts (as Dotú & Van Hentenryck do): a search stuck on repeats starts again from a fresh greedy plan.
  for (let restart = 0; restart < MAX_RESTARTS && result.stalledOnRepeats; restart++) {
    workLeft -= result.work;
    if (workLeft <= 0) break;
    start = seatingFromTables(problem, greedyRounds(problem, [], 0, random));
    const next = tabuSearch(problem, start, random, { maxWork: workLeft, deadline });
    result = { ...(compareScores(next.score, result.score) < 0 ? next : result), work: next.work, stalledOnRepeats: next.stalledOnRepeats };
  }
  if (result.score.never > 0) {
    throw new SeatingInputError('SEATING_NEVER_UNSATISFIABLE', 'No seating was found that keeps every never-together pair apart.', {
      neverPairs: problem.neverPairs.length,
    });
  }
  return toPlan(problem, result.seating);
}

/**
 * When every table of every round seats the same k people and a known design covers all rounds (see designs.ts),
 * or one is found by a bounded search, start from it, relabelled by a seeded permutation and with its tables ordered
 * to honour fixed seats. No seating when nothing fits or no tried relabelling keeps both the fixed seats and the
 * never-together pairs; `work` is what the design search spent, in the units of the local search's budget.
 */
function designStart(problem: SeatingProblem, random: Random): { seating?: Seating; work: number } {
  const sizes = problem.sizes[0]!;
  const k = sizes[0]!;
  if (!problem.sizes.every((round) => round.every((size) => size === k)) || k * sizes.length !== problem.n) return { work: 0 };
  let design = designFor(sizes.length, k, problem.rounds);
  let work = 0;
  // A design covering only some rounds leaves the rest no room (every pair it could use is taken): search instead.
  if (!design || design.length < problem.rounds) {
    const searched = searchedDesignFor(sizes.length, k, problem.rounds, random, problem.timeBudgetMs * DESIGN_SEARCH_NODES_PER_MS);
    design = searched?.resolution;
    work = (searched?.nodes ?? 0) * WORK_PER_DESIGN_SEARCH_NODE;
    if (!design) return { work };
  }
  for (let attempt = 0; attempt < DESIGN_RELABEL_TRIES; attempt++) {
    const label = shuffleInPlace([...Array(problem.n).keys()], random);
    const rounds: number[][][] = [];
    for (const [r, groups] of design.entries()) {
      const tables = orderTables(problem, r, groups.map((group) => group.map((point) => label[point]!)));
      if (!tables || tables.some((members) => hasNeverPair(problem, members))) break;
      rounds.push(tables);
    }
    if (rounds.length === design.length) return { seating: seatingFromTables(problem, rounds), work };
  }
  return { work };
}

/** Puts each group at a table so that fixed seats of round r hold, or undefined if the groups split a fixed table. */
function orderTables(problem: SeatingProblem, r: number, groups: number[][]): number[][] | undefined {
  const tables: (number[] | undefined)[] = groups.map(() => undefined);
  const rest: number[][] = [];
  for (const group of groups) {
    const wanted = new Set(group.map((i) => problem.fixedTable[r]![i]!).filter((t) => t >= 0));
    if (wanted.size > 1) return undefined;
    const [table] = wanted;
    if (table === undefined) rest.push(group);
    else if (tables[table]) return undefined;
    else tables[table] = group;
  }
  return tables.map((group) => group ?? rest.shift()!);
}

function hasNeverPair(problem: SeatingProblem, members: number[]): boolean {
  return members.some((a) => members.some((b) => problem.never[a * problem.n + b] === 1));
}

function toPlan(problem: SeatingProblem, seating: Seating): SeatingPlan {
  const { n } = problem;
  const meetings = countMeetings(problem, seating);
  let repeatPairs = 0;
  let newPairs = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const m = meetings[a * n + b]!;
      if (m > 1) repeatPairs += m - 1;
      if (m > 0 && problem.history[a * n + b] === 0) newPairs++;
    }
  }
  return {
    rounds: seating.tables.map((round) => ({
      tables: round.map((members) => ({ memberIds: [...members].sort((a, b) => a - b).map((i) => problem.attendees[i]!) })),
    })),
    stats: {
      repeatPairs,
      wantsSatisfied: problem.wantPairs.filter(([a, b]) => meetings[a * n + b]! > 0).length,
      wantsTotal: problem.wantPairs.length,
      newPairs,
    },
  };
}
