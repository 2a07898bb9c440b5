import type { CurrentMember, Event } from '@tertulia/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Markdown } from '../../../components/ui/markdown';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage } from '../../../lib/errors';
import { MyTablesSection, TablesSection } from '../../networking';
import { useLocale } from '../../../lib/i18n';
import { useCancelEvent } from '../api/cancel-event';
import { useEvent } from '../api/get-event';
import { formatEventWhen, formatMoment, placeLink } from '../utils/event-time';
import { answerWindow } from '../utils/rsvp-status';
import { AttendeesSection } from './attendees-section';
import { EventBadges } from './event-badges';
import { EventNotFound } from './event-not-found';
import { RsvpControl } from './rsvp-control';
import { WantsSection } from './wants-section';
import './events.css';

export interface EventPageProps {
  id: string;
  viewer: CurrentMember;
}

/** One event: what, when, where, who; the reader's answer; for its organisers, editing, cancelling and the attendee list. */
export function EventPage({ id, viewer }: EventPageProps) {
  const { t } = useTranslation();
  const event = useEvent(id);
  if (event.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (event.isError) return <EventNotFound error={event.error} />;
  return <EventDetail event={event.data} viewer={viewer} />;
}

function EventDetail({ event, viewer }: { event: Event; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const link = placeLink(event.place);
  const attending = event.myRsvp?.status === 'going' || event.myRsvp?.status === 'waitlisted';
  const answers = answerWindow(event);
  const lunch = event.format === 'networking_lunch' && attending && answers !== 'cancelled' && answers !== 'over';

  return (
    <div className="stack event-page">
      <header className="card event-header">
        {event.coverUrl ? <img className="event-header__cover" src={event.coverUrl} alt="" width={1200} height={630} /> : null}
        <div className="stack stack--tight">
          <p className="small">
            <Link to="/events">{t('events.detail.allEvents')}</Link>
          </p>
          <PageHeading title={event.title}>{event.title}</PageHeading>
          <EventBadges event={event} />
          {event.status === 'cancelled' ? <p className="notice notice--error">{t('events.detail.cancelledNotice')}</p> : null}
          <dl className="profile-facts event-facts">
            <dt>{t('events.detail.when')}</dt>
            <dd>
              <time dateTime={event.startsAt}>{formatEventWhen(event.startsAt, event.endsAt, event.timezone, locale)}</time>
            </dd>
            {event.place ? (
              <>
                <dt>{t('events.detail.where')}</dt>
                <dd>
                  {link ? (
                    <a href={link} target="_blank" rel="noopener noreferrer nofollow">
                      {event.place}
                    </a>
                  ) : (
                    event.place
                  )}
                </dd>
              </>
            ) : null}
            <dt>{t('events.detail.audience')}</dt>
            <dd>{event.circle ? <Link to={`/circles/${event.circle.id}`}>{event.circle.name}</Link> : t('events.card.wholeSpace')}</dd>
            <dt>{t('events.detail.organiser')}</dt>
            <dd>
              <Link to={`/members/${event.organiser.id}`}>{event.organiser.displayName}</Link>
            </dd>
            <dt>{t('events.detail.places')}</dt>
            <dd>
              {event.capacity === null
                ? t('events.card.going', { count: event.counts.going })
                : t('events.card.goingOf', { count: event.counts.going, capacity: event.capacity })}
              {event.counts.waitlisted > 0 ? ` · ${t('events.card.waitlisted', { count: event.counts.waitlisted })}` : ''}
            </dd>
            {event.rsvpDeadline ? (
              <>
                <dt>{t('events.detail.deadline')}</dt>
                <dd>{formatMoment(event.rsvpDeadline, event.timezone, locale)}</dd>
              </>
            ) : null}
          </dl>
          <p className="button-row">
            <a className="button button--small button--quiet" href={`/api/events/${event.id}/ics`} download>
              {t('events.detail.addToCalendar')}
            </a>
          </p>
        </div>
      </header>

      {event.canEdit ? <OrganiserTools event={event} /> : null}

      <div className="grid grid--two">
        <div className="stack">
          <RsvpControl key={`${event.id}-${event.myRsvp?.private ?? false}`} event={event} />
          {event.description ? (
            <section className="card stack stack--tight" aria-labelledby="event-about-heading">
              <h2 id="event-about-heading">{t('events.detail.about')}</h2>
              <Markdown source={event.description} />
            </section>
          ) : null}
        </div>
        <AttendeesSection event={event} />
      </div>

      {lunch ? <WantsSection event={event} viewer={viewer} /> : null}
      {event.format === 'networking_lunch' && event.myRsvp?.status === 'going' ? <MyTablesSection eventId={event.id} /> : null}
      {event.format === 'networking_lunch' && viewer.role === 'manager' ? (
        <TablesSection eventId={event.id} editable={answers !== 'cancelled' && answers !== 'over'} />
      ) : null}
    </div>
  );
}

/** For its organiser and the manager: edit, cancel (after a confirmation), the attendee list as CSV. */
function OrganiserTools({ event }: { event: Event }) {
  const { t } = useTranslation();
  const cancel = useCancelEvent();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card stack stack--tight" aria-labelledby="event-organiser-heading">
      <h2 id="event-organiser-heading">{t('events.organiser.heading')}</h2>
      <div className="button-row">
        {event.status !== 'cancelled' ? (
          <Link to={`/events/${event.id}/edit`} className="button button--small">
            {t('events.organiser.edit')}
          </Link>
        ) : null}
        <a className="button button--small button--quiet" href={`/api/events/${event.id}/attendees.csv`} download>
          {t('events.organiser.csv')}
        </a>
        {event.status !== 'cancelled' ? (
          <button type="button" className="button button--small button--quiet-danger" onClick={() => setConfirming(true)}>
            {t('events.organiser.cancel')}
          </button>
        ) : null}
      </div>
      <ErrorAlert>{cancel.isError ? errorMessage(t, cancel.error) : null}</ErrorAlert>
      <StatusMessage>{cancel.isSuccess ? t('events.organiser.cancelled') : null}</StatusMessage>
      <ConfirmDialog
        open={confirming}
        title={t('events.organiser.confirmTitle', { title: event.title })}
        confirmLabel={t('events.organiser.confirm')}
        cancelLabel={t('events.organiser.keep')}
        destructive
        busy={cancel.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => cancel.mutate(event.id, { onSettled: () => setConfirming(false) })}
      >
        <p>{t('events.organiser.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
