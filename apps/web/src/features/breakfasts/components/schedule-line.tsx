import type { BreakfastSettings } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/i18n';
import { weekdayName } from '../utils/weekdays';

/** "Every Thursday at 09:00 · Sala gran", or that breakfasts are paused. */
export function ScheduleLine({ settings }: { settings: BreakfastSettings | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!settings) return null;
  if (!settings.active) return <p className="muted">{t('breakfasts.schedule.off')}</p>;
  return (
    <p className="schedule-line">
      {t('breakfasts.schedule.every', {
        weekday: weekdayName(settings.weekday, locale),
        time: settings.startTime,
        place: settings.place,
      })}
    </p>
  );
}
