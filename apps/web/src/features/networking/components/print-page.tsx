import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';
import { useLunch } from '../api/get-lunch';
import { usePlan } from '../api/get-plan';
import { peopleOf, schedulesOf } from '../utils/plan-view';
import './networking.css';

export type PrintView = 'cards' | 'schedules';

/**
 * What the manager prints for a lunch (the print stylesheet keeps only the sheets, one per page): a card per table
 * per round to put on the tables, or a schedule per attendee with their table in each round and whom they meet.
 */
export function NetworkingPrintPage({ eventId, view }: { eventId: string; view: PrintView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lunch = useLunch(eventId);
  const plan = usePlan(eventId);
  const title = lunch.data?.title ?? '';

  if (lunch.isPending || plan.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (lunch.isError || plan.isError) return <ErrorAlert>{errorMessage(t, lunch.error ?? plan.error)}</ErrorAlert>;

  const person = peopleOf(plan.data);
  const heading = view === 'cards' ? t('networking.print.cards') : t('networking.print.schedules');
  return (
    <div className="stack">
      <PageHeading title={`${heading} · ${t('networking.print.title', { title })}`}>{t('networking.print.title', { title })}</PageHeading>
      <p>
        <time dateTime={lunch.data.startsAt}>{formatDateTime(lunch.data.startsAt, locale)}</time>
      </p>
      <div className="print-toolbar stack stack--tight">
        <nav aria-label={t('networking.print.views')} className="button-row">
          <Link className="button button--small button--quiet" to="?view=cards" aria-current={view === 'cards' ? 'page' : undefined}>
            {t('networking.print.cards')}
          </Link>
          <Link className="button button--small button--quiet" to="?view=schedules" aria-current={view === 'schedules' ? 'page' : undefined}>
            {t('networking.print.schedules')}
          </Link>
        </nav>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('networking.print.print')}
          </button>
          <Link className="button button--quiet" to={`/events/${eventId}`}>
            {t('networking.print.back')}
          </Link>
        </div>
      </div>
      <h2 className="visually-hidden">{heading}</h2>
      {view === 'cards' ? (
        <div className="print-sheets">
          {plan.data.rounds.flatMap((round, r) =>
            round.tables.map((table, i) => (
              <article key={`${r}-${i}`} className="print-sheet print-sheet--card" aria-labelledby={`print-card-${r + 1}-${i + 1}`}>
                <h3 id={`print-card-${r + 1}-${i + 1}`}>{t('networking.print.card', { round: r + 1, table: i + 1 })}</h3>
                <ul>
                  {table.memberIds.map((id) => (
                    <li key={id}>{person(id).displayName}</li>
                  ))}
                </ul>
              </article>
            )),
          )}
        </div>
      ) : (
        <div className="print-sheets">
          {schedulesOf(plan.data, locale).map((schedule) => (
            <article key={schedule.person.id} className="print-sheet" aria-labelledby={`print-schedule-${schedule.person.id}`}>
              <h3 id={`print-schedule-${schedule.person.id}`}>{t('networking.print.scheduleOf', { name: schedule.person.displayName })}</h3>
              <ol>
                {schedule.rounds.map((seat) => (
                  <li key={seat.round}>
                    <strong>{t('networking.print.scheduleRound', { round: seat.round, table: seat.table })}</strong>
                    {' — '}
                    {seat.with.length === 0
                      ? t('networking.print.nobody')
                      : t('networking.print.with', {
                          names: seat.with.map((mate) => (mate.headline ? `${mate.displayName} (${mate.headline})` : mate.displayName)).join(', '),
                        })}
                  </li>
                ))}
              </ol>
            </article>
          ))}
        </div>
      )}
    </div>
  );
}
