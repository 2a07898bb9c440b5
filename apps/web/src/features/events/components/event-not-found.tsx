import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';

/** An unknown event, or a circle's the reader is not in (the API says 404 for both): a friendly page. */
export function EventNotFound({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.status !== 404) return <ErrorAlert>{errorMessage(t, error)}</ErrorAlert>;
  return (
    <div className="card card--narrow">
      <PageHeading title={t('events.detail.notFoundTitle')}>{t('events.detail.notFoundTitle')}</PageHeading>
      <p className="lead">{t('events.detail.notFoundBody')}</p>
      <p>
        <Link to="/events" className="button">
          {t('events.detail.toEvents')}
        </Link>
      </p>
    </div>
  );
}
