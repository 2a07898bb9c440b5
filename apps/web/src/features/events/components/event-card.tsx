import type { Event } from '@tertulia/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/i18n';
import { formatClock, formatShortDay, foreignZone } from '../utils/event-time';
import { EventBadges } from './event-badges';

/** One upcoming event in the list: when, what, whose, where, how full, and the reader's answer. */
export function EventCard({ event }: { event: Event }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const zone = foreignZone(event.timezone);
  return (
    <li>
      <article className={event.status === 'cancelled' ? 'event-card event-card--cancelled' : 'event-card'} aria-labelledby={titleId}>
        <p className="event-card__when">
          <time dateTime={event.startsAt}>
            <span className="event-card__day">{formatShortDay(event.startsAt, event.timezone, locale)}</span>{' '}
            <span className="event-card__time">
              {formatClock(event.startsAt, event.timezone, locale)}–{formatClock(event.endsAt, event.timezone, locale)}
              {zone ? ` (${zone})` : ''}
            </span>
          </time>
        </p>
        <div className="event-card__body">
          <h3 id={titleId} className="event-card__title">
            <Link to={`/events/${event.id}`}>{event.title}</Link>
          </h3>
          <EventBadges event={event} />
          <p className="small muted">
            {event.circle ? t('events.card.circle', { name: event.circle.name }) : t('events.card.wholeSpace')}
            {event.place ? ` · ${event.place}` : ''}
          </p>
          <p className="small">
            {event.capacity === null
              ? t('events.card.going', { count: event.counts.going })
              : t('events.card.goingOf', { count: event.counts.going, capacity: event.capacity })}
            {event.counts.waitlisted > 0 ? ` · ${t('events.card.waitlisted', { count: event.counts.waitlisted })}` : ''}
          </p>
        </div>
      </article>
    </li>
  );
}
