import type { CircleDetail } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/i18n';
import { formatEventWhen } from '../utils/circle-text';

/** A circle's upcoming events the reader may see (none for someone outside it, unless the manager). */
export function CircleEvents({ circle }: { circle: CircleDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const inside = circle.myMembership?.status === 'active' || circle.canManage;
  return (
    <section className="card stack stack--tight" aria-labelledby="circle-events-heading">
      <h2 id="circle-events-heading">{t('circles.events.heading')}</h2>
      {circle.upcomingEvents.length === 0 ? (
        <p className="muted">{inside ? t('circles.events.empty') : t('circles.events.membersOnly')}</p>
      ) : (
        <ul className="circle-events" aria-labelledby="circle-events-heading">
          {circle.upcomingEvents.map((event) => (
            <li key={event.id} className="circle-event">
              <Link to={`/events/${event.id}`} className="circle-event__title">
                {event.title}
              </Link>
              <p className="small">
                <time dateTime={event.startsAt}>{formatEventWhen(event.startsAt, event.endsAt, locale)}</time>
              </p>
              {event.place ? <p className="small muted">{event.place}</p> : null}
              {event.status === 'cancelled' ? <span className="badge badge--warn">{t('circles.events.cancelled')}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
