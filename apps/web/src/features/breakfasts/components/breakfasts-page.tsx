import type { CurrentMember } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { BreakfastSettingsForm } from './breakfast-settings-form';
import { ClosuresSection } from './closures-section';
import { FillRota } from './fill-rota';
import { PastBreakfasts } from './past-breakfasts';
import { PresenterPreferencesSection } from './presenter-preferences';
import { UpcomingBreakfasts } from './upcoming-breakfasts';

/**
 * The weekly breakfast: the rota of the coming weeks (who presents, who comes), the reader's
 * turn to present, the manager's tools, and the archive. On a wide screen the rota and the
 * archive take the main column and the forms sit beside them.
 */
export function BreakfastsPage({ member }: { member: CurrentMember }) {
  const { t } = useTranslation();
  const manager = member.role === 'manager';
  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('breakfasts.title')}>{t('breakfasts.title')}</PageHeading>
        <p className="lead">{t('breakfasts.intro')}</p>
      </header>
      <div className="breakfasts-layout">
        <div className="breakfasts-layout__upcoming">
          <UpcomingBreakfasts reader={member} />
        </div>
        <div className="breakfasts-layout__side stack">
          <PresenterPreferencesSection />
          {manager ? (
            <>
              <BreakfastSettingsForm />
              <ClosuresSection />
              <FillRota />
            </>
          ) : null}
        </div>
        <div className="breakfasts-layout__past">
          <PastBreakfasts reader={member} />
        </div>
      </div>
    </div>
  );
}
