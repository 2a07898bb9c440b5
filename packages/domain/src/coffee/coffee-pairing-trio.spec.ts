import { CoffeePairGraph } from './coffee-pairing-graph';
import { placeTrio } from './coffee-pairing-trio';

// Members by index: 0 a, 1 b, 2 c, 3 d, 4 e (the leftover).
const members = ['a', 'b', 'c', 'd', 'e'];
const pairs: [number, number][] = [
  [0, 1],
  [2, 3],
];
const times = (n: number, a: string, b: string): [string, string][] => Array.from({ length: n }, () => [a, b]);

describe('placeTrio', () => {
  it('puts the leftover with the pair they never met, before one they met less often', () => {
    const graph = new CoffeePairGraph(members, [...times(1, 'e', 'a'), ...times(1, 'e', 'b'), ...times(5, 'e', 'd')], []);
    expect(placeTrio(graph, pairs, [4])).toEqual({ member: 4, pairIndex: 1 });
  });

  it('among pairs they all met, picks the one they met least', () => {
    const graph = new CoffeePairGraph(members, [...times(2, 'e', 'a'), ...times(2, 'e', 'b'), ...times(1, 'e', 'c'), ...times(2, 'e', 'd')], []);
    expect(placeTrio(graph, pairs, [4])).toEqual({ member: 4, pairIndex: 1 });
  });

  it('skips a pair where either member may not meet the leftover', () => {
    const graph = new CoffeePairGraph(members, times(3, 'e', 'a'), [['d', 'e']]);
    expect(placeTrio(graph, pairs, [4])).toEqual({ member: 4, pairIndex: 0 });
  });

  it('swaps the leftover into a pair when no pair allows them as a third', () => {
    // e may meet only c; d may join a and b. So e takes d's place beside c, and d joins a and b.
    const graph = new CoffeePairGraph(members, [], [['e', 'a'], ['e', 'b'], ['e', 'd']]);
    expect(placeTrio(graph, pairs, [4])).toEqual({ member: 4, pairIndex: 1, swap: { swapOut: 3, swapInto: 0 } });
  });

  it('gives up when neither joining nor swapping is allowed', () => {
    const graph = new CoffeePairGraph(members, [], [['e', 'a'], ['e', 'b'], ['e', 'c'], ['e', 'd']]);
    expect(placeTrio(graph, pairs, [4])).toBeUndefined();
  });
});
