/**
 * Finite fields GF(q) for prime powers q = p^e, as addition and multiplication tables over 0..q-1.
 * An element is a polynomial over GF(p) of degree < e, written in base p (digit k = coefficient of x^k);
 * products are reduced modulo the first monic irreducible polynomial of degree e. (Plain integers mod q are
 * a field only for prime q: GF(4) ≠ Z/4.)
 */
export interface GaloisField {
  order: number;
  add: (a: number, b: number) => number;
  mul: (a: number, b: number) => number;
}

/** [p, e] when q = p^e for a prime p, else undefined. */
export function primePowerOf(q: number): [number, number] | undefined {
  if (!Number.isInteger(q) || q < 2) return undefined;
  let p = 2;
  while (q % p !== 0) p++;
  let e = 0;
  for (let rest = q; rest > 1; rest /= p) {
    if (rest % p !== 0) return undefined;
    e++;
  }
  return [p, e];
}

const digits = (value: number, p: number, e: number) => Array.from({ length: e }, (_, k) => Math.floor(value / p ** k) % p);
const fromDigits = (coefficients: number[], p: number) => coefficients.reduceRight((acc, c) => acc * p + c, 0);

/** Multiplies two polynomials of degree < e and reduces modulo the monic `modulus` (its e low coefficients). */
function multiplyModulo(a: number[], b: number[], modulus: number[], p: number): number[] {
  const e = modulus.length;
  const product = new Array<number>(2 * e - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (product[i + j] = (product[i + j]! + x * y) % p)));
  // x^e = −(modulus), applied from the top degree down.
  for (let degree = 2 * e - 2; degree >= e; degree--) {
    const top = product[degree]!;
    if (top === 0) continue;
    product[degree] = 0;
    modulus.forEach((c, k) => (product[degree - e + k] = (((product[degree - e + k]! - top * c) % p) + p) % p));
  }
  return product.slice(0, e);
}

export function galoisField(q: number): GaloisField | undefined {
  const power = primePowerOf(q);
  if (!power) return undefined;
  const [p, e] = power;
  const addTable = new Uint16Array(q * q);
  for (let a = 0; a < q; a++) {
    for (let b = 0; b < q; b++) {
      const da = digits(a, p, e);
      const db = digits(b, p, e);
      addTable[a * q + b] = fromDigits(da.map((x, k) => (x + db[k]!) % p), p);
    }
  }
  // Try the monic polynomials of degree e in turn; the first whose products give every nonzero element an inverse is irreducible.
  for (let candidate = 0; candidate < q; candidate++) {
    const modulus = digits(candidate, p, e);
    const mulTable = new Uint16Array(q * q);
    for (let a = 0; a < q; a++) {
      for (let b = 0; b < q; b++) mulTable[a * q + b] = fromDigits(multiplyModulo(digits(a, p, e), digits(b, p, e), modulus, p), p);
    }
    let isField = true;
    for (let a = 1; a < q && isField; a++) {
      let hasInverse = false;
      for (let b = 1; b < q && !hasInverse; b++) hasInverse = mulTable[a * q + b] === 1;
      isField = hasInverse;
    }
    if (isField) return { order: q, add: (a, b) => addTable[a * q + b]!, mul: (a, b) => mulTable[a * q + b]! };
  }
  return undefined;
}
