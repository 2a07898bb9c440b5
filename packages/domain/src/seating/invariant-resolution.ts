import type { Resolution } from './designs';
import { shuffleInPlace, type Random } from '../common/seeded-random';

/** Steps of one depth-first attempt before starting over in a fresh seeded order: solutions are many, dead ends deep. */
const NODES_PER_ATTEMPT = 2_000;

export interface InvariantSearch {
  resolution: Resolution | undefined;
  /** Search steps spent (the caller's work budget pays for them). */
  nodes: number;
}

/**
 * Resolvable packings with a prescribed automorphism group (the Kramer–Mesner idea; see Gibbons & Östergård,
 * "Computational methods in design theory", in Colbourn & Dinitz, Handbook of Combinatorial Designs, 2nd ed., 2007,
 * and Kaski & Östergård, Classification Algorithms for Codes and Designs, 2006). An abelian group
 * G = Z_m1 × Z_m2 × … (`moduli`) acts on the points (o, g) ↦ (o, g + h), o < v / |G|, and every round must be a
 * partition into groups of `size` that G maps onto itself. Pairs then fall into orbits that a round covers whole,
 * so the search picks `rounds` such partitions whose pair orbits are disjoint: an exact cover of the pair orbits
 * in which at most C(v, 2) − rounds·v·(size − 1)/2 pairs stay unmet. Much smaller than the search over all plans:
 * 6-4-7 under Z_3, 8-4-10 under Z_2 × Z_2 × Z_2.
 * The depth-first search restarts every NODES_PER_ATTEMPT steps with the candidate rounds in a new seeded order
 * (randomised restarts, Gomes, Selman & Kautz, "Boosting combinatorial search through randomization", AAAI 1998):
 * one fixed order can sit millions of steps in a dead subtree, while 8-4-10 is found within a few thousand steps
 * in most orders. No resolution when none is found within `maxNodes` steps (or none exists).
 */
export function invariantResolution(
  v: number,
  size: number,
  rounds: number,
  moduli: number[],
  random: Random,
  maxNodes: number,
): InvariantSearch {
  const sum = groupAddition(moduli);
  const s = moduli.reduce((order, m) => order * m, 1);
  // Point sets are 32-bit masks while the rounds are enumerated.
  if (v > 32 || v % s !== 0 || v % size !== 0) return { resolution: undefined, nodes: 0 };
  const act = (p: number, h: number) => p - (p % s) + sum[(p % s) * s + h]!;

  // Orbits of pairs: pairOrbit[a * v + b], and how many pairs each holds.
  const pairOrbit = new Int32Array(v * v).fill(-1);
  const orbitSize: number[] = [];
  for (let a = 0; a < v; a++) {
    for (let b = a + 1; b < v; b++) {
      if (pairOrbit[a * v + b]! >= 0) continue;
      const id = orbitSize.length;
      orbitSize.push(0);
      for (let h = 0; h < s; h++) {
        const x = act(a, h);
        const y = act(b, h);
        if (pairOrbit[x * v + y] === -1) orbitSize[id]! += 1;
        pairOrbit[x * v + y] = pairOrbit[y * v + x] = id;
      }
    }
  }
  const orbitCount = orbitSize.length;

  const classes = invariantParallelClasses(v, size, s, act);
  // Pair orbits a round covers, as a bit set of `words` 32-bit words per round.
  const words = Math.ceil(orbitCount / 32);
  const covers = new Int32Array(classes.length * words);
  classes.forEach((groups, c) => {
    for (const group of groups) {
      for (const a of group) {
        for (const b of group) if (a < b) covers[c * words + (pairOrbit[a * v + b]! >> 5)] |= 1 << (pairOrbit[a * v + b]! & 31);
      }
    }
  });
  const coversOrbit = (c: number, o: number) => (covers[c * words + (o >> 5)]! >>> (o & 31)) & 1;
  const disjoint = (c: number, d: number) => {
    for (let w = 0; w < words; w++) if (covers[c * words + w]! & covers[d * words + w]!) return false;
    return true;
  };

  const budget = (v * (v - 1)) / 2 - (rounds * v * (size - 1)) / 2;
  const done = new Uint8Array(orbitCount);
  const chosen: number[] = [];
  let nodes = 0;
  let nodeLimit = 0;
  // Branch on the open pair orbit fewest candidate rounds cover: one of them covers it, or it stays unmet.
  const extend = (candidates: number[], unmet: number): boolean => {
    if (chosen.length === rounds) return true;
    if (candidates.length < rounds - chosen.length || ++nodes > nodeLimit) return false;
    let orbit = -1;
    let fewest = Infinity;
    for (let o = 0; o < orbitCount && fewest > 0; o++) {
      if (done[o]) continue;
      let count = 0;
      for (let i = 0; i < candidates.length && count < fewest; i++) count += coversOrbit(candidates[i]!, o);
      if (count < fewest) [orbit, fewest] = [o, count];
    }
    if (orbit === -1) return false;
    done[orbit] = 1;
    for (const c of candidates) {
      if (!coversOrbit(c, orbit)) continue;
      const next = candidates.filter((d) => d !== c && disjoint(c, d));
      const marked: number[] = [];
      for (let o = 0; o < orbitCount; o++) if (!done[o] && coversOrbit(c, o)) marked.push(o);
      for (const o of marked) done[o] = 1;
      chosen.push(c);
      if (extend(next, unmet)) return true;
      chosen.pop();
      for (const o of marked) done[o] = 0;
      if (nodes > nodeLimit) break;
    }
    if (nodes <= nodeLimit && unmet + orbitSize[orbit]! <= budget) {
      if (extend(candidates.filter((d) => !coversOrbit(d, orbit)), unmet + orbitSize[orbit]!)) return true;
    }
    done[orbit] = 0;
    return false;
  };
  let spent = 0;
  while (spent < maxNodes) {
    nodes = 0;
    nodeLimit = Math.min(NODES_PER_ATTEMPT, maxNodes - spent);
    done.fill(0);
    chosen.length = 0;
    const found = extend(shuffleInPlace([...classes.keys()], random), 0);
    spent += nodes;
    if (found) return { resolution: chosen.map((c) => classes[c]!.map((group) => [...group])), nodes: spent };
    // The whole space was searched without hitting the limit: there is none.
    if (nodes <= nodeLimit) break;
  }
  return { resolution: undefined, nodes: spent };
}

