import { foldForSearch, searchTerms, toPrefixTsQuery } from './search.rules';

describe('search terms', () => {
  it('fold case, accents and the Catalan middle dot', () => {
    expect(foldForSearch('Diseño Gràfic · Il·lustració ÀÇ')).toBe('diseno grafic  illustracio ac');
  });

  it('keep only letters and digits, so that no tsquery operator can slip in', () => {
    expect(searchTerms(`foto & !web | 'x':* (seo)`)).toEqual(['foto', 'web', 'x', 'seo']);
    expect(searchTerms('  ')).toEqual([]);
  });

  it('make every word a prefix that must match', () => {
    expect(toPrefixTsQuery('Disseny  web')).toBe('disseny:* & web:*');
    expect(toPrefixTsQuery('¿?')).toBeNull();
  });
});
