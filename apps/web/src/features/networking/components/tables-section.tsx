import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';
import { useGeneratePlan } from '../api/generate-plan';
import { useNetworking } from '../api/get-networking';
import { usePlan } from '../api/get-plan';
import { NetworkingSettingsForm } from './networking-settings-form';
import { PlanRounds } from './plan-rounds';
import './networking.css';

export interface TablesSectionProps {
  eventId: string;
  /** False once the lunch is over or cancelled: the plan stays readable, nothing changes. */
  editable: boolean;
}

/**
 * The manager's «Tables» at a networking lunch: turn rotations on (table size, rounds), generate the plan from the
 * people going, read it round by round, lock tables and regenerate the rest, print cards and schedules.
 */
export function TablesSection({ eventId, editable }: TablesSectionProps) {
  const { t } = useTranslation();
  const networking = useNetworking(eventId);
  const planned = networking.data?.planned ?? false;
  const plan = usePlan(eventId, planned);
  const generate = useGeneratePlan();
  const locale = useLocale();

  return (
    <section className="card stack stack--tight" aria-labelledby="networking-tables-heading">
      <h2 id="networking-tables-heading">{t('networking.tables.heading')}</h2>
      <p className="small muted">{t('networking.tables.intro')}</p>
      {networking.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : networking.isError ? (
        <ErrorAlert>{errorMessage(t, networking.error)}</ErrorAlert>
      ) : (
        <>
          {!editable ? <p className="notice">{t('networking.tables.readOnly')}</p> : null}
          {editable ? <NetworkingSettingsForm key={`${networking.data.tableSize}-${networking.data.rounds}`} eventId={eventId} networking={networking.data} /> : null}
          {networking.data.enabled && !planned ? <p className="muted">{t('networking.tables.noPlan')}</p> : null}
          {editable && networking.data.enabled ? (
            <div className="button-row">
              <button
                type="button"
                className="button"
                aria-disabled={generate.isPending}
                aria-busy={generate.isPending}
                onClick={() => {
                  if (!generate.isPending) generate.mutate(eventId);
                }}
              >
                {planned ? t('networking.tables.regenerate') : t('networking.tables.generate')}
              </button>
              {planned ? (
                <>
                  <Link className="button button--quiet" to={`/events/${eventId}/tables/print?view=cards`}>
                    {t('networking.tables.printCards')}
                  </Link>
                  <Link className="button button--quiet" to={`/events/${eventId}/tables/print?view=schedules`}>
                    {t('networking.tables.printSchedules')}
                  </Link>
                </>
              ) : null}
            </div>
          ) : null}
          <ErrorAlert>{generate.isError ? errorMessage(t, generate.error) : null}</ErrorAlert>
          <StatusMessage>{generate.isSuccess ? t('networking.tables.generated') : null}</StatusMessage>
          {planned && plan.isPending ? <p className="muted">{t('app.loading')}</p> : null}
          {planned && plan.isError ? <ErrorAlert>{errorMessage(t, plan.error)}</ErrorAlert> : null}
          {planned && plan.data ? (
            <div className="stack stack--tight">
              <p className="small" aria-label={t('networking.tables.statsLabel')}>
                <strong>{t('networking.tables.stats', plan.data.stats)}</strong>
                {' · '}
                <time dateTime={plan.data.generatedAt}>{t('networking.tables.generatedAt', { when: formatDateTime(plan.data.generatedAt, locale) })}</time>
              </p>
              {plan.data.outdated ? <p className="notice notice--warn">{t('networking.tables.outdated')}</p> : null}
              {editable ? <p className="small muted">{t('networking.tables.lockHint')}</p> : null}
              <PlanRounds eventId={eventId} plan={plan.data} editable={editable} />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
