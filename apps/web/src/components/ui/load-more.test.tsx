import { renderToStaticMarkup } from 'react-dom/server';
import { LoadMore } from './load-more';

const labels = { label: 'Load more', loadingLabel: 'Loading more…', endLabel: "That's everyone." };

describe('LoadMore', () => {
  it('offers a button while there is more, busy while loading', () => {
    expect(renderToStaticMarkup(<LoadMore hasMore loading={false} onLoadMore={() => undefined} {...labels} />)).toMatch(
      /<button type="button"[^>]*aria-disabled="false"[^>]*>Load more<\/button>/,
    );
    expect(renderToStaticMarkup(<LoadMore hasMore loading onLoadMore={() => undefined} {...labels} />)).toContain('aria-busy="true"');
  });

  it('shows nothing when the first page was the whole list', () => {
    expect(renderToStaticMarkup(<LoadMore hasMore={false} loading={false} onLoadMore={() => undefined} {...labels} />)).toBe('');
  });
});
