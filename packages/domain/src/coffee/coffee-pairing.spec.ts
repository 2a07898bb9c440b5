import fc from 'fast-check';
import { pairForCoffee, type CoffeePairingInput } from './coffee-pairing';

const ids = (count: number) => Array.from({ length: count }, (_, i) => `m${i}`);
const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const sortedGroups = (groups: string[][]) => groups.map((group) => [...group].sort()).sort((x, y) => x.join().localeCompare(y.join()));

/** Random rounds: up to 12 members, random earlier meetings (some repeated) and do-not-pair pairs. */
const randomRound = (options: { maxMembers: number; withDoNotPair: boolean }) =>
  fc
    .record({
      count: fc.integer({ min: 0, max: options.maxMembers }),
      history: fc.array(fc.tuple(fc.nat(options.maxMembers - 1), fc.nat(options.maxMembers - 1)), { maxLength: 60 }),
      doNotPair: fc.array(fc.tuple(fc.nat(options.maxMembers - 1), fc.nat(options.maxMembers - 1)), {
        maxLength: options.withDoNotPair ? 12 : 0,
      }),
      seed: fc.integer(),
    })
    .map(({ count, history, doNotPair, seed }): CoffeePairingInput => {
      const pairsOf = (list: [number, number][]) =>
        list.filter(([a, b]) => a < count && b < count && a !== b).map(([a, b]): [string, string] => [`m${a}`, `m${b}`]);
      return { memberIds: ids(count), history: pairsOf(history), doNotPair: pairsOf(doNotPair), seed };
    });

function meetingsOf(input: CoffeePairingInput): Map<string, number> {
  const meetings = new Map<string, number>();
  for (const [a, b] of input.history ?? []) meetings.set(key(a, b), (meetings.get(key(a, b)) ?? 0) + 1);
  return meetings;
}

/** The pairing's goals in order: most pairs, then most never-met pairs, then fewest earlier meetings (capped at 15). */
type Score = [pairs: number, newPairs: number, metPenalty: number];
const betterScore = (x: Score, y: Score) => x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] < y[2];

function scorePairs(pairs: [string, string][], meetings: Map<string, number>): Score {
  let newPairs = 0;
  let penalty = 0;
  for (const [a, b] of pairs) {
    const met = meetings.get(key(a, b)) ?? 0;
    if (met === 0) newPairs += 1;
    else penalty += Math.min(met, 15);
  }
  return [pairs.length, newPairs, penalty];
}

/** Tries every set of disjoint allowed pairs. */
function bruteForceBest(input: CoffeePairingInput): Score {
  const meetings = meetingsOf(input);
  const blocked = new Set((input.doNotPair ?? []).map(([a, b]) => key(a, b)));
  const members = input.memberIds;
  const used = new Set<string>();
  let best: Score = [0, 0, 0];
  const search = (from: number, chosen: [string, string][]) => {
    let i = from;
    while (i < members.length && used.has(members[i]!)) i++;
    if (i >= members.length) {
      const score = scorePairs(chosen, meetings);
      if (betterScore(score, best)) best = score;
      return;
    }
    const a = members[i]!;
    used.add(a);
    search(i + 1, chosen);
    for (let j = i + 1; j < members.length; j++) {
      const b = members[j]!;
      if (used.has(b) || blocked.has(key(a, b))) continue;
      used.add(b);
      search(i + 1, [...chosen, [a, b]]);
      used.delete(b);
    }
    used.delete(a);
  };
  search(0, []);
  return best;
}

/** The score of the matching underneath the groups; for a trio, the best of its three pairs is the matched one. */
function scoreOfGroups(groups: string[][], meetings: Map<string, number>): Score {
  const pairs = groups.filter((group) => group.length === 2) as [string, string][];
  const trio = groups.find((group) => group.length === 3);
  if (!trio) return scorePairs(pairs, meetings);
  const [a, b, c] = trio as [string, string, string];
  const choices = ([[a, b], [a, c], [b, c]] as [string, string][]).map((pair) => scorePairs([...pairs, pair], meetings));
  return choices.reduce((best, score) => (betterScore(score, best) ? score : best));
}

