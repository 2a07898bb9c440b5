import fc from 'fast-check';
import { maxWeightMatching, type WeightedEdge } from './max-weight-matching';

const mates = (vertexCount: number, edges: WeightedEdge[], maxCardinality = false) =>
  Array.from(maxWeightMatching(vertexCount, edges, { maxCardinality }));

interface Score {
  cardinality: number;
  weight: number;
}

/** Every matching, tried one by one: the first unmatched vertex stays single or takes a free neighbour. */
function bruteForceBest(vertexCount: number, edges: WeightedEdge[], maxCardinality: boolean): Score {
  const weight = new Map<string, number>();
  for (const [a, b, w] of edges) weight.set(`${Math.min(a, b)}-${Math.max(a, b)}`, w);
  const used = new Array<boolean>(vertexCount).fill(false);
  const better = (x: Score, y: Score) =>
    maxCardinality ? x.cardinality > y.cardinality || (x.cardinality === y.cardinality && x.weight > y.weight) : x.weight > y.weight;
  const search = (from: number): Score => {
    let v = from;
    while (v < vertexCount && used[v]) v++;
    if (v >= vertexCount) return { cardinality: 0, weight: 0 };
    used[v] = true;
    let best = search(v + 1);
    for (let u = v + 1; u < vertexCount; u++) {
      const w = weight.get(`${v}-${u}`);
      if (used[u] || w === undefined) continue;
      used[u] = true;
      const rest = search(v + 1);
      const candidate = { cardinality: rest.cardinality + 1, weight: rest.weight + w };
      if (better(candidate, best)) best = candidate;
      used[u] = false;
    }
    used[v] = false;
    return best;
  };
  return search(0);
}

function scoreOf(mate: number[], edges: WeightedEdge[]): Score {
  const weight = new Map<string, number>();
  for (const [a, b, w] of edges) weight.set(`${Math.min(a, b)}-${Math.max(a, b)}`, w);
  let cardinality = 0;
  let total = 0;
  mate.forEach((u, v) => {
    if (u > v) {
      const w = weight.get(`${v}-${u}`);
      if (w === undefined) throw new Error(`matched ${v}-${u} without an edge`);
      cardinality += 1;
      total += w;
    }
  });
  return { cardinality, weight: total };
}

/** Random simple graphs: each pair present with some probability, integer weights (some negative). */
const randomGraph = fc
  .record({
    vertexCount: fc.integer({ min: 0, max: 10 }),
    density: fc.double({ min: 0.1, max: 1, noNaN: true }),
    seed: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: -5, max: 40 })), {
      minLength: 45,
      maxLength: 45,
    }),
  })
  .map(({ vertexCount, density, seed }) => {
    const edges: WeightedEdge[] = [];
    let i = 0;
    for (let a = 0; a < vertexCount; a++) {
      for (let b = a + 1; b < vertexCount; b++) {
        const [chance, weight] = seed[i++]!;
        if (chance < density) edges.push(chance < density / 2 ? [a, b, weight] : [b, a, weight]);
      }
    }
    return { vertexCount, edges };
  });

