import type { BreakfastStatus } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';

const TONE: Record<BreakfastStatus, string> = {
  open: 'badge--warn',
  assigned: 'badge--info',
  confirmed: 'badge--active',
  cancelled: 'badge--deactivated',
};

export function SessionStatusBadge({ status }: { status: BreakfastStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${TONE[status]}`}>{t(`breakfasts.statuses.${status}`)}</span>;
}
