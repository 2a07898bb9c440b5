import { languageName, languageOptions } from './languages';

describe('languages', () => {
  it('names a language in the reader’s language', () => {
    expect(languageName('fr', 'ca')).toBe('Francès');
    expect(languageName('fr', 'es')).toBe('Francés');
    expect(languageName('fr', 'en')).toBe('French');
  });

  it('offers the common languages alphabetically, plus any other asked for', () => {
    const options = languageOptions('en', ['sw']);
    const labels = options.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
    expect(options.map((option) => option.value)).toEqual(expect.arrayContaining(['ca', 'es', 'en', 'sw']));
  });
});
