import type { CurrentMember } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage } from '../../../lib/errors';
import { useAllCircles } from '../../circles';
import { useEvent } from '../api/get-event';
import { draftFromEvent, emptyDraft } from '../utils/event-draft';
import { EventForm } from './event-form';
import { EventNotFound } from './event-not-found';
import './events.css';

/** «New event»: the manager for the whole space or any circle, a circle's admins for theirs (`?circle=<id>` picks it). */
export function NewEventPage({ viewer }: { viewer: CurrentMember }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const circles = useAllCircles();
  const manageable = (circles.data ?? []).filter((circle) => circle.canManage);
  const asked = params.get('circle');
  const audience = manageable.some((circle) => circle.id === asked) ? asked! : viewer.role === 'manager' ? '' : (manageable[0]?.id ?? '');

  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('events.form.newTitle')}>{t('events.form.newTitle')}</PageHeading>
        <p className="lead">{t('events.form.newIntro')}</p>
      </header>
      <section className="card">
        {circles.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : circles.isError ? (
          <ErrorAlert>{errorMessage(t, circles.error)}</ErrorAlert>
        ) : viewer.role !== 'manager' && manageable.length === 0 ? (
          <div className="stack stack--tight">
            <p>{t('events.form.notAllowed')}</p>
            <p>
              <Link to="/circles">{t('events.form.toCircles')}</Link>
            </p>
          </div>
        ) : (
          <EventForm key={audience} viewer={viewer} circles={manageable} initial={emptyDraft(audience)} />
        )}
      </section>
    </div>
  );
}

/** Editing an event (its organiser, the manager). */
export function EditEventPage({ id, viewer }: { id: string; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const event = useEvent(id);
  const circles = useAllCircles();

  if (event.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (event.isError) return <EventNotFound error={event.error} />;
  const title = t('events.form.editTitle', { title: event.data.title });
  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={title}>{title}</PageHeading>
        <p>
          <Link to={`/events/${id}`}>{t('events.detail.back', { title: event.data.title })}</Link>
        </p>
      </header>
      <section className="card">
        {!event.data.canEdit ? (
          <p>{t('events.form.notYours')}</p>
        ) : (
          <EventForm
            key={event.data.id}
            viewer={viewer}
            circles={(circles.data ?? []).filter((circle) => circle.canManage)}
            initial={draftFromEvent(event.data)}
            event={event.data}
          />
        )}
      </section>
    </div>
  );
}
