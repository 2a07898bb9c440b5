import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage } from '../../../lib/errors';
import type { DirectoryFilters } from '../api/keys';
import { useDirectory } from '../api/search-members';
import { filtersFromParams, hasFilters, paramsFromFilters } from '../utils/directory-params';
import { DirectorySearchForm } from './directory-search-form';
import { MemberCard } from './member-card';

/** The directory: who is in the coworking and what their businesses offer. The search lives in the URL. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const results = useDirectory(filters);
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  const searching = results.isFetching && !results.isFetchingNextPage;

  const onChange = (next: DirectoryFilters, { replace }: { replace: boolean }) => {
    const nextParams = paramsFromFilters(next);
    if (nextParams.toString() === paramsFromFilters(filters).toString()) return;
    setParams(nextParams, { replace, preventScrollReset: true });
  };

  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('directory.page.title')}>{t('directory.page.title')}</PageHeading>
        <p className="lead">{t('directory.page.intro')}</p>
      </header>
      <DirectorySearchForm filters={filters} onChange={onChange} />
      <section aria-labelledby="directory-results-heading" className="stack directory-results" aria-busy={searching}>
        <div className="section-header">
          <h2 id="directory-results-heading">{t('directory.results.heading')}</h2>
          {hasFilters(filters) ? (
            <Link to="/directory" className="button button--quiet button--small">
              {t('directory.filters.clear')}
            </Link>
          ) : null}
        </div>
        <p role="status" className={searching ? 'small muted' : 'visually-hidden'}>
          {searching ? t('directory.results.searching') : ''}
        </p>
        {results.isPending ? null : results.isError ? (
          <ErrorAlert>{errorMessage(t, results.error)}</ErrorAlert>
        ) : items.length === 0 ? (
          <div className="card card--soft">
            {hasFilters(filters) ? (
              <>
                <p>{t('directory.results.empty')}</p>
                <p className="small muted">{t('directory.results.emptyHint')}</p>
              </>
            ) : (
              <p>{t('directory.results.emptyDirectory')}</p>
            )}
          </div>
        ) : (
          <ul className="people" role="list" aria-label={t('directory.results.listLabel')}>
            {items.map((member) => (
              <MemberCard key={member.id} member={member} />
            ))}
          </ul>
        )}
        <LoadMore query={results} />
      </section>
    </div>
  );
}
