import type { CurrentMember } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage } from '../../../lib/errors';
import { usePosts } from '../api/get-posts';
import { filtersFromState, hasFilters, paramsFromState, stateFromParams, type KnowledgeState } from '../utils/knowledge-params';
import { KnowledgeFilters } from './knowledge-filters';
import { PostCard } from './post-card';
import './knowledge.css';

/** The knowledge feed: what members share, newest first, narrowed and searched through the URL; and one's drafts. */
export function KnowledgePage({ viewer }: { viewer: CurrentMember }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = stateFromParams(params);
  const posts = usePosts(filtersFromState(state));
  const items = posts.data?.pages.flatMap((page) => page.items) ?? [];
  const loading = posts.isFetching && !posts.isFetchingNextPage;
  const authorName = state.author ? items.find((post) => post.author.id === state.author)?.author.displayName : undefined;

  const onChange = (next: KnowledgeState, { replace }: { replace: boolean }) => {
    const nextParams = paramsFromState(next);
    if (nextParams.toString() === paramsFromState(state).toString()) return;
    setParams(nextParams, { replace, preventScrollReset: true });
  };

  const drafts = state.view === 'drafts';
  const heading = drafts ? t('knowledge.list.draftsHeading') : state.q ? t('knowledge.list.searchHeading') : t('knowledge.list.heading');

  return (
    <div className="stack">
      <header className="page-header">
        <div className="section-header">
          <PageHeading title={t('knowledge.page.title')}>{t('knowledge.page.title')}</PageHeading>
          <Link to="/knowledge/new" className="button">
            {t('knowledge.page.new')}
          </Link>
        </div>
        <p className="lead">{t('knowledge.page.intro')}</p>
      </header>

      <ul className="knowledge-views" role="list" aria-label={t('knowledge.views.label')}>
        <li>
          <Link to="/knowledge" aria-current={drafts ? undefined : 'page'} className="knowledge-views__link">
            {t('knowledge.views.feed')}
          </Link>
        </li>
        <li>
          <Link to="/knowledge?view=drafts" aria-current={drafts ? 'page' : undefined} className="knowledge-views__link">
            {t('knowledge.views.drafts')}
          </Link>
        </li>
      </ul>

      {drafts ? null : <KnowledgeFilters state={state} viewer={viewer} authorName={authorName} onChange={onChange} />}

      <section className="stack" aria-labelledby="knowledge-results-heading" aria-busy={loading}>
        <div className="section-header">
          <h2 id="knowledge-results-heading">{heading}</h2>
          {hasFilters(state) ? (
            <Link to="/knowledge" className="button button--quiet button--small">
              {t('knowledge.filters.clear')}
            </Link>
          ) : null}
        </div>
        <p role="status" className={loading && !posts.isPending ? 'small muted' : 'visually-hidden'}>
          {loading && !posts.isPending ? t('knowledge.list.searching') : ''}
        </p>
        {posts.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : posts.isError ? (
          <ErrorAlert>{errorMessage(t, posts.error)}</ErrorAlert>
        ) : items.length === 0 ? (
          <div className="card card--soft stack stack--tight">
            {drafts ? (
              <p>{t('knowledge.list.emptyDrafts')}</p>
            ) : hasFilters(state) ? (
              <>
                <p>{t('knowledge.list.empty')}</p>
                <p className="small muted">{t('knowledge.list.emptyHint')}</p>
              </>
            ) : (
              <p>{t('knowledge.list.emptyFeed')}</p>
            )}
          </div>
        ) : (
          <ul className="post-list" role="list" aria-labelledby="knowledge-results-heading">
            {items.map((post) => (
              <PostCard key={post.id} post={post} />
            ))}
          </ul>
        )}
        <LoadMore query={posts} />
      </section>
    </div>
  );
}
