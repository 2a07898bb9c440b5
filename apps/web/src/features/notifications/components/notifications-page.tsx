import type { Notification } from '@tertulia/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDay } from '../../../lib/time';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';
import { groupByDay, type DayGroup } from '../utils/notification-list';
import { NotificationItem } from './notification-item';
import './notifications.css';

/** «Notifications»: newest first, cut into days; unread ones marked; «mark all as read»; the settings a link away. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const [markedAll, setMarkedAll] = useState(false);
  const pages = notifications.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  // The page fetched last knows the count best.
  const unread = pages.length > 0 ? pages[pages.length - 1]!.unreadCount : 0;

  const onOpen = (notification: Notification) => {
    setMarkedAll(false);
    if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
  };

  const onMarkAll = () => {
    if (markRead.isPending || unread === 0) return;
    markRead.mutate({ all: true }, { onSuccess: () => setMarkedAll(true) });
  };

  return (
    <div className="stack">
      <header className="page-header">
        <div className="section-header">
          <PageHeading title={t('notifications.page.title')}>{t('notifications.page.title')}</PageHeading>
          <Link to="/settings/notifications" className="button button--quiet button--small">
            {t('notifications.page.settings')}
          </Link>
        </div>
        <p className="lead">{t('notifications.page.intro')}</p>
      </header>

      {notifications.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : notifications.isError ? (
        <ErrorAlert>{errorMessage(t, notifications.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <div className="card card--soft">
          <p>{t('notifications.page.empty')}</p>
        </div>
      ) : (
        <>
          <div className="notifications-toolbar">
            <p className="notifications-toolbar__count">
              {unread > 0 ? t('notifications.page.unread', { count: unread }) : t('notifications.page.upToDate')}
            </p>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={onMarkAll}
              aria-disabled={markRead.isPending || unread === 0}
            >
              {t('notifications.page.markAll')}
            </button>
          </div>
          <ErrorAlert>{markRead.isError ? errorMessage(t, markRead.error) : null}</ErrorAlert>
          <StatusMessage>{markedAll && unread === 0 ? t('notifications.page.markedAll') : null}</StatusMessage>
          <div className="stack stack--tight">
            {groupByDay(items).map((group) => (
              <DaySection key={group.day} group={group} onOpen={onOpen} />
            ))}
          </div>
          <LoadMore query={notifications} />
        </>
      )}
    </div>
  );
}

function DaySection({ group, onOpen }: { group: DayGroup; onOpen: (notification: Notification) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const title =
    group.when === 'today' ? t('notifications.page.today') : group.when === 'yesterday' ? t('notifications.page.yesterday') : formatDay(group.day, locale);
  return (
    <section aria-labelledby={headingId} className="notifications-day">
      <h2 id={headingId} className="notifications-day__title">
        {title}
      </h2>
      <ul className="notifications" role="list">
        {group.items.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}
