import { renderHtml } from '../../test/render';
import { LoadMore } from './load-more';

const query = (hasNextPage: boolean, isFetchingNextPage = false) => ({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage: async () => undefined,
});

describe('LoadMore', () => {
  it('offers a button while there is more, busy while loading', async () => {
    expect(await renderHtml(<LoadMore query={query(true)} />)).toMatch(
      /<button type="button"[^>]*aria-disabled="false"[^>]*>Load more<\/button>/,
    );
    expect(await renderHtml(<LoadMore query={query(true, true)} />)).toContain('aria-busy="true"');
  });

  it('shows nothing when the first page was the whole list', async () => {
    expect(await renderHtml(<LoadMore query={query(false)} />)).toBe('');
  });
});
