import type { CurrentMember } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeading } from '../../../components/ui/page-heading';
import { SelectField } from '../../../components/ui/select-field';
import { errorMessage } from '../../../lib/errors';
import { communityToday } from '../../../lib/time';
import { useAllCircles } from '../../circles';
import { useUpcomingEvents } from '../api/get-events';
import type { EventFilters } from '../api/keys';
import { monthOfDay } from '../utils/month-grid';
import { filterValue, filtersFromValue, paramsFromState, stateFromParams, type EventsPageState, type EventsView } from '../utils/events-params';
import { CalendarSubscribe } from './calendar-subscribe';
import { EventCard } from './event-card';
import { MonthView } from './month-view';
import './events.css';

/** The events page: the upcoming list or a month, narrowed to one's own or a circle's; the calendar feed. */
export function EventsPage({ viewer }: { viewer: CurrentMember }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = stateFromParams(params);
  const circles = useAllCircles();
  const myCircles = (circles.data ?? []).filter((circle) => circle.myMembership?.status === 'active' || circle.canManage);
  const canCreate = viewer.role === 'manager' || (circles.data ?? []).some((circle) => circle.canManage);
  const month = state.month ?? monthOfDay(communityToday());

  const go = (next: EventsPageState) => setParams(paramsFromState(next), { preventScrollReset: true });
  const setView = (view: EventsView) => go({ ...state, view });
  const setFilters = (filters: EventFilters) => go({ ...state, filters });

  return (
    <div className="stack">
      <header className="page-header">
        <div className="section-header">
          <PageHeading title={t('events.page.title')}>{t('events.page.title')}</PageHeading>
          {canCreate ? (
            <Link to="/events/new" className="button">
              {t('events.page.new')}
            </Link>
          ) : null}
        </div>
        <p className="lead">{t('events.page.intro')}</p>
      </header>

      <div className="events-toolbar">
        <div role="group" aria-label={t('events.view.label')} className="segmented">
          <button type="button" className="button button--small button--quiet" aria-pressed={state.view === 'list'} onClick={() => setView('list')}>
            {t('events.view.list')}
          </button>
          <button type="button" className="button button--small button--quiet" aria-pressed={state.view === 'month'} onClick={() => setView('month')}>
            {t('events.view.month')}
          </button>
        </div>
        <SelectField
          name="show"
          label={t('events.filter.label')}
          className="field--compact"
          value={filterValue(state.filters)}
          onChange={(event) => setFilters(filtersFromValue(event.target.value))}
          options={[
            { value: 'all', label: t('events.filter.all') },
            { value: 'mine', label: t('events.filter.mine') },
            ...myCircles.map((circle) => ({ value: `circle:${circle.id}`, label: t('events.filter.circle', { name: circle.name }) })),
            // A circle in the URL that is not (yet) among them still shows as chosen.
            ...(state.filters.circleId && !myCircles.some((circle) => circle.id === state.filters.circleId)
              ? [{ value: `circle:${state.filters.circleId}`, label: t('events.filter.oneCircle') }]
              : []),
          ]}
        />
      </div>

      {state.view === 'month' ? (
        <MonthView month={month} filters={state.filters} onMonthChange={(next) => go({ ...state, month: next })} />
      ) : (
        <UpcomingList filters={state.filters} />
      )}

      <CalendarSubscribe />
    </div>
  );
}

function UpcomingList({ filters }: { filters: EventFilters }) {
  const { t } = useTranslation();
  const events = useUpcomingEvents(filters);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const loading = events.isFetching && !events.isFetchingNextPage;
  return (
    <section className="stack" aria-labelledby="events-upcoming-heading" aria-busy={loading}>
      <h2 id="events-upcoming-heading">{t('events.list.heading')}</h2>
      {events.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : events.isError ? (
        <ErrorAlert>{errorMessage(t, events.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <div className="card card--soft">
          <p>{filters.mine ? t('events.list.emptyMine') : t('events.list.empty')}</p>
        </div>
      ) : (
        <ul className="event-list" role="list" aria-labelledby="events-upcoming-heading">
          {items.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </ul>
      )}
      <LoadMore query={events} />
    </section>
  );
}
