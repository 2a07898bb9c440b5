import type { Resolution } from './designs';

/**
 * Splits the blocks of a design on points 0..v-1 (v ≤ 30) into rounds that each cover every point once, by a
 * deterministic exact-cover search: first every parallel class, then a choice of disjoint classes covering all
 * blocks. Used for designs small enough that this takes milliseconds. Undefined when the blocks have no resolution.
 */
export function resolveBlocks(v: number, blocks: number[][]): Resolution | undefined {
  const full = 2 ** v - 1;
  const masks = blocks.map((block) => block.reduce((mask, point) => mask | (1 << point), 0));
  const firstOf = blocks.map((block) => Math.min(...block));

  const classes: number[][] = [];
  const extendClass = (chosen: number[], covered: number) => {
    if (covered === full) return void classes.push([...chosen]);
    let lowest = 0;
    while (covered & (1 << lowest)) lowest++;
    masks.forEach((mask, i) => {
      if (firstOf[i] === lowest && (mask & covered) === 0) extendClass([...chosen, i], covered | mask);
    });
  };
  extendClass([], 0);

  const used = new Uint8Array(blocks.length);
  const rounds: number[][] = [];
  const extendResolution = (): boolean => {
    const first = used.indexOf(0);
    if (first === -1) return true;
    for (const parallelClass of classes) {
      if (!parallelClass.includes(first) || parallelClass.some((i) => used[i])) continue;
      parallelClass.forEach((i) => (used[i] = 1));
      rounds.push(parallelClass);
      if (extendResolution()) return true;
      rounds.pop();
      parallelClass.forEach((i) => (used[i] = 0));
    }
    return false;
  };
  return extendResolution() ? rounds.map((parallelClass) => parallelClass.map((i) => [...blocks[i]!])) : undefined;
}
