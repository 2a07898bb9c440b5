import type { FeedbackRequestSummary } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/i18n';
import { communityToday, formatDay } from '../../../lib/time';
import { daysUntil } from '../../../lib/community-time';

type Summary = Pick<
  FeedbackRequestSummary,
  'format' | 'status' | 'invitedMe' | 'answeredByMe' | 'minutes' | 'questionCount' | 'deadline' | 'responseCount' | 'cap'
>;

/** The format, the state, and where the reader stands («Invited you», «You answered»). */
export function RequestBadges({ request, own = false }: { request: Summary; own?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="feedback-badges">
      <span className={`badge feedback-format feedback-format--${request.format}`}>{t(`feedback.format.${request.format}`)}</span>
      <span className={`badge feedback-status--${request.status}`}>{t(`feedback.status.${request.status}`)}</span>
      {!own && request.invitedMe ? <span className="badge badge--info">{t('feedback.badge.invitedMe')}</span> : null}
      {!own && request.answeredByMe ? <span className="badge badge--active">{t('feedback.badge.answered')}</span> : null}
    </span>
  );
}

/** «Answers until Thursday 21 March 2026 (in 7 days)»: the day in the coworking's calendar, in the reader's language. */
export function useDeadlineText() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (deadline: string, now: Date = new Date()) => {
    const day = formatDay(deadline, locale);
    const left = daysUntil(deadline, communityToday(now));
    if (left < 0) return t('feedback.deadline.past', { day });
    if (left === 0) return t('feedback.deadline.today', { day });
    if (left === 1) return t('feedback.deadline.tomorrow', { day });
    return t('feedback.deadline.inDays', { day, count: left });
  };
}

/** What answering takes, up front: minutes, questions, until when, and how many answers it still wants. */
export function TimeFacts({ request, label }: { request: Summary; label?: string }) {
  const { t } = useTranslation();
  const deadlineText = useDeadlineText();
  return (
    <ul className="feedback-facts" aria-label={label ?? t('feedback.facts.label')}>
      <li>{t('feedback.facts.minutes', { count: request.minutes })}</li>
      {request.format === 'async' ? (
        <li>{t('feedback.facts.questions', { count: request.questionCount })}</li>
      ) : (
        <li>{t('feedback.facts.coffee')}</li>
      )}
      <li>{request.status === 'closed' ? t('feedback.facts.closed') : deadlineText(request.deadline)}</li>
      <li>{t('feedback.facts.answers', { count: request.responseCount, cap: request.cap })}</li>
    </ul>
  );
}
