import fc from 'fast-check';
import { excerptOf } from './post.rules';
import { POST_EXCERPT_LENGTH } from './post.schema';

/** No half of an emoji left alone (String.prototype.isWellFormed is past this package's ES2022 lib). */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('a post excerpt', () => {
  it('keeps a body that fits, whole and not truncated', () => {
    expect(excerptOf('Un consell curt.')).toEqual({ excerpt: 'Un consell curt.', truncated: false });
    const exact = 'x'.repeat(POST_EXCERPT_LENGTH);
    expect(excerptOf(exact)).toEqual({ excerpt: exact, truncated: false });
  });

  it('cuts a longer body at the last word boundary, with an ellipsis', () => {
    expect(excerptOf('Una frase bastant llarga', 12)).toEqual({ excerpt: 'Una frase…', truncated: true });
    expect(excerptOf('Dues paraules i prou', 15)).toEqual({ excerpt: 'Dues paraules…', truncated: true });
    expect(excerptOf('Hola món bonic', 10)).toEqual({ excerpt: 'Hola món…', truncated: true });
    // The word ending right where the ellipsis starts is kept whole.
    expect(excerptOf('abc def ghi', 8)).toEqual({ excerpt: 'abc def…', truncated: true });
  });

  it('never ends on spaces or line breaks before the ellipsis', () => {
    expect(excerptOf('Primer paràgraf.\n\n\n\nSegon paràgraf molt llarg', 22)).toEqual({ excerpt: 'Primer paràgraf.…', truncated: true });
  });

  it('cuts a single word longer than the excerpt, but never an emoji in half', () => {
    expect(excerptOf('Supercalifragilístic', 8)).toEqual({ excerpt: 'Superca…', truncated: true });
    const emojis = '😀'.repeat(10);
    const { excerpt } = excerptOf(emojis, 6);
    expect(excerpt).toBe('😀😀…');
    expect(wellFormed(excerpt)).toBe(true);
  });

  it('reads the same from the start of a long body as from the whole of it', () => {
    const body = `${'paraula '.repeat(60)}final`;
    expect(excerptOf(body.slice(0, POST_EXCERPT_LENGTH + 1))).toEqual(excerptOf(body));
    expect(excerptOf(body).truncated).toBe(true);
  });

  it('always fits the limit and starts the body', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '😀', 'ŀ'), maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (body, max) => {
        const { excerpt, truncated } = excerptOf(body, max);
        expect(excerpt.length).toBeLessThanOrEqual(max);
        expect(wellFormed(excerpt)).toBe(true);
        const text = body;
        expect(truncated).toBe(text.length > max);
        if (truncated) {
          expect(excerpt.endsWith('…')).toBe(true);
          expect(text.startsWith(excerpt.slice(0, -1))).toBe(true);
        } else {
          expect(excerpt).toBe(text);
        }
      }),
    );
  });
});
