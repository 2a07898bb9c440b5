import { filtersFromParams, hasFilters, paramsFromFilters, skillSearchPath } from './directory-params';

describe('directory search parameters', () => {
  it('reads the filters of a shared link, trimmed, leaving out empty ones', () => {
    expect(filtersFromParams(new URLSearchParams('q=%20disseny%20&skill=&language=ca&other=x'))).toEqual({
      q: 'disseny',
      language: 'ca',
    });
  });

  it('writes only the filters that are set, in a stable order', () => {
    expect(paramsFromFilters({ language: 'es', q: 'web', skill: ' ', category: '' }).toString()).toBe('q=web&language=es');
  });

  it('goes both ways', () => {
    const filters = { q: 'diseño gráfico', skill: 'UX', category: '7c4f0a4e-1d2b-4c3a-9e8f-0a1b2c3d4e5f', language: 'ca' };
    expect(filtersFromParams(paramsFromFilters(filters))).toEqual(filters);
  });

  it('knows when the directory is narrowed', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ skill: 'SEO' })).toBe(true);
  });

  it('links a skill to the directory narrowed to it', () => {
    expect(skillSearchPath('Disseny & UX')).toBe('/directory?skill=Disseny+%26+UX');
  });
});
