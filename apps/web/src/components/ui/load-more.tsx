import { useEffect, useRef, useState, type MouseEvent } from 'react';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  label: string;
  loadingLabel: string;
  /** Said once the last page is in, after the person asked for more. */
  endLabel: string;
}

/**
 * "Load more" for cursor-paginated lists. Never `disabled` while loading (that would drop the
 * keyboard focus): aria-disabled, and clicks are ignored. When the last page arrives the button
 * goes, and the focus it had moves to a short "that's everyone" line instead of being lost.
 */
export function LoadMore({ hasMore, loading, onLoadMore, label, loadingLabel, endLabel }: LoadMoreProps) {
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
        {endLabel}
      </p>
    ) : null;
  }
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (loading) return;
    setUsed(true);
    focusEnd.current = document.activeElement === event.currentTarget;
    onLoadMore();
  };
  return (
    <div className="load-more">
      <button type="button" className="button button--quiet" onClick={onClick} aria-disabled={loading} aria-busy={loading}>
        {loading ? loadingLabel : label}
      </button>
    </div>
  );
}
