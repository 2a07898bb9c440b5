import { affineResolution, designFor, kirkmanSchoolgirls, type Resolution } from './designs';
import { hermitianUnital28 } from './hermitian-unital';
import { galoisField, primePowerOf } from './galois-field';

/** Every round splits 0..v-1 into groups of `size`; returns how many pairs meet more than once and how many meet. */
function checkResolution(design: Resolution, groups: number, size: number) {
  const v = groups * size;
  const met = new Map<string, number>();
  for (const round of design) {
    expect(round).toHaveLength(groups);
    expect(round.flat().sort((a, b) => a - b)).toEqual([...Array(v).keys()]);
    for (const group of round) {
      expect(group).toHaveLength(size);
      for (const a of group) for (const b of group) if (a < b) met.set(`${a}-${b}`, (met.get(`${a}-${b}`) ?? 0) + 1);
    }
  }
  return { repeated: [...met.values()].filter((m) => m > 1).length, pairs: met.size };
}

describe('finite fields', () => {
  it('recognises prime powers', () => {
    expect(primePowerOf(4)).toEqual([2, 2]);
    expect(primePowerOf(27)).toEqual([3, 3]);
    expect(primePowerOf(7)).toEqual([7, 1]);
    expect(primePowerOf(6)).toBeUndefined();
    expect(primePowerOf(1)).toBeUndefined();
  });

  it.each([2, 3, 4, 5, 7, 8, 9])('GF(%i) is a field: every nonzero element has an inverse and multiplication distributes', (q) => {
    const field = galoisField(q)!;
    for (let a = 1; a < q; a++) expect([...Array(q).keys()].some((b) => field.mul(a, b) === 1)).toBe(true);
    for (let a = 0; a < q; a++) {
      for (let b = 0; b < q; b++) {
        for (let c = 0; c < q; c++) expect(field.mul(a, field.add(b, c))).toBe(field.add(field.mul(a, b), field.mul(a, c)));
      }
    }
  });

  it('GF(4) is not the integers mod 4', () => {
    const field = galoisField(4)!;
    expect([1, 2, 3].map((a) => [1, 2, 3].find((b) => field.mul(a, b) === 1))).not.toContain(undefined);
    expect(field.add(1, 1)).toBe(0);
  });
});

describe('designs', () => {
  it.each([2, 3, 4, 5, 7, 8])('the affine plane of order %i: q + 1 rounds in which every pair meets exactly once', (q) => {
    const design = affineResolution(q, q)!;
    expect(design).toHaveLength(q + 1);
    expect(checkResolution(design, q, q)).toEqual({ repeated: 0, pairs: (q * q * (q * q - 1)) / 2 });
  });

  it("Kirkman's schoolgirls: 7 rounds of 5 triples, every pair of 15 exactly once", () => {
    const design = kirkmanSchoolgirls();
    expect(design).toHaveLength(7);
    expect(checkResolution(design, 5, 3)).toEqual({ repeated: 0, pairs: 105 });
  });

  it('the Hermitian unital of order 3: 9 rounds of 7 groups of 4, every pair of 28 exactly once (7-4-9)', () => {
    const design = hermitianUnital28()!;
    expect(design).toHaveLength(9);
    expect(checkResolution(design, 7, 4)).toEqual({ repeated: 0, pairs: (28 * 27) / 2 });
    expect(designFor(7, 4, 9)).toEqual(design);
  });

  it('transversal rounds from GF(q): 5-4-5 and 8-4-9 (with the column round) without a repeat', () => {
    expect(checkResolution(affineResolution(5, 4)!, 5, 4).repeated).toBe(0);
    const eight = affineResolution(8, 4)!;
    expect(eight).toHaveLength(9);
    expect(checkResolution(eight, 8, 4).repeated).toBe(0);
  });

  it('has no design where no construction applies', () => {
    expect(designFor(6, 4, 7)).toBeUndefined();
    expect(designFor(5, 6, 2)).toBeUndefined();
  });
});
