import type { CircleDetail, CircleMember, CurrentMember } from '@tertulia/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { errorMessage } from '../../../lib/errors';
import { useRemoveCircleMember } from '../api/remove-circle-member';
import { useUpdateCircleMember } from '../api/update-circle-member';

export interface CircleMembersProps {
  circle: CircleDetail;
  /** Its active people (admins first). */
  members: CircleMember[];
  viewer: CurrentMember;
  onDone: (message: string) => void;
}

/** What an admin is about to do to someone, waiting for their confirmation. */
type Change = { kind: 'promote' | 'demote' | 'remove'; member: CircleMember };

/** The circle's people, admins marked; its admins (and the manager) make admins and remove people, after a confirmation. */
export function CircleMembers({ circle, members, viewer, onDone }: CircleMembersProps) {
  const { t } = useTranslation();
  const setRole = useUpdateCircleMember();
  const remove = useRemoveCircleMember();
  const [change, setChange] = useState<Change | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const busy = setRole.isPending || remove.isPending;
  const error = setRole.error ?? remove.error;

  const ask = (next: Change) => {
    setRole.reset();
    remove.reset();
    setChange(next);
  };

  const onConfirm = () => {
    if (!change || busy) return;
    const { kind, member } = change;
    const input = { circleId: circle.id, memberId: member.id };
    const name = member.displayName;
    const onSettled = () => setChange(null);
    if (kind === 'remove') {
      remove.mutate(input, {
        onSuccess: () => {
          onDone(t('circles.members.removed', { name }));
          headingRef.current?.focus();
        },
        onSettled,
      });
    } else {
      setRole.mutate(
        { ...input, role: kind === 'promote' ? 'admin' : 'member' },
        { onSuccess: () => onDone(t(kind === 'promote' ? 'circles.members.promoted' : 'circles.members.demoted', { name })), onSettled },
      );
    }
  };

  return (
    <section className="card stack stack--tight" aria-labelledby="circle-members-heading">
      <h2 id="circle-members-heading" ref={headingRef} tabIndex={-1}>
        {t('circles.members.heading')}
      </h2>
      {error ? <ErrorAlert>{errorMessage(t, error)}</ErrorAlert> : null}
      {members.length === 0 ? (
        <p className="muted">{t('circles.members.empty')}</p>
      ) : (
        <ul className="circle-members" aria-labelledby="circle-members-heading">
          {members.map((member) => {
            const self = member.id === viewer.id;
            const name = member.displayName;
            return (
              <li key={member.id} className="circle-member">
                <MemberAvatar name={name} photoUrl={member.photoUrl} />
                <div className="circle-member__body">
                  <p className="circle-member__name">
                    <Link to={`/members/${member.id}`}>{name}</Link>
                    {self ? <span className="muted"> ({t('app.you')})</span> : null}
                  </p>
                  {member.businessName ? <p className="small muted">{member.businessName}</p> : null}
                  {member.role === 'admin' ? (
                    <p>
                      <span className="badge badge--info">{t('circles.members.admin')}</span>
                    </p>
                  ) : null}
                  {circle.canManage && !self ? (
                    <div className="button-row">
                      {member.role === 'admin' ? (
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          aria-label={t('circles.members.demoteLabel', { name })}
                          onClick={() => ask({ kind: 'demote', member })}
                        >
                          {t('circles.members.demote')}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--quiet"
                          aria-label={t('circles.members.promoteLabel', { name })}
                          onClick={() => ask({ kind: 'promote', member })}
                        >
                          {t('circles.members.promote')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="button button--small button--quiet-danger"
                        aria-label={t('circles.members.removeLabel', { name })}
                        onClick={() => ask({ kind: 'remove', member })}
                      >
                        {t('circles.members.remove')}
                      </button>
                    </div>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={change !== null}
        title={change ? t(`circles.members.${change.kind}Title`, { name: change.member.displayName }) : ''}
        confirmLabel={change ? t(`circles.members.${change.kind}`) : ''}
        cancelLabel={t('app.cancel')}
        destructive={change?.kind === 'remove'}
        busy={busy}
        onConfirm={onConfirm}
        onCancel={() => setChange(null)}
      >
        <p>{change ? t(`circles.members.${change.kind}Body`, { name: change.member.displayName }) : null}</p>
      </ConfirmDialog>
    </section>
  );
}
