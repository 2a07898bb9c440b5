import type { SeatingProblem } from './normalize-input';
import { addPairChange, compareScores, isPerfect, scoreMeetings, ZERO_SCORE, type Score } from './objective';
import { randomInt, type Random } from '../common/seeded-random';
import { copySeating, countMeetings, type Seating } from './seating-state';

export interface SearchLimits {
  /** Deterministic budget in pair updates: one per pair on plain instances, GOALS per pair when all goals are weighed. */
  maxWork: number;
  /** Safety cap (ms since the epoch); reaching it makes the result depend on the machine's speed. */
  deadline: number;
}

export interface SearchResult {
  seating: Seating;
  score: Score;
  iterations: number;
  /** Pair updates spent, in the units of SearchLimits.maxWork. */
  work: number;
  stoppedByDeadline: boolean;
  /** Stopped for lack of progress while avoidable repeats remained: a fresh start may do better. */
  stalledOnRepeats: boolean;
}

/** Iterations without a new best before going back to the best plan with a small random shake. */
const MAX_STABLE = 400;
const TABU_TENURE_MIN = 4;
const TABU_TENURE_SPREAD = 12;
const PERTURBATION_SWAPS_MAX = 3;
/** Once nothing hard is left (no conflict, no repeat), give up on wants and history after this long without gain. */
const SOFT_STALL_ITERATIONS = 1_000;
/** The same when repeats remain but cannot all be avoided (pigeonhole). */
const UNAVOIDABLE_STALL_ITERATIONS = 1_500;
/** While never-together conflicts or avoidable repeats remain: this many iterations per seat without a new best. */
const HARD_STALL_ITERATIONS_PER_SEAT = 100;
const HARD_STALL_ITERATIONS_MIN = 2_000;
const DEADLINE_CHECK_EVERY = 32;
/** never, repeats, wants, history: the general delta does this many updates per pair. */
const GOALS = 4;

/**
 * Tabu search over swaps of two people at different tables of one round, after Dotú & Van Hentenryck
 * ("Scheduling social golfers locally", CPAIOR 2005): only swaps that move someone in conflict are looked at
 * (a never-together or repeated pair at their table, someone they met before, or a wanted pair not yet met, which
 * moves one of the pair to the other's table); the best non-tabu swap is made even when it worsens the plan; a swap
 * just undone is tabu for a few iterations unless it beats the best plan; after MAX_STABLE iterations without a new
 * best, the search returns to the best plan and shakes it with a few random swaps. Fixed seats never move.
 */
