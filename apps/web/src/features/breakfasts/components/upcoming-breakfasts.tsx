import type { CurrentMember } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { COMMUNITY_FILTERS, useAllMembers } from '../../members';
import { useBreakfastSettings } from '../api/get-breakfast-settings';
import { useBreakfasts } from '../api/get-breakfasts';
import { isUpcoming, swapCandidates } from '../utils/sessions';
import { ScheduleLine } from './schedule-line';
import { UpcomingSessionItem } from './upcoming-session-item';

/** The rota of the coming weeks (the API's default span: today … 12 weeks ahead). */
export function UpcomingBreakfasts({ reader }: { reader: CurrentMember }) {
  const { t } = useTranslation();
  const manager = reader.role === 'manager';
  const sessions = useBreakfasts();
  const settings = useBreakfastSettings();
  const members = useAllMembers(COMMUNITY_FILTERS, manager);
  const now = Date.now();
  const items = (sessions.data?.items ?? []).filter((session) => isUpcoming(session, now));

  return (
    <section aria-labelledby="upcoming-breakfasts-heading" className="stack stack--tight">
      <div>
        <h2 id="upcoming-breakfasts-heading">{t('breakfasts.upcoming.heading')}</h2>
        <ScheduleLine settings={settings.data} />
      </div>
      {sessions.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : sessions.isError ? (
        <ErrorAlert>{errorMessage(t, sessions.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <p className="card card--soft">{t(manager ? 'breakfasts.upcoming.emptyManager' : 'breakfasts.upcoming.empty')}</p>
      ) : (
        <ul className="sessions">
          {items.map((session) => (
            <UpcomingSessionItem
              key={session.id}
              session={session}
              reader={reader}
              now={now}
              swapOptions={swapCandidates(items, session, now)}
              members={members.data}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
