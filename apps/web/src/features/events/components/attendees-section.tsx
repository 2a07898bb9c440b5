import type { Event } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { errorMessage } from '../../../lib/errors';
import { useAttendees } from '../api/get-attendees';

/** The faces of who is going (those who answered privately are only counted), and, for its organisers, the waitlist in order. */
export function AttendeesSection({ event }: { event: Event }) {
  const { t } = useTranslation();
  const attendees = useAttendees(event.id);
  return (
    <section className="card stack stack--tight" aria-labelledby="event-attendees-heading">
      <h2 id="event-attendees-heading">{t('events.attendees.heading')}</h2>
      {attendees.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : attendees.isError ? (
        <ErrorAlert>{errorMessage(t, attendees.error)}</ErrorAlert>
      ) : (
        <>
          {attendees.data.going.length === 0 && attendees.data.counts.private === 0 ? (
            <p className="muted">{t('events.attendees.none')}</p>
          ) : (
            <ul className="faces" role="list" aria-label={t('events.attendees.goingLabel')}>
              {attendees.data.going.map((person) => (
                <li key={person.id}>
                  <Link to={`/members/${person.id}`} className="face">
                    <MemberAvatar name={person.displayName} photoUrl={person.photoUrl} size="small" />
                    <span className="face__name">{person.displayName}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {attendees.data.counts.private > 0 ? (
            <p className="small muted">
              {attendees.data.going.length > 0
                ? t('events.attendees.morePrivately', { count: attendees.data.counts.private })
                : t('events.attendees.onlyPrivately', { count: attendees.data.counts.private })}
            </p>
          ) : null}
          {attendees.data.waitlist ? (
            <div className="stack stack--tight">
              <h3 id="event-waitlist-heading">{t('events.attendees.waitlistHeading')}</h3>
              {attendees.data.waitlist.length === 0 ? (
                <p className="muted small">{t('events.attendees.waitlistEmpty')}</p>
              ) : (
                <ol className="waitlist" aria-labelledby="event-waitlist-heading">
                  {attendees.data.waitlist.map((person) => (
                    <li key={person.id} value={person.position}>
                      <Link to={`/members/${person.id}`}>{person.displayName}</Link>
                      {person.businessName ? <span className="muted"> · {person.businessName}</span> : null}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
