import type { CircleDetail, CircleMember } from '@tertulia/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { errorMessage } from '../../../lib/errors';
import { useApproveCircleMember } from '../api/approve-circle-member';
import { useRemoveCircleMember } from '../api/remove-circle-member';

export interface CircleRequestsProps {
  circle: CircleDetail;
  requests: CircleMember[];
  onDone: (message: string) => void;
}

/** For its admins and the manager: who asked to join, to approve or decline. */
export function CircleRequests({ circle, requests, onDone }: CircleRequestsProps) {
  const { t } = useTranslation();
  const approve = useApproveCircleMember();
  const decline = useRemoveCircleMember();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const busy = approve.isPending || decline.isPending;
  const error = approve.error ?? decline.error;

  const answer = (member: CircleMember, accept: boolean) => {
    if (busy) return;
    approve.reset();
    decline.reset();
    const input = { circleId: circle.id, memberId: member.id };
    const onSuccess = () => {
      onDone(t(accept ? 'circles.requests.approved' : 'circles.requests.declined', { name: member.displayName }));
      // The row goes: the focus moves to the section rather than being lost.
      headingRef.current?.focus();
    };
    if (accept) approve.mutate(input, { onSuccess });
    else decline.mutate(input, { onSuccess });
  };

  return (
    <section className="card stack stack--tight" aria-labelledby="circle-requests-heading">
      <h2 id="circle-requests-heading" ref={headingRef} tabIndex={-1}>
        {t('circles.requests.heading')}
      </h2>
      {error ? <ErrorAlert>{errorMessage(t, error)}</ErrorAlert> : null}
      {requests.length === 0 ? (
        <p className="muted">{t('circles.requests.empty')}</p>
      ) : (
        <ul className="rows" aria-labelledby="circle-requests-heading">
          {requests.map((member) => (
            <li key={member.id} className="row">
              <div className="circle-person">
                <MemberAvatar name={member.displayName} photoUrl={member.photoUrl} size="small" />
                <div className="row__main">
                  <p className="row__title">
                    <Link to={`/members/${member.id}`}>{member.displayName}</Link>
                  </p>
                  {member.businessName ? <p className="small muted">{member.businessName}</p> : null}
                </div>
              </div>
              <div className="row__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('circles.requests.approveLabel', { name: member.displayName })}
                  aria-disabled={busy}
                  onClick={() => answer(member, true)}
                >
                  {t('circles.requests.approve')}
                </button>
                <button
                  type="button"
                  className="button button--small button--quiet-danger"
                  aria-label={t('circles.requests.declineLabel', { name: member.displayName })}
                  aria-disabled={busy}
                  onClick={() => answer(member, false)}
                >
                  {t('circles.requests.decline')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
