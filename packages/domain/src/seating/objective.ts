import type { SeatingProblem } from './normalize-input';

/**
 * The goals in their order of priority, compared lexicographically (never a weighted sum, so no amount of
 * wants can buy a repeat): never-together pairs seated together (hard), Σ over pairs of (meetings − 1)² for pairs
 * meeting more than once, weight of wanted pairs met at least once (higher is better), and Σ meetings × earlier
 * meetings over pairs who met before.
 */
export interface Score {
  never: number;
  repeats: number;
  wants: number;
  history: number;
}

export const ZERO_SCORE: Score = { never: 0, repeats: 0, wants: 0, history: 0 };

/** Wants are sums of input weights: differences below this are rounding, not gain. */
const WANT_EPSILON = 1e-9;

/** < 0 when `a` is better than `b`. */
export function compareScores(a: Score, b: Score): number {
  if (a.never !== b.never) return a.never - b.never;
  if (a.repeats !== b.repeats) return a.repeats - b.repeats;
  if (Math.abs(a.wants - b.wants) > WANT_EPSILON) return b.wants - a.wants;
  return a.history - b.history;
}

/** Nothing left to gain: no conflict, no repeat, every want met, no old pair again. */
export function isPerfect(problem: SeatingProblem, score: Score): boolean {
  return score.never === 0 && score.repeats === 0 && score.history === 0 && score.wants >= problem.wantTotalWeight - WANT_EPSILON;
}


const repeatCost = (meetings: number) => (meetings > 1 ? (meetings - 1) * (meetings - 1) : 0);

/**
 * Adds to `delta` the change of one pair's contribution when its meeting count goes from `before` to `after`.
 * The hot path of the search: no allocation.
 */
export function addPairChange(problem: SeatingProblem, pair: number, before: number, after: number, delta: Score): void {
  const change = after - before;
  delta.never += problem.never[pair]! * change;
  delta.repeats += repeatCost(after) - repeatCost(before);
  delta.wants += problem.wantWeight[pair]! * ((after > 0 ? 1 : 0) - (before > 0 ? 1 : 0));
  delta.history += problem.history[pair]! * change;
}

export function scoreMeetings(problem: SeatingProblem, meetings: Uint16Array): Score {
  const { n } = problem;
  const score = { ...ZERO_SCORE };
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const m = meetings[a * n + b]!;
      if (m > 0) addPairChange(problem, a * n + b, 0, m, score);
    }
  }
  return score;
}
