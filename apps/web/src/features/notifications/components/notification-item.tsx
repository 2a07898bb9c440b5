import type { Notification } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/i18n';
import { formatTime } from '../../../lib/time';
import { notificationSentence, safeLink } from '../utils/notification-sentence';

/** One notification: its sentence is the link to where it happened; opening it marks it read. */
export function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: (notification: Notification) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const unread = notification.readAt === null;
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      {unread ? <span className="badge badge--info notification__new">{t('notifications.page.new')}</span> : null}
      <Link to={safeLink(notification.link)} className="notification__link" onClick={() => onOpen(notification)}>
        {notificationSentence(t, notification, locale)}
      </Link>
      <time className="notification__time small muted" dateTime={notification.createdAt}>
        {formatTime(notification.createdAt, locale)}
      </time>
    </li>
  );
}
