/**
 * Maximum-weight matching on a general (non-bipartite) graph in O(n³).
 *
 * A TypeScript port of Joris van Rantwijk's mwmatching.py (2008, https://jorisvr.nl/article/maximum-matching),
 * which implements the primal-dual blossom method of Jack Edmonds as described by Zvi Galil,
 * "Efficient Algorithms for Finding Maximum Matching in Graphs", ACM Computing Surveys 18(1), 1986.
 * Terms below (S/T labels, blossoms, delta1–4) are Galil's. Reading that paper first helps.
 *
 * Weights should be integers: then every dual variable and slack stays an exact integer, so ties are
 * decided exactly. No npm package was sound enough to depend on: the port found there (edmonds-blossom 1.0.0)
 * is a single untyped CommonJS release without maintenance, republished by others as "edmonds-blossom-fixed".
 * Hence this port, checked in its spec against the original's test cases and against brute force.
 */

export type WeightedEdge = readonly [a: number, b: number, weight: number];

export interface MaxWeightMatchingOptions {
  /** Only maximum-cardinality matchings are candidates; among them the heaviest wins. */
  maxCardinality?: boolean;
}

const FREE = 0;
const S_LABEL = 1;
const T_LABEL = 2;
/** Breadcrumb bit set on S-blossoms while tracing back paths in scanBlossom. */
const BREADCRUMB = 4;

/**
 * Returns `mate`: mate[v] is the vertex matched with v, or -1 when v stays single.
 * Vertices are 0 … vertexCount-1; at most one edge per pair, no self-loops.
 */
export function maxWeightMatching(
  vertexCount: number,
  edges: readonly WeightedEdge[],
  options: MaxWeightMatchingOptions = {},
): Int32Array {
  const mate = new Int32Array(vertexCount).fill(-1);
  if (edges.length === 0 || vertexCount < 2) return mate;
  const solver = new BlossomSolver(vertexCount, edges, options.maxCardinality ?? false);
  return solver.solve();
}

/** One run of the algorithm; its fields are the paper's arrays (doubled duals, endpoint indexing). */
class BlossomSolver {
  private readonly n: number;
  private readonly edgeA: Int32Array;
  private readonly edgeB: Int32Array;
  private readonly edgeWeight: Float64Array;
  /** endpoint[p]: the vertex at endpoint p; endpoints 2k and 2k+1 belong to edge k. */
  private readonly endpoint: Int32Array;
  /** Remote endpoints of the edges at each vertex, as a compressed adjacency list. */
  private readonly neighbourStart: Int32Array;
  private readonly neighbourEnds: Int32Array;

  /** mate[v]: remote endpoint of v's matched edge, or -1 (converted to a vertex at the end). */
  private readonly mate: Int32Array;
  private readonly label: Int32Array;
  private readonly labelEnd: Int32Array;
  private readonly inBlossom: Int32Array;
  private readonly blossomParent: Int32Array;
  private readonly blossomChildren: (number[] | null)[];
  private readonly blossomBase: Int32Array;
  private readonly blossomEndpoints: (number[] | null)[];
  private readonly bestEdge: Int32Array;
  private readonly blossomBestEdges: (number[] | null)[];
  private readonly unusedBlossoms: number[];
  /** 2·u(v) for vertices, z(b) for non-trivial blossoms. */
  private readonly dualVar: Float64Array;
  private readonly allowEdge: Uint8Array;
  private queue: number[] = [];

