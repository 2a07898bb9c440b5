import type { CircleSummary } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { membershipBadge } from '../utils/circle-text';

const MEMBERSHIP_CLASS = { admin: 'badge badge--active', member: 'badge badge--active', pending: 'badge badge--warn' } as const;

/** A circle's kind and join policy, and the reader's place in it. */
export function CircleBadges({ circle }: { circle: CircleSummary }) {
  const { t } = useTranslation();
  const membership = membershipBadge(circle);
  return (
    <p className="circle-badges">
      <span className={`badge circle-kind circle-kind--${circle.kind}`}>{t(`circles.kind.${circle.kind}`)}</span>
      <span className="badge badge--plain">{t(`circles.policy.${circle.joinPolicy}`)}</span>
      {membership ? <span className={MEMBERSHIP_CLASS[membership]}>{t(`circles.membership.${membership}`)}</span> : null}
    </p>
  );
}
