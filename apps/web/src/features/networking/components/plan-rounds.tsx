import type { NetworkingPlan } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useSetTableLock } from '../api/set-table-lock';
import { peopleOf } from '../utils/plan-view';

/** The manager's plan, round by round, as table cards with names; each table can be locked (a toggle button). */
export function PlanRounds({ eventId, plan, editable }: { eventId: string; plan: NetworkingPlan; editable: boolean }) {
  const { t } = useTranslation();
  const setLock = useSetTableLock();
  const person = peopleOf(plan);
  return (
    <div className="stack stack--tight">
      <ErrorAlert>{setLock.isError ? errorMessage(t, setLock.error) : null}</ErrorAlert>
      {plan.rounds.map((round, r) => (
        <section key={r} className="stack stack--tight" aria-labelledby={`networking-round-${r + 1}`}>
          <h3 id={`networking-round-${r + 1}`}>{t('networking.tables.round', { round: r + 1 })}</h3>
          <ul className="table-cards" role="list">
            {round.tables.map((table, i) => {
              const headingId = `networking-round-${r + 1}-table-${i + 1}`;
              return (
                <li key={i} className={table.locked ? 'table-card table-card--locked' : 'table-card'} aria-labelledby={headingId}>
                  <h4 id={headingId} className="table-card__heading">
                    {t('networking.tables.table', { table: i + 1 })}
                    {table.locked ? <span className="badge badge--info">{t('networking.tables.locked')}</span> : null}
                  </h4>
                  {table.memberIds.length === 0 ? (
                    <p className="small muted">{t('networking.tables.empty')}</p>
                  ) : (
                    <ul className="table-card__people" role="list">
                      {table.memberIds.map((id) => (
                        <li key={id}>{person(id).displayName}</li>
                      ))}
                    </ul>
                  )}
                  {editable ? (
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-pressed={table.locked}
                      aria-label={t('networking.tables.lockLabel', { table: i + 1, round: r + 1 })}
                      onClick={() => {
                        if (!setLock.isPending) setLock.mutate({ eventId, round: r + 1, table: i + 1, locked: !table.locked });
                      }}
                    >
                      {t('networking.tables.lock')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
