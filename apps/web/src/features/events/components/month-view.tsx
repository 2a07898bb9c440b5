import type { Event } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { communityToday } from '../../../lib/time';
import type { EventFilters } from '../api/keys';
import { useMonthEvents } from '../api/get-events';
import { formatClock } from '../utils/event-time';
import { buildMonthGrid, formatGridDay, formatMonth, shiftMonth, weekdayNames } from '../utils/month-grid';

export interface MonthViewProps {
  month: string;
  filters: EventFilters;
  onMonthChange: (month: string) => void;
}

/** A month as a calendar table: a row a week (Monday first), each day with its events as links. */
export function MonthView({ month, filters, onMonthChange }: MonthViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useMonthEvents(filters, month);
  const weeks = buildMonthGrid(month, query.data ?? []);
  const weekdays = weekdayNames(locale);
  const today = communityToday();
  const title = formatMonth(month, locale);
  const loading = query.isFetching;

  return (
    <section className="stack month-view" aria-labelledby="events-month-heading" aria-busy={loading}>
      <div className="section-header">
        <h2 id="events-month-heading" className="month-view__title">
          {title}
        </h2>
        <div className="button-row">
          <button type="button" className="button button--small button--quiet" onClick={() => onMonthChange(shiftMonth(month, -1))}>
            {t('events.month.previous')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => onMonthChange(shiftMonth(month, 1))}>
            {t('events.month.next')}
          </button>
        </div>
      </div>
      <p role="status" className={loading ? 'small muted' : 'visually-hidden'}>
        {loading ? t('events.month.loading') : query.isSuccess ? t('events.month.count', { count: query.data.length, month: title }) : ''}
      </p>
      {query.isError ? <ErrorAlert>{errorMessage(t, query.error)}</ErrorAlert> : null}
      {/* On a phone the grid scrolls sideways: the region takes the keyboard focus so it can be scrolled without a mouse. */}
      <div className="month-view__scroll" role="region" tabIndex={0} aria-label={t('events.month.caption', { month: title })}>
        <table className="month-grid">
          <caption>{t('events.month.caption', { month: title })}</caption>
          <thead>
            <tr>
              {weekdays.map((weekday) => (
                <th key={weekday.long} scope="col">
                  <span aria-hidden="true">{weekday.short}</span>
                  <span className="visually-hidden">{weekday.long}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]!.day}>
                {week.map((cell) => (
                  <td
                    key={cell.day}
                    className={[
                      'month-grid__day',
                      cell.inMonth ? '' : 'month-grid__day--outside',
                      cell.day === today ? 'month-grid__day--today' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    aria-current={cell.day === today ? 'date' : undefined}
                  >
                    <span className="month-grid__number" aria-hidden="true">
                      {Number(cell.day.slice(8, 10))}
                    </span>
                    <span className="visually-hidden">{formatGridDay(cell.day, locale)}</span>
                    {cell.events.length > 0 ? (
                      <ul className="month-grid__events">
                        {cell.events.map((event: Event) => (
                          <li key={event.id} className={event.status === 'cancelled' ? 'month-grid__event--cancelled' : undefined}>
                            <Link to={`/events/${event.id}`}>
                              <span className="month-grid__time">{formatClock(event.startsAt, event.timezone, locale)}</span> {event.title}
                              {event.status === 'cancelled' ? <span className="visually-hidden"> ({t('events.badge.cancelled')})</span> : null}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
