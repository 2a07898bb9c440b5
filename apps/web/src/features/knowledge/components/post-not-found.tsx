import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';

/** An unknown post, someone else's draft, or a hidden one (the API says 404 for all): a friendly page. */
export function PostNotFound({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || (error.status !== 404 && error.status !== 400)) return <ErrorAlert>{errorMessage(t, error)}</ErrorAlert>;
  return (
    <div className="card card--narrow">
      <PageHeading title={t('knowledge.post.notFoundTitle')}>{t('knowledge.post.notFoundTitle')}</PageHeading>
      <p className="lead">{t('knowledge.post.notFoundBody')}</p>
      <p>
        <Link to="/knowledge" className="button">
          {t('knowledge.post.toFeed')}
        </Link>
      </p>
    </div>
  );
}