export function tabuSearch(problem: SeatingProblem, start: Seating, random: Random, limits: SearchLimits): SearchResult {
  const { n, rounds } = problem;
  const seating = copySeating(start);
  const meetings = countMeetings(problem, seating);
  let score = scoreMeetings(problem, meetings);
  let best = { seating: copySeating(seating), score };
  const unavoidableRepeats = repeatsUnavoidable(problem);
  const hardStall = Math.max(HARD_STALL_ITERATIONS_MIN, HARD_STALL_ITERATIONS_PER_SEAT * n * rounds);

  const tabu = tabuList(rounds * n * n);
  const swapKey = (r: number, x: number, y: number) => (r * n + Math.min(x, y)) * n + Math.max(x, y);
  const movable = (r: number, x: number) => problem.fixedTable[r]![x] === -1;

  const delta: Score = { ...ZERO_SCORE };
  let work = 0;
  /** The change of score if x and y (at different tables of round r) swapped seats. */
  const plain = problem.neverPairs.length + problem.wantPairs.length + problem.historyPairs.length === 0;
  // Change of (m − 1)² when a pair's count m goes up or down by one, for the fast path of plain instances.
  const up = Int32Array.from({ length: rounds + 2 }, (_, m) => (m >= 1 ? 2 * m - 1 : 0));
  const down = Int32Array.from({ length: rounds + 2 }, (_, m) => (m >= 2 ? 3 - 2 * m : 0));
  const swapDelta = (r: number, x: number, y: number) => {
    delta.never = delta.repeats = delta.wants = delta.history = 0;
    const tableX = seating.tables[r]![seating.tableOf[r]![x]!]!;
    const tableY = seating.tables[r]![seating.tableOf[r]![y]!]!;
    if (plain) {
      let repeats = 0;
      const xn = x * n;
      const yn = y * n;
      for (let k = 0; k < tableX.length; k++) {
        const z = tableX[k]!;
        if (z !== x) repeats += down[meetings[xn + z]!]! + up[meetings[yn + z]!]!;
      }
      for (let k = 0; k < tableY.length; k++) {
        const z = tableY[k]!;
        if (z !== y) repeats += down[meetings[yn + z]!]! + up[meetings[xn + z]!]!;
      }
      delta.repeats = repeats;
      work += tableX.length + tableY.length;
      return delta;
    }
    for (const z of tableX) {
      if (z === x) continue;
      addPairChange(problem, x * n + z, meetings[x * n + z]!, meetings[x * n + z]! - 1, delta);
      addPairChange(problem, y * n + z, meetings[y * n + z]!, meetings[y * n + z]! + 1, delta);
    }
    for (const z of tableY) {
      if (z === y) continue;
      addPairChange(problem, y * n + z, meetings[y * n + z]!, meetings[y * n + z]! - 1, delta);
      addPairChange(problem, x * n + z, meetings[x * n + z]!, meetings[x * n + z]! + 1, delta);
    }
    work += GOALS * (tableX.length + tableY.length);
    return delta;
  };
  // How many partners each person has met more than once: zero means in conflict nowhere (the common case).
  const repeated = new Int32Array(n);
  const countRepeated = () => {
    repeated.fill(0);
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (meetings[a * n + b]! > 1) repeated[a] += 1;
  };
  countRepeated();
  const meet = (x: number, z: number, change: number) => {
    const before = meetings[x * n + z]!;
    meetings[x * n + z] += change;
    meetings[z * n + x] += change;
    if ((before === 1 && change > 0) || (before === 2 && change < 0)) {
      repeated[x] += change;
      repeated[z] += change;
    }
  };
  const applySwap = (r: number, x: number, y: number) => {
    const tx = seating.tableOf[r]![x]!;
    const ty = seating.tableOf[r]![y]!;
    const tableX = seating.tables[r]![tx]!;
    const tableY = seating.tables[r]![ty]!;
    for (const z of tableX) if (z !== x) (meet(x, z, -1), meet(y, z, 1));
    for (const z of tableY) if (z !== y) (meet(y, z, -1), meet(x, z, 1));
    tableX[tableX.indexOf(x)] = y;
    tableY[tableY.indexOf(y)] = x;
    seating.tableOf[r]![x] = ty;
    seating.tableOf[r]![y] = tx;
  };

  // Best move of the iteration; ties are broken by the seeded coin.
  let bestMove: [number, number, number] | undefined;
  let bestDelta: Score = { ...ZERO_SCORE };
  let ties = 0;
  let iteration = 0;
  const consider = (r: number, x: number, y: number) => {
    const d = swapDelta(r, x, y);
    const isTabu = (tabu.get(swapKey(r, x, y)) ?? -1) > iteration;
    if (isTabu && compareScores(addDelta(score, d), best.score) >= 0) return;
    const order = bestMove === undefined ? -1 : compareScores(d, bestDelta);
    if (order < 0) {
      bestMove = [r, x, y];
      bestDelta = { ...d };
      ties = 1;
    } else if (order === 0 && randomInt(random, ++ties) === 0) {
      bestMove = [r, x, y];
    }
  };

  let stable = 0;
  let sinceBest = 0;
  let stoppedByDeadline = false;
  let stalledOnRepeats = false;
  while (!isPerfect(problem, best.score) && work < limits.maxWork) {
    if (iteration % DEADLINE_CHECK_EVERY === 0 && Date.now() > limits.deadline) {
      stoppedByDeadline = true;
      break;
    }
    const hardLeft = best.score.never > 0 || (best.score.repeats > 0 && !unavoidableRepeats);
    const stallLimit = hardLeft ? hardStall : best.score.repeats > 0 ? UNAVOIDABLE_STALL_ITERATIONS : SOFT_STALL_ITERATIONS;
    if (sinceBest > stallLimit) {
      stalledOnRepeats = best.score.never === 0 && best.score.repeats > 0 && !unavoidableRepeats;
      break;
    }
    iteration++;

    bestMove = undefined;
    for (let r = 0; r < rounds; r++) {
      const tables = seating.tables[r]!;
      for (let t = 0; t < tables.length; t++) {
        for (const x of tables[t]!) {
          if (!movable(r, x) || (plain && repeated[x] === 0) || !inConflict(problem, meetings, x, tables[t]!)) continue;
          for (let u = 0; u < tables.length; u++) {
            if (u === t) continue;
            for (const y of tables[u]!) if (movable(r, y)) consider(r, x, y);
          }
        }
      }
    }
    for (const [a, b] of problem.wantPairs) {
      if (meetings[a * n + b]! > 0) continue;
      for (let r = 0; r < rounds; r++) {
        for (const [mover, host] of [
          [a, b],
          [b, a],
        ] as const) {
          if (!movable(r, mover)) continue;
          for (const y of seating.tables[r]![seating.tableOf[r]![host]!]!) if (y !== host && movable(r, y)) consider(r, mover, y);
        }
      }
    }

    // `consider` assigns it: TypeScript cannot see that through the closure.
    const move = bestMove as [number, number, number] | undefined;
    if (move === undefined || stable > MAX_STABLE) {
      restoreAndShake();
      continue;
    }
    const [r, x, y] = move;
    tabu.set(swapKey(r, x, y), iteration + TABU_TENURE_MIN + randomInt(random, TABU_TENURE_SPREAD));
    applySwap(r, x, y);
    score = addDelta(score, bestDelta);
    if (compareScores(score, best.score) < 0) {
      best = { seating: copySeating(seating), score };
      stable = 0;
      sinceBest = 0;
    } else {
      stable++;
      sinceBest++;
    }
  }
  return { seating: best.seating, score: best.score, iterations: iteration, work, stoppedByDeadline, stalledOnRepeats };

  function restoreAndShake() {
    const restored = copySeating(best.seating);
    seating.tables = restored.tables;
    seating.tableOf = restored.tableOf;
    meetings.set(countMeetings(problem, seating));
    countRepeated();
    tabu.clear();
    stable = 0;
    sinceBest++;
    const swaps = 1 + randomInt(random, PERTURBATION_SWAPS_MAX);
    for (let s = 0, tries = 0; s < swaps && tries < 20 * swaps; tries++) {
      const r = randomInt(random, rounds);
      const x = randomInt(random, n);
      const y = randomInt(random, n);
      if (!movable(r, x) || !movable(r, y) || seating.tableOf[r]![x] === seating.tableOf[r]![y]) continue;
      applySwap(r, x, y);
      s++;
    }
    score = scoreMeetings(problem, meetings);
  }
}

