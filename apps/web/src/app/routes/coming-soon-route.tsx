import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/ui/page-heading';

export type Area = 'directory' | 'breakfasts' | 'events' | 'knowledge' | 'feedback';

/** The areas of Tertulia still to come: a friendly word about what they will hold. */
export function ComingSoonRoute({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t(`areas.${area}.title`)}>{t(`areas.${area}.title`)}</PageHeading>
        <p className="lead">{t(`areas.${area}.description`)}</p>
      </header>
      <section className="card card--soft coming-soon" aria-labelledby="coming-soon-heading">
        <h2 id="coming-soon-heading">{t('areas.comingSoon')}</h2>
        <p>{t('areas.comingSoonBody')}</p>
      </section>
    </div>
  );
}
