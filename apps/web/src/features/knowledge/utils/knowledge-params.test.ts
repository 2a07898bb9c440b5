import { authorPath, filtersFromState, hasFilters, knowledgePath, paramsFromState, stateFromParams, tagPath } from './knowledge-params';

describe('the knowledge page URL', () => {
  it('reads the filters, trimmed, and ignores what it does not know', () => {
    expect(stateFromParams(new URLSearchParams(''))).toEqual({ view: 'feed' });
    expect(stateFromParams(new URLSearchParams('kind=tip&tag=%20SEO%20%20local%20&author=abc&q=%20reunions%20'))).toEqual({
      view: 'feed',
      kind: 'tip',
      tag: 'SEO local',
      author: 'abc',
      q: 'reunions',
    });
    expect(stateFromParams(new URLSearchParams('kind=poem&tag=&q=%20%20'))).toEqual({ view: 'feed' });
    expect(stateFromParams(new URLSearchParams(`q=${'a'.repeat(150)}`)).q).toHaveLength(100);
  });

  it('shows the drafts alone, whatever else the URL says', () => {
    expect(stateFromParams(new URLSearchParams('view=drafts&kind=tip&q=x'))).toEqual({ view: 'drafts' });
    expect(filtersFromState({ view: 'drafts' })).toEqual({ drafts: true });
    expect(paramsFromState({ view: 'drafts', kind: 'tip' }).toString()).toBe('view=drafts');
    expect(hasFilters({ view: 'drafts', kind: 'tip' })).toBe(false);
  });

  it('writes the state back in a stable order, leaving out the defaults', () => {
    expect(paramsFromState({ view: 'feed' }).toString()).toBe('');
    expect(paramsFromState({ view: 'feed', author: 'abc', tag: 'seo', kind: 'talk', q: 'cafè' }).toString()).toBe(
      'q=caf%C3%A8&kind=talk&tag=seo&author=abc',
    );
    for (const search of ['', 'q=x&kind=tip', 'tag=seo&author=abc', 'view=drafts']) {
      expect(paramsFromState(stateFromParams(new URLSearchParams(search))).toString()).toBe(search);
    }
  });

  it('asks the API for the same filters', () => {
    expect(filtersFromState({ view: 'feed', kind: 'article', tag: 'seo', author: 'abc', q: 'x' })).toEqual({
      kind: 'article',
      tag: 'seo',
      author: 'abc',
      q: 'x',
    });
    expect(filtersFromState({ view: 'feed' })).toEqual({});
    expect(hasFilters({ view: 'feed', tag: 'seo' })).toBe(true);
    expect(hasFilters({ view: 'feed' })).toBe(false);
  });

  it('links to a tag or an author', () => {
    expect(tagPath('màrqueting digital')).toBe('/knowledge?tag=m%C3%A0rqueting+digital');
    expect(authorPath('abc')).toBe('/knowledge?author=abc');
    expect(knowledgePath({})).toBe('/knowledge');
  });
});
