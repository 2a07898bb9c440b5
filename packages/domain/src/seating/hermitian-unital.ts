import type { Resolution } from './designs';
import { resolveBlocks } from './exact-resolution';
import { galoisField } from './galois-field';

/**
 * The Hermitian unital of order 3: the 28 points of the projective plane PG(2, 9) with x⁴ + y⁴ + z⁴ = 0 (x⁴ is the
 * norm from GF(9) to GF(3)); every line meeting it in more than one point meets it in 4, giving 63 blocks in which
 * every pair lies exactly once — a 2-(28, 4, 1) design (Bose 1959; see "Unitals" in Colbourn & Dinitz, Handbook of
 * Combinatorial Designs, 2nd ed., 2007). Its blocks split into 9 rounds of 7 groups (found by exact cover),
 * which solves the complete social-golfer instance 7-4-9.
 */
export function hermitianUnital28(): Resolution | undefined {
  const field = galoisField(9)!;
  const norm = (a: number) => field.mul(field.mul(a, a), field.mul(a, a));
  const dot = (u: number[], w: number[]) => field.add(field.add(field.mul(u[0]!, w[0]!), field.mul(u[1]!, w[1]!)), field.mul(u[2]!, w[2]!));
  // Points of PG(2, 9) written with their first nonzero coordinate 1; lines are given by the same triples.
  const projective: number[][] = [];
  for (let x = 0; x < 9; x++) {
    for (let y = 0; y < 9; y++) for (let z = 0; z < 9; z++) if ([x, y, z].find((c) => c !== 0) === 1) projective.push([x, y, z]);
  }
  const unital = projective.filter(([x, y, z]) => field.add(field.add(norm(x!), norm(y!)), norm(z!)) === 0);
  const blocks = projective
    .map((line) => unital.flatMap((point, i) => (dot(line, point) === 0 ? [i] : [])))
    .filter((block) => block.length > 1);
  return resolveBlocks(unital.length, blocks);
}
