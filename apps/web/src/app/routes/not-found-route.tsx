import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="card card--narrow">
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p className="lead">{t('notFound.body')}</p>
      <p>
        <Link to="/" className="button">
          {t('notFound.backHome')}
        </Link>
      </p>
    </div>
  );
}
