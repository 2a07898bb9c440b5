import { resolveBlocks } from './exact-resolution';
import { galoisField } from './galois-field';
import { hermitianUnital28 } from './hermitian-unital';
import { invariantResolution, type InvariantSearch } from './invariant-resolution';
import type { Random } from '../common/seeded-random';

/** A resolvable design: rounds → groups → points 0..v-1, no two points sharing a group twice. */
export type Resolution = number[][][];

/**
 * Rounds from the affine plane AG(2, q) over GF(q), q a prime power (Colbourn & Dinitz, Handbook of Combinatorial
 * Designs, 2nd ed., 2007: "Finite geometry" for affine planes, "Mutually orthogonal Latin squares" for transversal designs).
 * Points are (x, y) with x < k and y ∈ GF(q), numbered x·q + y. For each slope m the lines y = m·x + c
 * (c ∈ GF(q)) make one round of q groups of k: two points with different x share exactly one such line.
 * When k = q the vertical lines x = c add a round (the whole affine plane: q + 1 rounds in which every pair meets
 * exactly once). When k < q and k divides q, each column x splits into q/k groups for one more round, since pairs
 * within a column have not met yet (e.g. 8-4-9 from GF(8)).
 */
export function affineResolution(q: number, k: number): Resolution | undefined {
  const field = galoisField(q);
  if (!field || k < 2 || k > q) return undefined;
  const point = (x: number, y: number) => x * q + y;
  const rounds: Resolution = [];
  for (let m = 0; m < q; m++) {
    rounds.push(Array.from({ length: q }, (_, c) => Array.from({ length: k }, (_, x) => point(x, field.add(field.mul(m, x), c)))));
  }
  if (k === q) {
    rounds.push(Array.from({ length: q }, (_, x) => Array.from({ length: q }, (_, y) => point(x, y))));
  } else if (q % k === 0) {
    rounds.push(
      Array.from({ length: q }, (_, g) => {
        const x = Math.floor(g / (q / k));
        const first = (g % (q / k)) * k;
        return Array.from({ length: k }, (_, j) => point(x, first + j));
      }),
    );
  }
  return rounds;
}

/**
 * Kirkman's fifteen schoolgirls (T. P. Kirkman, Lady's and Gentleman's Diary, 1850, Query VI): 15 points, 7 rounds
 * of 5 triples, every pair once. Built as a packing of the projective space PG(3, 2): its 15 points are the nonzero
 * vectors of GF(2)^4, its 35 lines the triples {a, b, a ⊕ b}, and a partition of the lines into 7 spreads is a
 * Kirkman triple system of order 15 (see "Kirkman triple systems" and "Finite geometry" in Colbourn & Dinitz,
 * Handbook of Combinatorial Designs, 2nd ed., 2007). The partition is found by exact cover (instant).
 */
export function kirkmanSchoolgirls(): Resolution {
  const lines: number[][] = [];
  for (let a = 1; a < 16; a++) for (let b = a + 1; b < 16; b++) if ((a ^ b) > b) lines.push([a - 1, b - 1, (a ^ b) - 1]);
  return resolveBlocks(15, lines)!;
}

/** A known design for `groups` tables of `size` in up to `rounds` rounds, or undefined (it may cover fewer rounds). */
export function designFor(groups: number, size: number, rounds: number): Resolution | undefined {
  const design =
    groups === 5 && size === 3 ? kirkmanSchoolgirls() : groups === 7 && size === 4 ? hermitianUnital28() : affineResolution(groups, size);
  return design?.slice(0, rounds);
}

/**
 * Instances no construction above covers, each with an automorphism group under which invariant-resolution.ts finds
 * a plan without repeats in well under a second: 6-4-6 and 6-4-7 under Z_3 (8 orbits of 3 people), 8-4-10 under
 * Z_2 × Z_2 × Z_2 (4 orbits of 8; all 32 translations of AG(5, 2) would allow only 9 rounds, as a partial spread of
 * lines in PG(4, 2) has at most 9 lines: Beutelspacher, "Partial spreads in finite projective spaces and partial
 * designs", Math. Z. 145, 1975). Fewer rounds are left to the local search, which solves them faster.
 */
const PRESCRIBED_GROUPS: { groups: number; size: number; rounds: number[]; moduli: number[] }[] = [
  { groups: 6, size: 4, rounds: [6, 7], moduli: [3] },
  { groups: 8, size: 4, rounds: [10], moduli: [2, 2, 2] },
];

/** A design found by search for `groups` tables of `size` in exactly `rounds` rounds, or undefined where none is tried. */
export function searchedDesignFor(
  groups: number,
  size: number,
  rounds: number,
  random: Random,
  maxNodes: number,
): InvariantSearch | undefined {
  const prescribed = PRESCRIBED_GROUPS.find((p) => p.groups === groups && p.size === size && p.rounds.includes(rounds));
  return prescribed && invariantResolution(groups * size, size, rounds, prescribed.moduli, random, maxNodes);
}
