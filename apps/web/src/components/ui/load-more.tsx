export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  label: string;
  loadingLabel: string;
}

/**
 * "Load more" for cursor-paginated lists; hidden once the last page is in. Never `disabled`
 * while loading (that would drop the keyboard focus): aria-disabled, and clicks are ignored.
 */
export function LoadMore({ hasMore, loading, onLoadMore, label, loadingLabel }: LoadMoreProps) {
  if (!hasMore) return null;
  return (
    <div className="load-more">
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          if (!loading) onLoadMore();
        }}
        aria-disabled={loading}
        aria-busy={loading}
      >
        {loading ? loadingLabel : label}
      </button>
    </div>
  );
}
