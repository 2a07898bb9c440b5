import type { Event } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { statusBadge } from '../utils/rsvp-status';

/** The event's format, «Cancelled», and where the reader stands («Going», «Waiting list: 2»). */
export function EventBadges({ event }: { event: Event }) {
  const { t } = useTranslation();
  const mine = statusBadge(event.myRsvp);
  return (
    <span className="event-badges">
      <span className={`badge badge--format badge--${event.format}`}>{t(`events.format.${event.format}`)}</span>
      {event.status === 'cancelled' ? <span className="badge badge--danger">{t('events.badge.cancelled')}</span> : null}
      {event.status !== 'cancelled' && mine === 'going' ? <span className="badge badge--active">{t('events.badge.going')}</span> : null}
      {event.status !== 'cancelled' && mine === 'waitlisted' ? (
        <span className="badge badge--warn">{t('events.badge.waitlisted', { position: event.myRsvp?.waitlistPosition ?? '' })}</span>
      ) : null}
      {event.status !== 'cancelled' && mine === 'notGoing' ? <span className="badge badge--plain">{t('events.badge.notGoing')}</span> : null}
    </span>
  );
}