/** Every partition of 0..v-1 into groups of `size` that each shift h maps onto itself (lowest open point first). */
function invariantParallelClasses(v: number, size: number, s: number, act: (p: number, h: number) => number): number[][][] {
  const classes: number[][][] = [];
  const covered = new Uint8Array(v);
  const groups: number[][] = [];
  const extend = () => {
    const p = covered.indexOf(0);
    if (p === -1) return void classes.push(groups.map((group) => [...group]));
    const open: number[] = [];
    for (let q = p + 1; q < v; q++) if (!covered[q]) open.push(q);
    const group = [p];
    const choose = (from: number) => {
      if (group.length === size) return addOrbitOf(group);
      for (let i = from; i < open.length; i++) {
        group.push(open[i]!);
        choose(i + 1);
        group.pop();
      }
    };
    choose(0);
  };
  // Adds the images of `group` if they are disjoint or equal and fit in the open points, then recurses.
  const addOrbitOf = (group: number[]) => {
    const images: number[][] = [];
    const masks: number[] = [];
    let all = 0;
    for (let h = 0; h < s; h++) {
      let mask = 0;
      for (const p of group) mask |= 1 << act(p, h);
      if (masks.includes(mask)) continue;
      if (mask & all) return;
      all |= mask;
      masks.push(mask);
      images.push(group.map((p) => act(p, h)).sort((x, y) => x - y));
    }
    for (const image of images) {
      for (const p of image) covered[p] = 1;
      groups.push(image);
    }
    extend();
    for (const image of images) {
      for (const p of image) covered[p] = 0;
      groups.pop();
    }
  };
  extend();
  return classes;
}

/** Addition table of Z_m1 × Z_m2 × …, elements numbered in mixed radix (first modulus lowest). */
function groupAddition(moduli: number[]): Int32Array {
  const s = moduli.reduce((order, m) => order * m, 1);
  const sum = new Int32Array(s * s);
  for (let a = 0; a < s; a++) {
    for (let b = 0; b < s; b++) {
      let [x, y, value, radix] = [a, b, 0, 1];
      for (const m of moduli) {
        value += (((x % m) + (y % m)) % m) * radix;
        [x, y, radix] = [Math.floor(x / m), Math.floor(y / m), radix * m];
      }
      sum[a * s + b] = value;
    }
  }
  return sum;
}
