import type { CircleSummary } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useJoinCircle } from '../api/join-circle';
import { useLeaveCircle } from '../api/leave-circle';
import { membershipAction } from '../utils/circle-text';

export interface MembershipButtonProps {
  circle: CircleSummary;
  /** A translated sentence saying what happened, for the page's status line. */
  onDone: (message: string) => void;
}

/**
 * Join (or ask to join, for a circle by approval), leave, or withdraw a request: one button that
 * changes in place, so the keyboard focus stays on it. A refusal (the last admin cannot leave
 * while others remain) is shown right under it.
 */
export function MembershipButton({ circle, onDone }: MembershipButtonProps) {
  const { t } = useTranslation();
  const join = useJoinCircle();
  const leave = useLeaveCircle();
  const action = membershipAction(circle);
  const busy = join.isPending || leave.isPending;
  const error = join.error ?? leave.error;
  const name = circle.name;

  const onClick = () => {
    if (busy) return;
    join.reset();
    leave.reset();
    if (action === 'join' || action === 'ask') {
      join.mutate(circle.id, {
        onSuccess: (joined) =>
          onDone(
            joined.myMembership?.status === 'pending'
              ? t('circles.notices.asked', { name })
              : t('circles.notices.joined', { name }),
          ),
      });
    } else {
      leave.mutate(circle.id, {
        onSuccess: () => onDone(action === 'withdraw' ? t('circles.notices.withdrawn', { name }) : t('circles.notices.left', { name })),
      });
    }
  };

  const quiet = action === 'leave' || action === 'withdraw';
  return (
    <div className="circle-membership">
      <button
        type="button"
        className={quiet ? 'button button--small button--quiet' : 'button button--small'}
        aria-label={t(`circles.actions.${action}Label`, { name })}
        aria-disabled={busy}
        aria-busy={busy}
        onClick={onClick}
      >
        {t(`circles.actions.${action}`)}
      </button>
      {error ? <ErrorAlert>{errorMessage(t, error)}</ErrorAlert> : null}
    </div>
  );
}
