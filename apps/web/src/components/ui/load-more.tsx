import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The part of a TanStack infinite query that paging needs. */
export interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * "Load more" for cursor-paginated lists. Never `disabled` while loading (that would drop the
 * keyboard focus): aria-disabled, and clicks are ignored. When the last page arrives the button
 * goes, and the focus it had moves to a short "that's everyone" line instead of being lost.
 */
export function LoadMore({ query }: { query: PagedQuery }) {
  const { t } = useTranslation();
  const hasMore = query.hasNextPage;
  const loading = query.isFetchingNextPage;
  const [used, setUsed] = useState(false);
  const end = useRef<HTMLParagraphElement>(null);
  const focusEnd = useRef(false);

  useEffect(() => {
    if (hasMore || !focusEnd.current) return;
    focusEnd.current = false;
    end.current?.focus();
  }, [hasMore]);

  if (!hasMore) {
    return used ? (
      <p ref={end} tabIndex={-1} className="load-more load-more--end">
        {t('app.allLoaded')}
      </p>
    ) : null;
  }
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) return;
    setUsed(true);
    focusEnd.current = document.activeElement === event.currentTarget;
    void query.fetchNextPage();
  };
  return (
    <div className="load-more">
      <button type="button" className="button button--quiet" onClick={onClick} aria-disabled={loading} aria-busy={loading}>
        {loading ? t('app.loadingMore') : t('app.loadMore')}
      </button>
    </div>
  );
}
