import { WANTS_MAX, type Attendee, type CurrentMember, type Event } from '@tertulia/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { errorMessage } from '../../../lib/errors';
import { useAttendees } from '../api/get-attendees';
import { useWants } from '../api/get-wants';
import { useUpdateWants } from '../api/update-wants';
import { canPickMore } from '../utils/rsvp-status';

/**
 * Before a networking lunch: its attendees' profiles, and up to five people the reader would
 * like to meet. Nobody else ever sees these picks.
 */
export function WantsSection({ event, viewer }: { event: Event; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const attendees = useAttendees(event.id);
  const wants = useWants(event.id, true);
  return (
    <section className="card stack stack--tight" aria-labelledby="event-wants-heading">
      <h2 id="event-wants-heading">{t('events.wants.heading')}</h2>
      <p className="small muted">{t('events.wants.private')}</p>
      {attendees.isPending || wants.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : attendees.isError || wants.isError ? (
        <ErrorAlert>{errorMessage(t, attendees.error ?? wants.error)}</ErrorAlert>
      ) : (
        <WantsForm
          key={event.id}
          eventId={event.id}
          people={attendees.data.going.filter((person) => person.id !== viewer.id)}
          initial={wants.data.memberIds}
        />
      )}
    </section>
  );
}

function WantsForm({ eventId, people, initial }: { eventId: string; people: Attendee[]; initial: string[] }) {
  const { t } = useTranslation();
  const save = useUpdateWants();
  const [picked, setPicked] = useState<string[]>(() => initial.filter((id) => people.some((person) => person.id === id)));
  const more = canPickMore(picked, WANTS_MAX);

  if (people.length === 0) return <p className="muted">{t('events.wants.nobody')}</p>;

  const toggle = (id: string, on: boolean) => {
    save.reset();
    setPicked((current) => (on ? [...current, id] : current.filter((found) => found !== id)));
  };
  const onSubmit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    if (!save.isPending) save.mutate({ id: eventId, memberIds: picked });
  };

  return (
    <form className="stack stack--tight" onSubmit={onSubmit}>
      <fieldset className="fieldset" aria-describedby="event-wants-count">
        <legend>{t('events.wants.legend', { max: WANTS_MAX })}</legend>
        <p id="event-wants-count" className="small" aria-live="polite">
          {t('events.wants.count', { count: picked.length, max: WANTS_MAX })}
        </p>
        <ul className="wants" role="list">
          {people.map((person) => {
            const checked = picked.includes(person.id);
            return (
              <li key={person.id} className="wants__person">
                <CheckboxField
                  name="memberIds"
                  value={person.id}
                  label={person.displayName}
                  hint={[person.businessName, person.headline].filter(Boolean).join(' · ') || undefined}
                  checked={checked}
                  disabled={!checked && !more}
                  onChange={(change) => toggle(person.id, change.target.checked)}
                />
                <Link to={`/members/${person.id}`} className="small">
                  {t('events.wants.profileOf', { name: person.displayName })}
                </Link>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <ErrorAlert>{save.isError ? errorMessage(t, save.error) : null}</ErrorAlert>
      <StatusMessage>{save.isSuccess ? t('events.wants.saved') : null}</StatusMessage>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={save.isPending} aria-busy={save.isPending}>
          {t('events.wants.save')}
        </button>
      </div>
    </form>
  );
}
