import type { FeedbackRequestSummary } from '@tertulia/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { RequestBadges, TimeFacts } from './request-facts';

/** One request in the inbox: what, whose, what it takes of the reader, and where it stands. */
export function FeedbackRequestCard({ request, viewerId }: { request: FeedbackRequestSummary; viewerId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const own = request.requester.id === viewerId;
  return (
    <li>
      <article className={`feedback-card feedback-card--${request.status}`} aria-labelledby={titleId}>
        <div className="feedback-card__head">
          <h3 id={titleId} className="feedback-card__title">
            <Link to={`/feedback/${request.id}`}>{request.title}</Link>
          </h3>
          <RequestBadges request={request} own={own} />
        </div>
        <p className="feedback-byline small">
          <MemberAvatar name={request.requester.displayName} photoUrl={request.requester.photoUrl} size="small" />
          <span>{own ? t('feedback.card.askedByYou') : t('feedback.card.askedBy', { name: request.requester.displayName })}</span>
        </p>
        <TimeFacts request={request} label={t('feedback.facts.labelOf', { title: request.title })} />
      </article>
    </li>
  );
}
