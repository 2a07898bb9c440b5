import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDay } from '../../../lib/time';
import { useStartRound } from '../api/start-round';

/** The manager's «Start a round now»: this week's pairing, if the Monday job has not made it yet. */
export function RoundSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const start = useStartRound();
  return (
    <section className="card stack stack--tight" aria-labelledby="coffee-round-heading">
      <h2 id="coffee-round-heading">{t('coffee.round.heading')}</h2>
      <p className="small">{t('coffee.round.intro')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => start.mutate()} aria-disabled={start.isPending} aria-busy={start.isPending}>
          {t('coffee.round.start')}
        </button>
      </div>
      <ErrorAlert>{start.isError ? errorMessage(t, start.error) : null}</ErrorAlert>
      <StatusMessage>
        {start.data
          ? t('coffee.round.done', { count: start.data.groups, people: start.data.matched, week: formatDay(start.data.weekOf, locale) })
          : null}
      </StatusMessage>
    </section>
  );
}
