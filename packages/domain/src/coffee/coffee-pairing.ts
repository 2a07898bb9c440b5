import { CoffeePairGraph } from './coffee-pairing-graph';
import { placeTrio } from './coffee-pairing-trio';
import { maxWeightMatching } from './matching/max-weight-matching';
import { seededRandom, shuffleInPlace } from '../common/seeded-random';

/**
 * Weekly «cafè ràpid» pairing: pure, and the same for the same input and seed.
 * Maximum-weight matching (Edmonds' blossom algorithm): as many pairs as possible, then as many
 * never-met pairs as possible, then repeat pairs who met least often. Do-not-pair pairs have no edge.
 */
export interface CoffeePairingInput {
  /** The eligible members (the caller already skipped those snoozed, in focus, not opted in). */
  memberIds: string[];
  /** One entry per earlier coffee match (or meeting) of a pair; repeated pairs appear several times. */
  history?: [string, string][];
  /** Never together (either member's private list). */
  doNotPair?: [string, string][];
  /** Ties broken by a seeded PRNG: same input + seed = same pairing. */
  seed?: number;
}

export interface CoffeePairing {
  /**
   * Pairs, plus at most one trio when the count is odd: the one left over joins a pair. (Counted among those
   * who can be paired: when do-not-pair lists leave someone out, an even round can hold a trio too.)
   */
  groups: string[][];
  /**
   * Only those nobody allowed could be matched with: no two of them may meet each other, and no pair could
   * take them as a third (rare; it needs do-not-pair lists).
   */
  unpaired: string[];
  /** Over every pair of people inside a group (a trio holds three): met before or not, per the history. */
  stats: { newPairs: number; repeatPairs: number };
}

const DEFAULT_SEED = 1;

export function pairForCoffee(input: CoffeePairingInput): CoffeePairing {
  const random = seededRandom(input.seed ?? DEFAULT_SEED);
  // Sorting first makes the result independent of the order the caller listed members in.
  const members = shuffleInPlace([...new Set(input.memberIds)].sort(), random);
  const graph = new CoffeePairGraph(members, input.history ?? [], input.doNotPair ?? []);

  const mate = maxWeightMatching(graph.size, graph.weightedEdges(), { maxCardinality: true });
  const pairs: [number, number][] = [];
  const leftovers: number[] = [];
  mate.forEach((other, member) => {
    if (other === -1) leftovers.push(member);
    else if (member < other) pairs.push([member, other]);
  });

  const groups: number[][] = pairs.map((pair) => [...pair]);
  if (leftovers.length > 0) {
    const placement = placeTrio(graph, pairs, leftovers);
    if (placement) {
      const { member, pairIndex, swap } = placement;
      if (swap) {
        groups[pairIndex] = groups[pairIndex]!.map((id) => (id === swap.swapOut ? member : id));
        groups[swap.swapInto]!.push(swap.swapOut);
      } else {
        groups[pairIndex]!.push(member);
      }
      leftovers.splice(leftovers.indexOf(member), 1);
    }
  }

  return {
    groups: groups.map((group) => group.map((index) => members[index]!)),
    unpaired: leftovers.map((index) => members[index]!),
    stats: countPairs(graph, groups),
  };
}

function countPairs(graph: CoffeePairGraph, groups: readonly number[][]): CoffeePairing['stats'] {
  let newPairs = 0;
  let repeatPairs = 0;
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (graph.timesMet(group[i]!, group[j]!) === 0) newPairs += 1;
        else repeatPairs += 1;
      }
    }
  }
  return { newPairs, repeatPairs };
}
