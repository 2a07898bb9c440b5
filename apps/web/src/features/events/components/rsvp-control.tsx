import type { Event } from '@tertulia/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { useRsvp } from '../api/rsvp';
import { formatMoment } from '../utils/event-time';
import { answerWindow, statusWording } from '../utils/rsvp-status';

/** «I'm going» / «I'm not going» (privately, if they like), and where the reader stands. */
export function RsvpControl({ event }: { event: Event }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const answer = useRsvp();
  const mine = event.myRsvp;
  const [privately, setPrivately] = useState(mine?.private ?? false);
  const answers = answerWindow(event);
  const wording = statusWording(mine);
  const attending = mine?.status === 'going' || mine?.status === 'waitlisted';

  const send = (status: 'going' | 'not_going', isPrivate = privately) => {
    if (answer.isPending) return;
    answer.mutate({ id: event.id, status, private: status === 'going' ? isPrivate : undefined });
  };

  return (
    <section className="card stack stack--tight rsvp" aria-labelledby="event-rsvp-heading">
      <h2 id="event-rsvp-heading">{t('events.rsvp.heading')}</h2>
      <p role="status" className="rsvp__status">
        {wording.key === 'noAnswer' ? t('events.status.noAnswer') : t(`events.status.${wording.key}`, { position: wording.position ?? '' })}
      </p>
      {answers === 'open' ? (
        <>
          <div className="button-row">
            <button
              type="button"
              className={attending ? 'button' : 'button button--quiet'}
              aria-pressed={attending}
              aria-disabled={answer.isPending}
              onClick={() => send('going')}
            >
              {t('events.rsvp.going')}
            </button>
            <button
              type="button"
              className={mine?.status === 'not_going' ? 'button' : 'button button--quiet'}
              aria-pressed={mine?.status === 'not_going'}
              aria-disabled={answer.isPending}
              onClick={() => send('not_going')}
            >
              {t('events.rsvp.notGoing')}
            </button>
          </div>
          <CheckboxField
            name="private"
            label={t('events.rsvp.private')}
            hint={t('events.rsvp.privateHint')}
            checked={privately}
            onChange={(change) => {
              setPrivately(change.target.checked);
              // Already attending: the new choice is saved at once.
              if (attending) send('going', change.target.checked);
            }}
          />
          {event.rsvpDeadline ? (
            <p className="small muted">{t('events.rsvp.deadline', { date: formatMoment(event.rsvpDeadline, event.timezone, locale) })}</p>
          ) : null}
        </>
      ) : (
        <p className="notice">{t(`events.rsvp.window.${answers}`)}</p>
      )}
      <ErrorAlert>{answer.isError ? errorMessage(t, answer.error) : null}</ErrorAlert>
    </section>
  );
}
