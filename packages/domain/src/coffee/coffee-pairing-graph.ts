import type { WeightedEdge } from './matching/max-weight-matching';

/**
 * A repeat pair weighs REPEAT_LEVELS minus how often it met (down to 1): the less often, the better.
 * Meeting counts beyond that all weigh the same.
 */
const REPEAT_LEVELS = 16;

/**
 * The members of one round (by index), how often each pair met, and who may never be paired.
 * Pair keys are `low * size + high` over member indices.
 */
export class CoffeePairGraph {
  private readonly indexOf = new Map<string, number>();
  private readonly meetings = new Map<number, number>();
  private readonly blocked = new Set<number>();

  constructor(
    readonly members: readonly string[],
    history: readonly (readonly [string, string])[],
    doNotPair: readonly (readonly [string, string])[],
  ) {
    members.forEach((id, index) => this.indexOf.set(id, index));
    for (const [a, b] of history) {
      const key = this.keyOfIds(a, b);
      if (key !== undefined) this.meetings.set(key, (this.meetings.get(key) ?? 0) + 1);
    }
    for (const [a, b] of doNotPair) {
      const key = this.keyOfIds(a, b);
      if (key !== undefined) this.blocked.add(key);
    }
  }

  get size(): number {
    return this.members.length;
  }

  timesMet(a: number, b: number): number {
    return this.meetings.get(this.key(a, b)) ?? 0;
  }

  allowed(a: number, b: number): boolean {
    return a !== b && !this.blocked.has(this.key(a, b));
  }

  /**
   * Every allowed pair, weighted so that one more never-met pair outweighs any gain among repeat pairs
   * (a matching holds at most size/2 pairs, each repeat weighing less than REPEAT_LEVELS), and among
   * repeats, pairs who met less often weigh more. Integer weights keep the matching exact.
   */
  weightedEdges(): WeightedEdge[] {
    const n = this.size;
    const newPairWeight = REPEAT_LEVELS * (Math.floor(n / 2) + 1);
    const edges: WeightedEdge[] = [];
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        if (!this.allowed(a, b)) continue;
        const met = this.timesMet(a, b);
        edges.push([a, b, met === 0 ? newPairWeight : REPEAT_LEVELS - Math.min(met, REPEAT_LEVELS - 1)]);
      }
    }
    return edges;
  }

  private key(a: number, b: number): number {
    return a < b ? a * this.size + b : b * this.size + a;
  }

  /** Pairs naming someone outside this round, or a member with themselves, do not matter. */
  private keyOfIds(a: string, b: string): number | undefined {
    const ia = this.indexOf.get(a);
    const ib = this.indexOf.get(b);
    if (ia === undefined || ib === undefined || ia === ib) return undefined;
    return this.key(ia, ib);
  }
}
