import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { errorMessage } from '../../../lib/errors';
import { useMySeats } from '../api/get-my-seats';
import './networking.css';

/** For someone going to a networking lunch: their table in each round and whom they will meet there. */
export function MyTablesSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const seats = useMySeats(eventId);
  return (
    <section className="card stack stack--tight" aria-labelledby="networking-mine-heading">
      <h2 id="networking-mine-heading">{t('networking.mine.heading')}</h2>
      {seats.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : seats.isError ? (
        <ErrorAlert>{errorMessage(t, seats.error)}</ErrorAlert>
      ) : !seats.data.planned ? (
        <p className="muted">{t('networking.mine.notYet')}</p>
      ) : seats.data.rounds.length === 0 ? (
        <p className="muted">{t('networking.mine.notSeated')}</p>
      ) : (
        <ol className="my-tables" role="list">
          {seats.data.rounds.map((seat) => (
            <li key={seat.round} className="my-tables__round" aria-labelledby={`networking-mine-round-${seat.round}`}>
              <h3 id={`networking-mine-round-${seat.round}`} className="my-tables__heading">
                {t('networking.mine.seat', { round: seat.round, table: seat.table })}
              </h3>
              {seat.with.length === 0 ? (
                <p className="small muted">{t('networking.mine.alone')}</p>
              ) : (
                <ul className="my-tables__people" role="list">
                  {seat.with.map((mate) => (
                    <li key={mate.id} className="my-tables__person">
                      <MemberAvatar name={mate.displayName} photoUrl={mate.photoUrl} size="small" />
                      <span>
                        <Link to={`/members/${mate.id}`}>
                          {mate.displayName}
                        </Link>
                        {mate.headline || mate.businessName ? (
                          <span className="small muted"> — {[mate.headline, mate.businessName].filter(Boolean).join(' · ')}</span>
                        ) : null}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
