import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { isApiError } from '../../lib/api-client';
import { errorMessage } from '../../lib/errors';
import { NotFoundRoute } from './not-found-route';

/** What a page shows when it cannot be shown: a translated sentence and a way out. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <div className="card card--narrow">
      <PageHeading title={t('errorPage.title')}>{t('errorPage.title')}</PageHeading>
      <p className="lead">{isApiError(error) ? errorMessage(t, error) : t('errorPage.body')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </button>
      </p>
    </div>
  );
}

/** The same, standing alone, when even the page frame failed. */
export function RootError() {
  return (
    <main id="main" className="site-main site-main--public container">
      <RouteError />
    </main>
  );
}

export function HydrateFallback() {
  const { t } = useTranslation();
  return (
    <main id="main" className="site-main site-main--public container">
      <p role="status" className="muted">
        {t('app.loading')}
      </p>
    </main>
  );
}