  constructor(
    vertexCount: number,
    edges: readonly WeightedEdge[],
    private readonly maxCardinality: boolean,
  ) {
    const n = vertexCount;
    const m = edges.length;
    this.n = n;
    this.edgeA = new Int32Array(m);
    this.edgeB = new Int32Array(m);
    this.edgeWeight = new Float64Array(m);
    this.endpoint = new Int32Array(2 * m);
    const degree = new Int32Array(n + 1);
    let maxWeight = 0;
    for (let k = 0; k < m; k++) {
      const [a, b, weight] = edges[k];
      if (!(a >= 0 && b >= 0 && a < n && b < n && a !== b)) throw new RangeError(`bad edge ${a}-${b}`);
      this.edgeA[k] = a;
      this.edgeB[k] = b;
      this.edgeWeight[k] = weight;
      this.endpoint[2 * k] = a;
      this.endpoint[2 * k + 1] = b;
      degree[a] += 1;
      degree[b] += 1;
      if (weight > maxWeight) maxWeight = weight;
    }
    this.neighbourStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) this.neighbourStart[v + 1] = this.neighbourStart[v] + degree[v];
    this.neighbourEnds = new Int32Array(2 * m);
    const fill = this.neighbourStart.slice(0, n);
    for (let k = 0; k < m; k++) {
      this.neighbourEnds[fill[this.edgeA[k]]++] = 2 * k + 1;
      this.neighbourEnds[fill[this.edgeB[k]]++] = 2 * k;
    }

