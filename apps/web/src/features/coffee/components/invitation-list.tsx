import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { errorMessage } from '../../../lib/errors';
import { useInvitations, type InvitationBox } from '../api/get-invitations';
import { InvitationItem } from './invitation-item';

/** Invitations received or sent, newest first. */
export function InvitationList({ box }: { box: InvitationBox }) {
  const { t } = useTranslation();
  const invitations = useInvitations(box);
  const headingId = `coffee-${box}-heading`;
  const items = invitations.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="card stack stack--tight" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`coffee.invitations.${box}`)}</h2>
      {invitations.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : invitations.isError ? (
        <ErrorAlert>{errorMessage(t, invitations.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <p className="small">{t(`coffee.invitations.${box}Empty`)}</p>
      ) : (
        <>
          <ul className="coffee-invitations stack stack--tight" role="list">
            {items.map((invitation) => (
              <InvitationItem key={invitation.id} invitation={invitation} box={box} />
            ))}
          </ul>
          <LoadMore query={invitations} />
        </>
      )}
    </section>
  );
}