/** Expiry iteration per swap key: a flat array while it stays small, else a map. */
function tabuList(keys: number): { get(key: number): number | undefined; set(key: number, until: number): void; clear(): void } {
  if (keys <= 1 << 22) {
    const until = new Int32Array(keys);
    return { get: (key) => until[key], set: (key, value) => void (until[key] = value), clear: () => until.fill(0) };
  }
  const map = new Map<number, number>();
  return { get: (key) => map.get(key), set: (key, value) => void map.set(key, value), clear: () => map.clear() };
}

function addDelta(score: Score, delta: Score): Score {
  return {
    never: score.never + delta.never,
    repeats: score.repeats + delta.repeats,
    wants: score.wants + delta.wants,
    history: score.history + delta.history,
  };
}

/** Someone at x's table x must not sit with, has met already this event, or met at an earlier one. */
function inConflict(problem: SeatingProblem, meetings: Uint16Array, x: number, table: number[]): boolean {
  const { n } = problem;
  for (const z of table) {
    if (z === x) continue;
    const pair = x * n + z;
    if (problem.never[pair] || meetings[pair]! > 1 || problem.history[pair]) return true;
  }
  return false;
}

/**
 * True when repeats are certain: everyone would have to meet more people than there are, or (from round 2 on) a table
 * seats more people than there are tables, so two who sat together in an earlier round meet again (pigeonhole).
 */
function repeatsUnavoidable(problem: SeatingProblem): boolean {
  const occupied = problem.sizes.map((sizes) => sizes.filter((size) => size > 0));
  const smallest = Math.min(...occupied.flat());
  const largest = Math.max(...occupied.flat());
  const fewestTables = Math.min(...occupied.map((sizes) => sizes.length));
  return problem.rounds * (smallest - 1) > problem.n - 1 || (problem.rounds > 1 && largest > fewestTables);
}