describe('pairForCoffee', () => {
  it('pairs everyone once, with one trio for an odd count', () => {
    const even = pairForCoffee({ memberIds: ids(6), seed: 3 });
    expect(even.groups.map((group) => group.length)).toEqual([2, 2, 2]);
    expect(even.groups.flat().sort()).toEqual(ids(6).sort());
    expect(even.unpaired).toEqual([]);
    expect(even.stats).toEqual({ newPairs: 3, repeatPairs: 0 });

    const odd = pairForCoffee({ memberIds: ids(7), seed: 3 });
    expect(odd.groups.map((group) => group.length).sort()).toEqual([2, 2, 3]);
    expect(odd.groups.flat().sort()).toEqual(ids(7).sort());
    expect(odd.stats).toEqual({ newPairs: 5, repeatPairs: 0 });
  });

  it('handles nobody, one member, and duplicated ids', () => {
    expect(pairForCoffee({ memberIds: [] })).toEqual({ groups: [], unpaired: [], stats: { newPairs: 0, repeatPairs: 0 } });
    expect(pairForCoffee({ memberIds: ['solo'] })).toEqual({ groups: [], unpaired: ['solo'], stats: { newPairs: 0, repeatPairs: 0 } });
    expect(pairForCoffee({ memberIds: ['a', 'b', 'a'] }).groups).toEqual([expect.arrayContaining(['a', 'b'])]);
  });

  it('puts never-met pairs first where taking the first new pair greedily would fail', () => {
    // New pairs: a–b, a–c, b–d. Taking a–b leaves c–d, who met; only a–c with b–d gives two new pairs.
    const input = (seed: number): CoffeePairingInput => ({
      memberIds: ['a', 'b', 'c', 'd'],
      history: [['a', 'd'], ['b', 'c'], ['c', 'd']],
      seed,
    });
    for (let seed = 0; seed < 40; seed++) {
      const pairing = pairForCoffee(input(seed));
      expect(sortedGroups(pairing.groups)).toEqual([['a', 'c'], ['b', 'd']]);
      expect(pairing.stats).toEqual({ newPairs: 2, repeatPairs: 0 });
    }
  });

  it('prefers two new pairs over one new pair with one that met only once', () => {
    // A chain of new pairs a–b–c–d–e–f: greedy on the middle pair c–d forces the ends into repeats.
    const memberIds = ['a', 'b', 'c', 'd', 'e', 'f'];
    const newPairs = new Set(['a|b', 'b|c', 'c|d', 'd|e', 'e|f']);
    const history: [string, string][] = [];
    for (const a of memberIds) for (const b of memberIds) if (a < b && !newPairs.has(key(a, b))) history.push([a, b]);
    for (let seed = 0; seed < 40; seed++) {
      const pairing = pairForCoffee({ memberIds, history, seed });
      expect(sortedGroups(pairing.groups)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
    }
  });

  it('among repeat pairs, prefers those who met least often', () => {
    const history: [string, string][] = [
      ...Array.from({ length: 3 }, (): [string, string] => ['a', 'b']),
      ...Array.from({ length: 3 }, (): [string, string] => ['c', 'd']),
      ['a', 'c'],
      ['b', 'd'],
      ['a', 'd'],
      ['a', 'd'],
      ['b', 'c'],
      ['b', 'c'],
    ];
    const pairing = pairForCoffee({ memberIds: ['a', 'b', 'c', 'd'], history, seed: 9 });
    expect(sortedGroups(pairing.groups)).toEqual([['a', 'c'], ['b', 'd']]);
    expect(pairing.stats).toEqual({ newPairs: 0, repeatPairs: 2 });
  });

  it('pairs as many people as it can before it looks at who met', () => {
    // a may only meet b (they met before); c–b is new, but taking it would leave a and d apart.
    const pairing = pairForCoffee({
      memberIds: ['a', 'b', 'c', 'd'],
      history: [['a', 'b']],
      doNotPair: [['a', 'c'], ['d', 'a']],
    });
    expect(sortedGroups(pairing.groups)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(pairing.stats).toEqual({ newPairs: 1, repeatPairs: 1 });
  });

  it('never pairs a do-not-pair pair, and leaves out only whom nobody allowed (the odd one of the rest joins a trio)', () => {
    const pairing = pairForCoffee({
      memberIds: ids(6),
      doNotPair: [['m0', 'm1'], ['m0', 'm2'], ['m0', 'm3'], ['m0', 'm4'], ['m0', 'm5']],
      seed: 5,
    });
    expect(pairing.unpaired).toEqual(['m0']);
    expect(pairing.groups.flat().sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(pairing.groups.map((group) => group.length).sort()).toEqual([2, 3]);
  });

  it('puts the leftover of an odd round into a trio only with people allowed to meet them', () => {
    // m4 may meet only m0 and m1: the trio, if m4 is the leftover, must be m0, m1 and m4.
    const doNotPair: [string, string][] = [['m4', 'm2'], ['m4', 'm3']];
    for (let seed = 0; seed < 20; seed++) {
      const pairing = pairForCoffee({ memberIds: ids(5), doNotPair, seed });
      const blocked = new Set(doNotPair.map(([a, b]) => key(a, b)));
      for (const group of pairing.groups) for (const a of group) for (const b of group) expect(blocked.has(key(a, b))).toBe(false);
      expect(pairing.groups.flat().sort()).toEqual(ids(5));
    }
  });

  it('gives the same pairing for the same input and seed, whatever the order of the members', () => {
    const input: CoffeePairingInput = { memberIds: ids(11), history: [['m1', 'm2'], ['m3', 'm4']], doNotPair: [['m5', 'm6']], seed: 42 };
    const first = pairForCoffee(input);
    expect(pairForCoffee({ ...input })).toEqual(first);
    expect(pairForCoffee({ ...input, memberIds: [...input.memberIds].reverse() })).toEqual(first);
  });

  it('breaks ties differently for different seeds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) seen.add(JSON.stringify(sortedGroups(pairForCoffee({ memberIds: ids(10), seed }).groups)));
    expect(seen.size).toBeGreaterThan(5);
  });

  describe('on random rounds', () => {
    it('places everyone exactly once, never breaks a do-not-pair, and counts pairs right', () => {
      fc.assert(
        fc.property(randomRound({ maxMembers: 12, withDoNotPair: true }), (input) => {
          const { groups, unpaired, stats } = pairForCoffee(input);
          const placed = [...groups.flat(), ...unpaired];
          expect(placed.sort()).toEqual([...input.memberIds].sort());
          const blocked = new Set((input.doNotPair ?? []).map(([a, b]) => key(a, b)));
          const meetings = meetingsOf(input);
          let newPairs = 0;
          let repeatPairs = 0;
          for (const group of groups) {
            for (let i = 0; i < group.length; i++) {
              for (let j = i + 1; j < group.length; j++) {
                expect(blocked.has(key(group[i]!, group[j]!))).toBe(false);
                if (meetings.has(key(group[i]!, group[j]!))) repeatPairs += 1;
                else newPairs += 1;
              }
            }
          }
          expect(stats).toEqual({ newPairs, repeatPairs });
          // Group sizes: pairs and at most one trio.
          const trios = groups.filter((group) => group.length === 3).length;
          expect(groups.every((group) => group.length === 2 || group.length === 3)).toBe(true);
          expect(trios).toBeLessThanOrEqual(1);
          // Maximum cardinality: no two people left out could have been paired.
          for (const a of unpaired) for (const b of unpaired) if (a !== b) expect(blocked.has(key(a, b))).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('makes exactly one trio for an odd count when nobody is blocked', () => {
      fc.assert(
        fc.property(randomRound({ maxMembers: 12, withDoNotPair: false }), (input) => {
          const { groups, unpaired } = pairForCoffee(input);
          const odd = input.memberIds.length % 2 === 1 && input.memberIds.length > 1;
          expect(groups.filter((group) => group.length === 3)).toHaveLength(odd ? 1 : 0);
          expect(unpaired).toEqual(input.memberIds.length === 1 ? input.memberIds : []);
        }),
        { numRuns: 200 },
      );
    });

    it('finds the best matching, as brute force does (even counts, with do-not-pair)', () => {
      fc.assert(
        fc.property(
          randomRound({ maxMembers: 10, withDoNotPair: true }).filter((input) => input.memberIds.length % 2 === 0),
          (input) => {
            const { groups } = pairForCoffee(input);
            // An even round holds a trio only when someone nobody may meet is left out; the leftover may then
            // have been swapped into a pair, which is no longer the bare matching compared here.
            fc.pre(groups.every((group) => group.length === 2));
            expect(scoreOfGroups(groups, meetingsOf(input))).toEqual(bruteForceBest(input));
          },
        ),
        { numRuns: 200 },
      );
    });

    it('finds the best matching under the trio, as brute force does (odd counts)', () => {
      fc.assert(
        fc.property(
          randomRound({ maxMembers: 9, withDoNotPair: false }).filter((input) => input.memberIds.length % 2 === 1),
          (input) => {
            expect(scoreOfGroups(pairForCoffee(input).groups, meetingsOf(input))).toEqual(bruteForceBest(input));
          },
        ),
        { numRuns: 200 },
      );
    });

    it('is deterministic for a seed', () => {
      fc.assert(
        fc.property(randomRound({ maxMembers: 12, withDoNotPair: true }), (input) => {
          expect(pairForCoffee(input)).toEqual(pairForCoffee(structuredClone(input)));
        }),
        { numRuns: 100 },
      );
    });
  });
});
