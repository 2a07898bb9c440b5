import { ERROR_CODES } from '@tertulia/domain';
import { translations } from './resources';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a translation tree as a dotted key, with its sentence. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

const locales = translations as unknown as Record<string, Tree>;
const en = locales.en!;
const keysOf = (locale: string) => [...leaves(locales[locale]!).keys()].sort();

/** The {{placeholders}} of a sentence, which every translation must keep. */
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('locales', () => {
  it.each(['ca', 'es'])('%s has exactly the keys of en, nested the same way', (locale) => {
    expect(keysOf(locale)).toEqual(keysOf('en'));
  });

  it.each(['ca', 'es', 'en'])('%s has no empty sentence', (locale) => {
    const empty = [...leaves(locales[locale]!)].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(['ca', 'es', 'en'])('%s translates every API error code', (locale) => {
    const errors = leaves(locales[locale]!);
    const missing = ERROR_CODES.filter((code) => !errors.get(`errors.${code}`));
    expect(missing).toEqual([]);
  });

  it.each(['ca', 'es'])('%s keeps the placeholders of every English sentence', (locale) => {
    const english = leaves(en);
    const translated = leaves(locales[locale]!);
    const broken = [...english]
      .filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(translated.get(key) ?? '')))
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });
});
