import type { CoffeeMatch } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime, formatDay } from '../../../lib/time';
import { useCurrentMatch } from '../api/get-current-match';
import { useMarkMet } from '../api/mark-met';

/** «Your coffee this week»: whom the latest round paired the reader with, and «We met». */
export function MatchSection() {
  const { t } = useTranslation();
  const current = useCurrentMatch();
  return (
    <section className="card stack stack--tight" aria-labelledby="coffee-match-heading">
      <h2 id="coffee-match-heading">{t('coffee.match.heading')}</h2>
      {current.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : current.isError ? (
        <ErrorAlert>{errorMessage(t, current.error)}</ErrorAlert>
      ) : current.data.match ? (
        <MatchCard match={current.data.match} />
      ) : (
        <p>{t('coffee.match.none')}</p>
      )}
    </section>
  );
}

export function MatchCard({ match }: { match: CoffeeMatch }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const met = useMarkMet();
  return (
    <div className="stack stack--tight">
      <p className="small muted">{t('coffee.match.week', { date: formatDay(match.weekOf, locale) })}</p>
      <ul className="coffee-partners" role="list">
        {match.partners.map((partner) => (
          <li key={partner.id} className="coffee-partner">
            <MemberAvatar name={partner.displayName} photoUrl={partner.photoUrl} />
            <div>
              <h3 className="coffee-partner__name">
                <Link to={`/members/${partner.id}`}>{partner.displayName}</Link>
              </h3>
              {partner.businessName ? <p className="person__business">{partner.businessName}</p> : null}
              {partner.headline ? <p>{partner.headline}</p> : null}
              {partner.skills.length > 0 ? (
                <ul className="tags" role="list" aria-label={t('coffee.match.skillsOf', { name: partner.displayName })}>
                  {partner.skills.map((skill) => (
                    <li key={skill}>
                      <span className="tag">{skill}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {match.metAt ? (
        <p className="badge badge--plain">{t('coffee.match.met', { when: formatDateTime(match.metAt, locale) })}</p>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => met.mutate(match.id)} aria-disabled={met.isPending} aria-busy={met.isPending}>
            {t('coffee.match.markMet')}
          </button>
        </div>
      )}
      <ErrorAlert>{met.isError ? errorMessage(t, met.error) : null}</ErrorAlert>
      <StatusMessage>{met.isSuccess ? t('coffee.match.metSaved') : null}</StatusMessage>
    </div>
  );
}
