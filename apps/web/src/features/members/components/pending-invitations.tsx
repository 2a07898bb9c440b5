import type { InvitationCreated, InvitationSummary } from '@tertulia/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';
import { useCreateInvitation } from '../api/create-invitation';
import { useInvitations } from '../api/get-invitations';
import { useWithdrawInvitation } from '../api/withdraw-invitation';

export function PendingInvitations({ onResent }: { onResent: (invitation: InvitationCreated) => void }) {
  const { t } = useTranslation();
  const invitations = useInvitations();
  const resend = useCreateInvitation();
  const withdraw = useWithdrawInvitation();
  const [status, setStatus] = useState<string | null>(null);
  const items = invitations.data?.pages.flatMap((page) => page.items) ?? [];
  const failure = resend.error ?? withdraw.error;

  const onResend = (invitation: InvitationSummary) => {
    withdraw.reset();
    setStatus(null);
    resend.mutate({ email: invitation.email, role: invitation.role }, { onSuccess: onResent });
  };
  const onWithdraw = (invitation: InvitationSummary) => {
    resend.reset();
    setStatus(null);
    withdraw.mutate(invitation.id, {
      onSuccess: () => setStatus(t('members.invitations.withdrawn', { email: invitation.email })),
    });
  };

  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('members.invitations.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert>{failure ? errorMessage(t, failure) : null}</ErrorAlert>
      {invitations.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : invitations.isError ? (
        <ErrorAlert>{errorMessage(t, invitations.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <p className="muted">{t('members.invitations.empty')}</p>
      ) : (
        <ul className="rows">
          {items.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              invitation={invitation}
              busy={
                (resend.isPending && resend.variables?.email === invitation.email) ||
                (withdraw.isPending && withdraw.variables === invitation.id)
              }
              onResend={() => onResend(invitation)}
              onWithdraw={() => onWithdraw(invitation)}
            />
          ))}
        </ul>
      )}
      <LoadMore query={invitations} />
    </section>
  );
}

interface InvitationRowProps {
  invitation: InvitationSummary;
  busy: boolean;
  onResend: () => void;
  onWithdraw: () => void;
}

function InvitationRow({ invitation, busy, onResend, onWithdraw }: InvitationRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const expired = invitation.state === 'expired';
  const when = formatDateTime(invitation.expiresAt, locale);
  return (
    <li className="row">
      <div className="row__main">
        <p className="row__title break">{invitation.email}</p>
        <p className="row__meta">
          <span className={`badge ${expired ? 'badge--warn' : 'badge--info'}`}>
            {t(`members.invitations.states.${invitation.state}`)}
          </span>{' '}
          <span className="badge badge--plain">{t(`members.roles.${invitation.role}`)}</span>
        </p>
        <p className="row__meta muted small">
          {expired ? t('members.invitations.expiredOn', { date: when }) : t('members.invitations.validUntil', { date: when })}
          {invitation.invitedBy ? (
            <>
              {' · '}
              {t('members.invitations.invitedBy', { name: invitation.invitedBy })}
            </>
          ) : null}
        </p>
      </div>
      <div className="row__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            if (!busy) onResend();
          }}
          aria-disabled={busy}
          aria-label={t('members.invitations.resendFor', { email: invitation.email })}
        >
          {t('members.invitations.resend')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            if (!busy) onWithdraw();
          }}
          aria-disabled={busy}
          aria-label={t('members.invitations.withdrawFor', { email: invitation.email })}
        >
          {t('members.invitations.withdraw')}
        </button>
      </div>
    </li>
  );
}
