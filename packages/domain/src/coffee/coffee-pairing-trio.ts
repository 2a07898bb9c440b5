import type { CoffeePairGraph } from './coffee-pairing-graph';

/** Where the one member left over in an odd round goes: pair `pairIndex` becomes a trio. */
export interface TrioPlacement {
  /** The member who joins a pair. */
  member: number;
  pairIndex: number;
  /** Set when the member first takes `swapOut`'s place in that pair and `swapOut` joins pair `swapInto`. */
  swap?: { swapOut: number; swapInto: number };
}

/** Higher is better: never-met pairs first, then fewer earlier meetings. */
function fit(graph: CoffeePairGraph, member: number, others: readonly number[]): [number, number] {
  let never = 0;
  let met = 0;
  for (const other of others) {
    const times = graph.timesMet(member, other);
    if (times === 0) never += 1;
    met += times;
  }
  return [never, -met];
}

const better = (x: [number, number], y: [number, number] | undefined) => !y || x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);

/**
 * The best pair for a leftover member to join: allowed with both, preferring people they never met.
 * Ties go to the first candidate, and candidates come in the round's seeded order.
 * When no pair allows a leftover, one swap is tried: the leftover takes one partner's place and that
 * partner joins another pair. Returns undefined only when neither works.
 */
export function placeTrio(graph: CoffeePairGraph, pairs: readonly [number, number][], leftovers: readonly number[]): TrioPlacement | undefined {
  let best: TrioPlacement | undefined;
  let bestFit: [number, number] | undefined;
  for (const member of leftovers) {
    pairs.forEach((pair, pairIndex) => {
      if (!pair.every((other) => graph.allowed(member, other))) return;
      const score = fit(graph, member, pair);
      if (better(score, bestFit)) {
        best = { member, pairIndex };
        bestFit = score;
      }
    });
  }
  return best ?? placeTrioBySwap(graph, pairs, leftovers);
}

function placeTrioBySwap(graph: CoffeePairGraph, pairs: readonly [number, number][], leftovers: readonly number[]): TrioPlacement | undefined {
  let best: TrioPlacement | undefined;
  let bestFit: [number, number] | undefined;
  for (const member of leftovers) {
    pairs.forEach((pair, pairIndex) => {
      for (const [stay, swapOut] of [pair, [pair[1], pair[0]] as const]) {
        if (!graph.allowed(member, stay)) continue;
        pairs.forEach((target, swapInto) => {
          if (swapInto === pairIndex || !target.every((other) => graph.allowed(swapOut, other))) return;
          const [newPair, metPair] = fit(graph, member, [stay]);
          const [newTrio, metTrio] = fit(graph, swapOut, target);
          // The swap breaks pair {stay, swapOut}: count what it loses against what it gains.
          const lost = fit(graph, stay, [swapOut]);
          const score: [number, number] = [newPair + newTrio - lost[0], metPair + metTrio - lost[1]];
          if (better(score, bestFit)) {
            best = { member, pairIndex, swap: { swapOut, swapInto } };
            bestFit = score;
          }
        });
      }
    });
  }
  return best;
}