describe('maxWeightMatching', () => {
  // Cases from the test suite of the original mwmatching.py: each exercises one blossom operation.
  it.each<[string, WeightedEdge[], boolean, number[]]>([
    ['an empty graph', [], false, [-1]],
    ['a single edge', [[0, 1, 1]], false, [1, 0]],
    ['the heavier of two edges', [[1, 2, 10], [2, 3, 11]], false, [-1, -1, 3, 2, -1]],
    ['one heavy edge over two light ones', [[1, 2, 5], [2, 3, 11], [3, 4, 5]], false, [-1, -1, 3, 2, -1]],
    ['two light edges when cardinality comes first', [[1, 2, 5], [2, 3, 11], [3, 4, 5]], true, [-1, 2, 1, 4, 3]],
    ['negative weights, left single', [[1, 2, 2], [1, 3, -2], [2, 3, 1], [2, 4, -1], [3, 4, -6]], false, [-1, 2, 1, -1, -1]],
    ['negative weights, cardinality first', [[1, 2, 2], [1, 3, -2], [2, 3, 1], [2, 4, -1], [3, 4, -6]], true, [-1, 3, 4, 1, 2]],
    ['an S-blossom used to augment', [[1, 2, 8], [1, 3, 9], [2, 3, 10], [3, 4, 7]], false, [-1, 2, 1, 4, 3]],
    ['an S-blossom used to augment, larger', [[1, 2, 8], [1, 3, 9], [2, 3, 10], [3, 4, 7], [1, 6, 5], [4, 5, 6]], false, [-1, 6, 3, 2, 5, 4, 1]],
    ['an S-blossom relabelled T', [[1, 2, 9], [1, 3, 8], [2, 3, 10], [1, 4, 5], [4, 5, 4], [1, 6, 3]], false, [-1, 6, 3, 2, 5, 4, 1]],
    ['an S-blossom relabelled T, variant', [[1, 2, 9], [1, 3, 8], [2, 3, 10], [1, 4, 5], [4, 5, 3], [1, 6, 4]], false, [-1, 6, 3, 2, 5, 4, 1]],
    ['an S-blossom relabelled T, other variant', [[1, 2, 9], [1, 3, 8], [2, 3, 10], [1, 4, 5], [4, 5, 3], [3, 6, 4]], false, [-1, 2, 1, 6, 5, 4, 3]],
    ['a nested S-blossom', [[1, 2, 9], [1, 3, 9], [2, 3, 10], [2, 4, 8], [3, 5, 8], [4, 5, 10], [5, 6, 6]], false, [-1, 3, 4, 1, 2, 6, 5]],
    [
      'an S-blossom relabelled S inside a nested one',
      [[1, 2, 10], [1, 7, 10], [2, 3, 12], [3, 4, 20], [3, 5, 20], [4, 5, 25], [5, 6, 10], [6, 7, 10], [7, 8, 8]],
      false,
      [-1, 2, 1, 4, 3, 6, 5, 8, 7],
    ],
    [
      'a nested S-blossom expanded recursively',
      [[1, 2, 8], [1, 3, 8], [2, 3, 10], [2, 4, 12], [3, 5, 12], [4, 5, 14], [4, 6, 12], [5, 7, 12], [6, 7, 14], [7, 8, 12]],
      false,
      [-1, 2, 1, 5, 6, 3, 4, 8, 7],
    ],
    [
      'an S-blossom relabelled T and expanded',
      [[1, 2, 23], [1, 5, 22], [1, 6, 15], [2, 3, 25], [3, 4, 22], [4, 5, 25], [4, 8, 14], [5, 7, 13]],
      false,
      [-1, 6, 3, 2, 8, 7, 1, 5, 4],
    ],
    [
      'a nested S-blossom relabelled T and expanded',
      [[1, 2, 19], [1, 3, 20], [1, 8, 8], [2, 3, 25], [2, 4, 18], [3, 5, 18], [4, 5, 13], [4, 7, 7], [5, 6, 7]],
      false,
      [-1, 8, 3, 2, 7, 6, 5, 4, 1],
    ],
    [
      'a blossom relabelled T in more than one way',
      [[1, 2, 45], [1, 5, 45], [2, 3, 50], [3, 4, 45], [4, 5, 50], [1, 6, 30], [3, 9, 35], [4, 8, 35], [5, 7, 26], [9, 10, 5]],
      false,
      [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9],
    ],
    [
      'a blossom relabelled T in more than one way, variant',
      [[1, 2, 45], [1, 5, 45], [2, 3, 50], [3, 4, 45], [4, 5, 50], [1, 6, 30], [3, 9, 35], [4, 8, 26], [5, 7, 40], [9, 10, 5]],
      false,
      [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9],
    ],
    [
      'a T-blossom expanded into a new least-slack edge',
      [[1, 2, 45], [1, 5, 45], [2, 3, 50], [3, 4, 45], [4, 5, 50], [1, 6, 30], [3, 9, 35], [4, 8, 28], [5, 7, 26], [9, 10, 5]],
      false,
      [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9],
    ],
    [
      'a nested blossom left on an augmenting path after its parent expands',
      [[1, 2, 45], [1, 7, 45], [2, 3, 50], [3, 4, 45], [4, 5, 95], [4, 6, 94], [5, 6, 94], [6, 7, 50], [1, 8, 30], [3, 11, 35], [5, 9, 36], [7, 10, 26], [11, 12, 5]],
      false,
      [-1, 8, 3, 2, 6, 9, 4, 10, 1, 5, 7, 12, 11],
    ],
    [
      'a nested S-blossom relabelled S and expanded recursively',
      [[1, 2, 40], [1, 3, 40], [2, 3, 60], [2, 4, 55], [3, 5, 55], [4, 5, 50], [1, 8, 15], [5, 7, 30], [7, 6, 10], [8, 10, 10], [4, 9, 30]],
      false,
      [-1, 2, 1, 5, 9, 3, 7, 6, 10, 4, 8],
    ],
  ])('finds %s', (_name, edges, maxCardinality, expected) => {
    const vertexCount = Math.max(expected.length, ...edges.flatMap(([a, b]) => [a + 1, b + 1]));
    expect(mates(vertexCount, edges, maxCardinality)).toEqual(expected);
  });

  it('keeps isolated vertices single', () => {
    expect(mates(5, [[1, 3, 4]])).toEqual([-1, 3, -1, 1, -1]);
  });

  it('rejects self-loops and vertices out of range', () => {
    expect(() => maxWeightMatching(3, [[1, 1, 2]])).toThrow(RangeError);
    expect(() => maxWeightMatching(3, [[0, 3, 2]])).toThrow(RangeError);
  });

  it.each([false, true])('equals brute force on random small graphs (maxCardinality %s)', (maxCardinality) => {
    fc.assert(
      fc.property(randomGraph, ({ vertexCount, edges }) => {
        const mate = mates(vertexCount, edges, maxCardinality);
        mate.forEach((u, v) => {
          if (u !== -1) expect(mate[u]).toBe(v);
        });
        const found = scoreOf(mate, edges);
        const best = bruteForceBest(vertexCount, edges, maxCardinality);
        // Without maxCardinality only the weight is optimal: zero-weight edges may or may not be taken.
        expect(maxCardinality ? found : found.weight).toEqual(maxCardinality ? best : best.weight);
      }),
      { numRuns: 400 },
    );
  });
});
