import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useUnreadCount } from '../api/get-unread-count';
import './notifications.css';

/** The badge stays small: past 99 it says «99+» (the link's name still gives the exact number). */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/**
 * The bell in the header: a link to the notifications whose name says how many are unread
 * («Notifications, 3 unread»), with the number shown on a badge. It asks again every minute
 * and whenever the window regains focus.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const count = useUnreadCount().data?.unreadCount ?? 0;
  const label = count > 0 ? t('notifications.bell.unread', { count }) : t('notifications.bell.label');
  return (
    <NavLink to="/notifications" end className="bell" title={t('notifications.bell.label')}>
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 3a6 6 0 0 0-6 6v3.6l-1.6 2.7A1 1 0 0 0 5.3 17h13.4a1 1 0 0 0 .9-1.7L18 12.6V9a6 6 0 0 0-6-6Zm-2.6 15.5a2.7 2.7 0 0 0 5.2 0Z"
          fill="currentColor"
        />
      </svg>
      <span className="visually-hidden">{label}</span>
      {count > 0 ? (
        <span className="bell__badge" aria-hidden="true">
          {badgeText(count)}
        </span>
      ) : null}
    </NavLink>
  );
}
