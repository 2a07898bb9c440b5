import type { Resolution } from './designs';
import { searchedDesignFor } from './designs';
import { invariantResolution } from './invariant-resolution';
import { seededRandom } from '../common/seeded-random';

/** Pairs that meet more than once; fails if a round does not split 0..v-1 into groups of `size`. */
function repeatedPairs(design: Resolution, v: number, size: number): number {
  const met = new Map<string, number>();
  for (const round of design) {
    expect(round.flat().sort((a, b) => a - b)).toEqual([...Array(v).keys()]);
    for (const group of round) {
      expect(group).toHaveLength(size);
      for (const a of group) for (const b of group) if (a < b) met.set(`${a}-${b}`, (met.get(`${a}-${b}`) ?? 0) + 1);
    }
  }
  return [...met.values()].filter((m) => m > 1).length;
}

describe('resolvable packings with a prescribed automorphism group', () => {
  it.each([
    ['6-4-7 under Z_3', 24, 7, [3]],
    ['8-4-10 under Z_2 × Z_2 × Z_2', 32, 10, [2, 2, 2]],
  ])('finds %s: every round seats everyone once at tables of 4, no pair meets twice', (_name, v, rounds, moduli) => {
    const { resolution, nodes } = invariantResolution(v, 4, rounds, moduli, seededRandom(1), 200_000);
    expect(resolution).toHaveLength(rounds);
    expect(repeatedPairs(resolution!, v, 4)).toBe(0);
    expect(nodes).toBeGreaterThan(0);
  });

  it('is the same for the same seed', () => {
    const first = invariantResolution(24, 4, 7, [3], seededRandom(9), 200_000).resolution;
    expect(invariantResolution(24, 4, 7, [3], seededRandom(9), 200_000).resolution).toEqual(first);
  });

  it('reports none when the space is exhausted (8-4-10 under Z_8 has no invariant rounds that fit) or the steps run out', () => {
    const exhausted = invariantResolution(32, 4, 10, [8], seededRandom(1), 1_000_000);
    expect(exhausted.resolution).toBeUndefined();
    expect(exhausted.nodes).toBeLessThan(1_000);
    expect(invariantResolution(32, 4, 10, [2, 2, 2], seededRandom(1), 1).resolution).toBeUndefined();
  });

  it('is tried only where a group is prescribed', () => {
    expect(searchedDesignFor(6, 4, 4, seededRandom(1), 200_000)).toBeUndefined();
    expect(searchedDesignFor(8, 4, 9, seededRandom(1), 200_000)).toBeUndefined();
    expect(searchedDesignFor(9, 4, 10, seededRandom(1), 200_000)).toBeUndefined();
  });
});
