import type { CoffeeInvitation } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime, formatList } from '../utils/format';
import { InvitationAnswer } from './invitation-answer';

/** One invitation, received (with its answer form while pending) or sent (with its state). */
export function InvitationItem({ invitation, box }: { invitation: CoffeeInvitation; box: 'received' | 'sent' }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const other = box === 'received' ? invitation.inviter : invitation.invitee;
  const times = formatList(invitation.proposedTimes.map((time) => formatDateTime(time, locale)), locale);
  return (
    <li className="card card--flat coffee-invitation stack stack--tight">
      <div className="coffee-partner">
        <MemberAvatar name={other.displayName} photoUrl={other.photoUrl} size="small" />
        <div>
          <h3 className="coffee-partner__name">
            {box === 'received' ? t('coffee.invitations.from') : t('coffee.invitations.to')} <Link to={`/members/${other.id}`}>{other.displayName}</Link>
          </h3>
          {other.businessName ? <p className="small muted">{other.businessName}</p> : null}
        </div>
      </div>
      {invitation.message ? <blockquote className="coffee-invitation__message">{invitation.message}</blockquote> : null}
      {invitation.status === 'pending' ? (
        box === 'received' ? (
          <InvitationAnswer invitation={invitation} />
        ) : (
          <p className="small">{t('coffee.invitations.waiting', { times })}</p>
        )
      ) : invitation.status === 'accepted' ? (
        <p className="badge badge--coffee">{t('coffee.invitations.acceptedFor', { time: formatDateTime(invitation.chosenTime!, locale) })}</p>
      ) : (
        <p className="badge badge--plain">{t('coffee.invitations.declined')}</p>
      )}
    </li>
  );
}
