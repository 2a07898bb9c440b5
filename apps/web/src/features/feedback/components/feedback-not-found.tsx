import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';

/** An unknown request, or an invite-only one for others (the API says 404 for both): a friendly page. */
export function FeedbackNotFound({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.status !== 404) return <ErrorAlert>{errorMessage(t, error)}</ErrorAlert>;
  return (
    <div className="card card--narrow">
      <PageHeading title={t('feedback.detail.notFoundTitle')}>{t('feedback.detail.notFoundTitle')}</PageHeading>
      <p className="lead">{t('feedback.detail.notFoundBody')}</p>
      <p>
        <Link to="/feedback" className="button">
          {t('feedback.detail.toInbox')}
        </Link>
      </p>
    </div>
  );
}
