import type { SeatingProblem } from './normalize-input';
import { randomInt, type Random } from '../common/seeded-random';

/** Above this many attendees the pair-wise choice costs more than it helps; one person at a time instead. */
const PAIR_CHOICE_MAX_ATTENDEES = 100;
const NEVER_COST = 1_000_000;
const MEETING_COST = 1_000;

/**
 * Fills rounds `from`..rounds−1 table by table, after the greedy heuristic of Triska & Musliu ("An effective greedy
 * heuristic for the Social Golfer Problem", Annals of Operations Research 194, 2012): seats go preferably to a pair
 * of people who have met nobody at the table nor each other, wanted pairs first, and among those to the pair with
 * the most "freedom" (people neither of them has met yet), so later rounds keep room to avoid repeats.
 * `rounds[r]` for r < from are kept; fixed seats are placed first.
 */
export function greedyRounds(problem: SeatingProblem, rounds: number[][][], from: number, random: Random): number[][][] {
  const { n } = problem;
  const words = Math.ceil(n / 32);
  const metBits = new Uint32Array(n * words);
  const meetings = new Uint16Array(n * n);
  const record = (members: number[]) => {
    for (const a of members) {
      for (const b of members) {
        if (a === b) continue;
        meetings[a * n + b] += 1;
        metBits[a * words + (b >>> 5)] |= 1 << (b & 31);
      }
    }
  };
  const result = rounds.slice(0, from).map((round) => round.map((members) => [...members]));
  result.forEach((round) => round.forEach(record));

  const freedom = (x: number, y: number) => {
    let met = 0;
    for (let w = 0; w < words; w++) met += popcount(metBits[x * words + w]! | metBits[y * words + w]!);
    return n - met;
  };
  const costWith = (x: number, members: number[]) => {
    let cost = 0;
    for (const z of members) cost += NEVER_COST * problem.never[x * n + z]! + MEETING_COST * meetings[x * n + z]! + problem.history[x * n + z]!;
    return cost;
  };
  const wantWith = (x: number, members: number[]) => {
    let want = 0;
    for (const z of members) if (meetings[x * n + z] === 0) want += problem.wantWeight[x * n + z]!;
    return want;
  };

  for (let r = from; r < problem.rounds; r++) {
    const fixed = problem.fixedTable[r]!;
    const tables: number[][] = problem.sizes[r]!.map(() => []);
    const free: number[] = [];
    for (let i = 0; i < n; i++) (fixed[i]! >= 0 ? tables[fixed[i]!]! : free).push(i);
    tables.forEach((members, t) => {
      const size = problem.sizes[r]![t]!;
      while (members.length < size) {
        // Candidates are compared by (cost, −want, −freedom); ties go to the seeded coin.
        let best: number[] = [];
        let bestKey: [number, number, number] = [Infinity, 0, 0];
        let ties = 0;
        const consider = (chosen: number[], key: [number, number, number]) => {
          const order = compareKeys(key, bestKey);
          if (order < 0) {
            best = chosen;
            bestKey = key;
            ties = 1;
          } else if (order === 0 && randomInt(random, ++ties) === 0) {
            best = chosen;
          }
        };
        if (size - members.length >= 2 && free.length >= 2 && n <= PAIR_CHOICE_MAX_ATTENDEES) {
          for (let i = 0; i < free.length; i++) {
            const x = free[i]!;
            const xCost = costWith(x, members);
            const xWant = wantWith(x, members);
            for (let j = i + 1; j < free.length; j++) {
              const y = free[j]!;
              const cost = xCost + costWith(y, members) + costWith(y, [x]);
              const want = xWant + wantWith(y, members) + wantWith(y, [x]);
              consider([i, j], [cost, -want, -freedom(x, y)]);
            }
          }
        } else {
          free.forEach((x, i) => consider([i], [costWith(x, members), -wantWith(x, members), -freedom(x, x)]));
        }
        for (const i of best) members.push(free[i]!);
        for (const i of [...best].sort((a, b) => b - a)) free.splice(i, 1);
      }
    });
    tables.forEach(record);
    result.push(tables);
  }
  return result;
}

function compareKeys(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