    this.mate = new Int32Array(n).fill(-1);
    this.label = new Int32Array(2 * n);
    this.labelEnd = new Int32Array(2 * n).fill(-1);
    this.inBlossom = new Int32Array(n);
    for (let v = 0; v < n; v++) this.inBlossom[v] = v;
    this.blossomParent = new Int32Array(2 * n).fill(-1);
    this.blossomChildren = new Array<number[] | null>(2 * n).fill(null);
    this.blossomBase = new Int32Array(2 * n).fill(-1);
    for (let v = 0; v < n; v++) this.blossomBase[v] = v;
    this.blossomEndpoints = new Array<number[] | null>(2 * n).fill(null);
    this.bestEdge = new Int32Array(2 * n).fill(-1);
    this.blossomBestEdges = new Array<number[] | null>(2 * n).fill(null);
    this.unusedBlossoms = [];
    for (let b = n; b < 2 * n; b++) this.unusedBlossoms.push(b);
    this.dualVar = new Float64Array(2 * n);
    this.dualVar.fill(maxWeight, 0, n);
    this.allowEdge = new Uint8Array(m);
  }

  solve(): Int32Array {
    const n = this.n;
    for (let stage = 0; stage < n; stage++) {
      if (!this.runStage()) break;
      // End of a stage: expand every top-level S-blossom whose dual reached zero.
      for (let b = n; b < 2 * n; b++) {
        if (this.blossomParent[b] === -1 && this.blossomBase[b] >= 0 && this.label[b] === S_LABEL && this.dualVar[b] === 0) {
          this.expandBlossom(b, true);
        }
      }
    }
    const result = new Int32Array(n).fill(-1);
    for (let v = 0; v < n; v++) if (this.mate[v] >= 0) result[v] = this.endpoint[this.mate[v]];
    return result;
  }

  /** One stage: grow alternating trees (adjusting duals when stuck) until one augmentation. */
  private runStage(): boolean {
    const n = this.n;
    this.label.fill(FREE);
    this.bestEdge.fill(-1);
    for (let b = n; b < 2 * n; b++) this.blossomBestEdges[b] = null;
    this.allowEdge.fill(0);
    this.queue = [];
    for (let v = 0; v < n; v++) {
      if (this.mate[v] === -1 && this.label[this.inBlossom[v]] === FREE) this.assignLabel(v, S_LABEL, -1);
    }
    for (;;) {
      if (this.scanQueue()) return true;
      const outcome = this.adjustDuals();
      if (outcome === 'optimum') return false;
    }
  }

  /** Label everything reachable over tight edges; true when an augmenting path was used. */
  private scanQueue(): boolean {
    const { inBlossom, label, allowEdge, bestEdge, endpoint, neighbourEnds, neighbourStart } = this;
    while (this.queue.length > 0) {
      const v = this.queue.pop()!;
      for (let i = neighbourStart[v], end = neighbourStart[v + 1]; i < end; i++) {
        const p = neighbourEnds[i];
        const k = p >> 1;
        const w = endpoint[p];
        if (inBlossom[v] === inBlossom[w]) continue; // internal to a blossom
        let kSlack = 0;
        if (!allowEdge[k]) {
          kSlack = this.slack(k);
          if (kSlack <= 0) allowEdge[k] = 1;
        }
        if (allowEdge[k]) {
          const wLabel = label[inBlossom[w]];
          if (wLabel === FREE) {
            // w is free: it becomes T and its mate S.
            this.assignLabel(w, T_LABEL, p ^ 1);
          } else if (wLabel === S_LABEL) {
            // Two S-vertices in different blossoms: a new blossom or an augmenting path.
            const base = this.scanBlossom(v, w);
            if (base >= 0) {
              this.addBlossom(base, k);
            } else {
              this.augmentMatching(k);
              return true;
            }
          } else if (label[w] === FREE) {
            // w sits inside a T-blossom and was not reached yet; remember how, for a later expansion.
            label[w] = T_LABEL;
            this.labelEnd[w] = p ^ 1;
          }
        } else if (label[inBlossom[w]] === S_LABEL) {
          const b = inBlossom[v];
          if (bestEdge[b] === -1 || kSlack < this.slack(bestEdge[b])) bestEdge[b] = k;
        } else if (label[w] === FREE) {
          if (bestEdge[w] === -1 || kSlack < this.slack(bestEdge[w])) bestEdge[w] = k;
        }
      }
    }
    return false;
  }

  /** No augmenting path over tight edges: move the duals by the smallest delta that makes progress. */
  private adjustDuals(): 'optimum' | 'continue' {
    const { n, label, inBlossom, bestEdge, blossomParent, blossomBase, dualVar } = this;
    let deltaType = -1;
    let delta = 0;
    let deltaEdge = -1;
    let deltaBlossom = -1;

    // delta1: the smallest vertex dual (only when cardinality need not be maximum).
    if (!this.maxCardinality) {
      deltaType = 1;
      delta = minOf(dualVar, 0, n);
    }
    // delta2: the least slack between an S-vertex and a free vertex.
    for (let v = 0; v < n; v++) {
      if (label[inBlossom[v]] === FREE && bestEdge[v] !== -1) {
        const d = this.slack(bestEdge[v]);
        if (deltaType === -1 || d < delta) {
          delta = d;
          deltaType = 2;
          deltaEdge = bestEdge[v];
        }
      }
    }
    // delta3: half the least slack between two S-blossoms.
    for (let b = 0; b < 2 * n; b++) {
      if (blossomParent[b] === -1 && label[b] === S_LABEL && bestEdge[b] !== -1) {
        const d = this.slack(bestEdge[b]) / 2;
        if (deltaType === -1 || d < delta) {
          delta = d;
          deltaType = 3;
          deltaEdge = bestEdge[b];
        }
      }
    }
    // delta4: the smallest dual of a top-level T-blossom.
    for (let b = n; b < 2 * n; b++) {
      if (blossomBase[b] >= 0 && blossomParent[b] === -1 && label[b] === T_LABEL && (deltaType === -1 || dualVar[b] < delta)) {
        delta = dualVar[b];
        deltaType = 4;
        deltaBlossom = b;
      }
    }
    if (deltaType === -1) {
      // Maximum cardinality reached and nothing else can improve; a last update keeps the duals verifiable.
      deltaType = 1;
      delta = Math.max(0, minOf(dualVar, 0, n));
    }

    for (let v = 0; v < n; v++) {
      const l = label[inBlossom[v]];
      if (l === S_LABEL) dualVar[v] -= delta;
      else if (l === T_LABEL) dualVar[v] += delta;
    }
    for (let b = n; b < 2 * n; b++) {
      if (blossomBase[b] >= 0 && blossomParent[b] === -1) {
        if (label[b] === S_LABEL) dualVar[b] += delta;
        else if (label[b] === T_LABEL) dualVar[b] -= delta;
      }
    }

    if (deltaType === 1) return 'optimum';
    if (deltaType === 2) {
      this.allowEdge[deltaEdge] = 1;
      let i = this.edgeA[deltaEdge];
      if (label[inBlossom[i]] === FREE) i = this.edgeB[deltaEdge];
      this.queue.push(i);
    } else if (deltaType === 3) {
      this.allowEdge[deltaEdge] = 1;
      this.queue.push(this.edgeA[deltaEdge]);
    } else {
      this.expandBlossom(deltaBlossom, false);
    }
    return 'continue';
  }

  /** Twice the slack of edge k (not meaningful inside a blossom). */
  private slack(k: number): number {
    return this.dualVar[this.edgeA[k]] + this.dualVar[this.edgeB[k]] - 2 * this.edgeWeight[k];
  }

  private leaves(b: number, out: number[] = []): number[] {
    if (b < this.n) {
      out.push(b);
    } else {
      for (const child of this.blossomChildren[b]!) {
        if (child < this.n) out.push(child);
        else this.leaves(child, out);
      }
    }
    return out;
  }

  /** Label the top-level blossom of w with t, reached through the edge whose remote endpoint is p. */
  private assignLabel(w: number, t: number, p: number): void {
    const b = this.inBlossom[w];
    this.label[w] = this.label[b] = t;
    this.labelEnd[w] = this.labelEnd[b] = p;
    this.bestEdge[w] = this.bestEdge[b] = -1;
    if (t === S_LABEL) {
      this.leaves(b, this.queue);
    } else {
      // A T-blossom's base is its only vertex matched outside: its mate becomes S.
      const baseMate = this.mate[this.blossomBase[b]];
      this.assignLabel(this.endpoint[baseMate], S_LABEL, baseMate ^ 1);
    }
  }

  /** Trace back from v and w: the base of a new blossom, or -1 when the paths reach two single vertices. */
  private scanBlossom(v: number, w: number): number {
    const { label, inBlossom, labelEnd, endpoint } = this;
    const path: number[] = [];
    let base = -1;
    while (v !== -1 || w !== -1) {
      let b = inBlossom[v];
      if (label[b] & BREADCRUMB) {
        base = this.blossomBase[b];
        break;
      }
      path.push(b);
      label[b] = S_LABEL | BREADCRUMB;
      if (labelEnd[b] === -1) {
        v = -1; // the base of b is single: this path ends here
      } else {
        v = endpoint[labelEnd[b]];
        b = inBlossom[v];
        v = endpoint[labelEnd[b]]; // step over the T-blossom
      }
      if (w !== -1) [v, w] = [w, v];
    }
    for (const b of path) label[b] = S_LABEL;
    return base;
  }

  /** Shrink the odd cycle closed by edge k into a new S-blossom with the given base. */
  private addBlossom(base: number, k: number): void {
    const { inBlossom, blossomParent, labelEnd, endpoint, label, n } = this;
    let v = this.edgeA[k];
    let w = this.edgeB[k];
    const bb = inBlossom[base];
    let bv = inBlossom[v];
    let bw = inBlossom[w];
    const b = this.unusedBlossoms.pop()!;
    this.blossomBase[b] = base;
    blossomParent[b] = -1;
    blossomParent[bb] = b;
    const children: number[] = [];
    const ends: number[] = [];
    while (bv !== bb) {
      blossomParent[bv] = b;
      children.push(bv);
      ends.push(labelEnd[bv]);
      v = endpoint[labelEnd[bv]];
      bv = inBlossom[v];
    }
    children.push(bb);
    children.reverse();
    ends.reverse();
    ends.push(2 * k);
    while (bw !== bb) {
      blossomParent[bw] = b;
      children.push(bw);
      ends.push(labelEnd[bw] ^ 1);
      w = endpoint[labelEnd[bw]];
      bw = inBlossom[w];
    }
    this.blossomChildren[b] = children;
    this.blossomEndpoints[b] = ends;
    label[b] = S_LABEL;
    labelEnd[b] = labelEnd[bb];
    this.dualVar[b] = 0;
    for (const leaf of this.leaves(b)) {
      // Former T-vertices become S inside the new blossom and must be scanned.
      if (label[inBlossom[leaf]] === T_LABEL) this.queue.push(leaf);
      inBlossom[leaf] = b;
    }

    // The least-slack edge from the new blossom to every other S-blossom.
    const bestEdgeTo = new Int32Array(2 * n).fill(-1);
    for (const child of children) {
      const lists: ArrayLike<number>[] = [];
      const known = this.blossomBestEdges[child];
      if (known) {
        lists.push(known);
      } else {
        for (const leaf of this.leaves(child)) {
          const from = this.neighbourStart[leaf];
          const to = this.neighbourStart[leaf + 1];
          const edgesOfLeaf: number[] = [];
          for (let i = from; i < to; i++) edgesOfLeaf.push(this.neighbourEnds[i] >> 1);
          lists.push(edgesOfLeaf);
        }
      }
      for (const list of lists) {
        for (let idx = 0; idx < list.length; idx++) {
          const e = list[idx];
          let j = this.edgeB[e];
          if (inBlossom[j] === b) j = this.edgeA[e];
          const bj = inBlossom[j];
          if (bj !== b && label[bj] === S_LABEL && (bestEdgeTo[bj] === -1 || this.slack(e) < this.slack(bestEdgeTo[bj]))) {
            bestEdgeTo[bj] = e;
          }
        }
      }
      this.blossomBestEdges[child] = null;
      this.bestEdge[child] = -1;
    }
    const best: number[] = [];
    for (let i = 0; i < bestEdgeTo.length; i++) if (bestEdgeTo[i] !== -1) best.push(bestEdgeTo[i]);
    this.blossomBestEdges[b] = best;
    this.bestEdge[b] = -1;
    for (const e of best) {
      if (this.bestEdge[b] === -1 || this.slack(e) < this.slack(this.bestEdge[b])) this.bestEdge[b] = e;
    }
  }

  /** Dissolve top-level blossom b into its children (relabelling them when done mid-stage). */
  private expandBlossom(b: number, endOfStage: boolean): void {
    const { n, inBlossom, blossomParent, label, labelEnd, endpoint } = this;
    const children = this.blossomChildren[b]!;
    for (const s of children) {
      blossomParent[s] = -1;
      if (s < n) inBlossom[s] = s;
      else if (endOfStage && this.dualVar[s] === 0) this.expandBlossom(s, endOfStage);
      else for (const leaf of this.leaves(s)) inBlossom[leaf] = s;
    }

    if (!endOfStage && label[b] === T_LABEL) {
      // Relabel the children along the even-length path from the entry child to the base.
      const ends = this.blossomEndpoints[b]!;
      const entryChild = inBlossom[endpoint[labelEnd[b] ^ 1]];
      let j = children.indexOf(entryChild);
      let step: number;
      let endTrick: number;
      if (j & 1) {
        j -= children.length; // odd start: go forward, wrapping round
        step = 1;
        endTrick = 0;
      } else {
        step = -1;
        endTrick = 1;
      }
      let p = labelEnd[b];
      while (j !== 0) {
        label[endpoint[p ^ 1]] = FREE;
        label[endpoint[ends.at(j - endTrick)! ^ endTrick ^ 1]] = FREE;
        this.assignLabel(endpoint[p ^ 1], T_LABEL, p);
        this.allowEdge[ends.at(j - endTrick)! >> 1] = 1;
        j += step;
        p = ends.at(j - endTrick)! ^ endTrick;
        this.allowEdge[p >> 1] = 1;
        j += step;
      }
      // The base child becomes T without passing through to its mate.
      const baseChild = children.at(j)!;
      label[endpoint[p ^ 1]] = label[baseChild] = T_LABEL;
      labelEnd[endpoint[p ^ 1]] = labelEnd[baseChild] = p;
      this.bestEdge[baseChild] = -1;
      j += step;
      while (children.at(j) !== entryChild) {
        const child = children.at(j)!;
        if (label[child] === S_LABEL) {
          // Already labelled S through a neighbour during this stage.
          j += step;
          continue;
        }
        const reached = this.leaves(child).find((leaf) => label[leaf] !== FREE);
        if (reached !== undefined) {
          // Reachable from outside: the child becomes a T-blossom.
          label[reached] = FREE;
          label[endpoint[this.mate[this.blossomBase[child]]]] = FREE;
          this.assignLabel(reached, T_LABEL, labelEnd[reached]);
        }
        j += step;
      }
    }

    label[b] = labelEnd[b] = -1;
    this.blossomChildren[b] = null;
    this.blossomEndpoints[b] = null;
    this.blossomBase[b] = -1;
    this.blossomBestEdges[b] = null;
    this.bestEdge[b] = -1;
    this.unusedBlossoms.push(b);
  }

  /** Flip matched and unmatched edges on the path through blossom b from vertex v to its base. */
  private augmentBlossom(b: number, v: number): void {
    const { n, endpoint, mate } = this;
    let t = v;
    while (this.blossomParent[t] !== b) t = this.blossomParent[t];
    if (t >= n) this.augmentBlossom(t, v);
    const children = this.blossomChildren[b]!;
    const ends = this.blossomEndpoints[b]!;
    const i = children.indexOf(t);
    let j = i;
    let step: number;
    let endTrick: number;
    if (i & 1) {
      j -= children.length;
      step = 1;
      endTrick = 0;
    } else {
      step = -1;
      endTrick = 1;
    }
    while (j !== 0) {
      j += step;
      let child = children.at(j)!;
      const p = ends.at(j - endTrick)! ^ endTrick;
      if (child >= n) this.augmentBlossom(child, endpoint[p]);
      j += step;
      child = children.at(j)!;
      if (child >= n) this.augmentBlossom(child, endpoint[p ^ 1]);
      mate[endpoint[p]] = p ^ 1;
      mate[endpoint[p ^ 1]] = p;
    }
    // Rotate so that the new base comes first.
    this.blossomChildren[b] = children.slice(i).concat(children.slice(0, i));
    this.blossomEndpoints[b] = ends.slice(i).concat(ends.slice(0, i));
    this.blossomBase[b] = this.blossomBase[this.blossomChildren[b]![0]];
  }

  /** Augment along the path through edge k, which joins two S-vertices of different trees. */
  private augmentMatching(k: number): void {
    const { n, inBlossom, labelEnd, endpoint, mate } = this;
    const starts: [number, number][] = [
      [this.edgeA[k], 2 * k + 1],
      [this.edgeB[k], 2 * k],
    ];
    for (let [s, p] of starts) {
      for (;;) {
        const bs = inBlossom[s];
        if (bs >= n) this.augmentBlossom(bs, s);
        mate[s] = p;
        if (labelEnd[bs] === -1) break; // reached a single vertex
        const t = endpoint[labelEnd[bs]];
        const bt = inBlossom[t];
        s = endpoint[labelEnd[bt]];
        const j = endpoint[labelEnd[bt] ^ 1];
        if (bt >= n) this.augmentBlossom(bt, j);
        mate[j] = labelEnd[bt];
        p = labelEnd[bt] ^ 1;
      }
    }
  }
}

function minOf(values: Float64Array, from: number, to: number): number {
  let min = Infinity;
  for (let i = from; i < to; i++) if (values[i] < min) min = values[i];
  return min;
}
