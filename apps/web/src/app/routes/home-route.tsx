import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/ui/page-heading';
import { CommunityList } from '../../features/members';
import { communityHour } from '../../lib/time';
import { useShellMember } from '../app-shell';

type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** Lunch is late in Barcelona: "bon dia" lasts until two, "bona tarda" until eight. */
export function partOfDay(hour: number): PartOfDay {
  if (hour >= 6 && hour < 14) return 'morning';
  if (hour >= 14 && hour < 20) return 'afternoon';
  return 'evening';
}

export function HomeRoute() {
  const { t } = useTranslation();
  const member = useShellMember();
  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('home.title')}>
          {t(`home.greeting.${partOfDay(communityHour())}`, { name: member.displayName })}
        </PageHeading>
        <p className="lead">{t('home.intro')}</p>
      </header>
      <CommunityList />
    </div>
  );
}
