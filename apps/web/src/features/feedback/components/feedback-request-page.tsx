import type { CurrentMember, FeedbackRequest } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '../../../components/ui/markdown';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { PageHeading } from '../../../components/ui/page-heading';
import { useLocale } from '../../../lib/i18n';
import { formatDate } from '../../../lib/time';
import { useFeedbackRequest } from '../api/get-feedback-request';
import { AnswerSection } from './answer-section';
import { FeedbackNotFound } from './feedback-not-found';
import { RequestBadges, TimeFacts } from './request-facts';
import { InvitedSection, RequesterTools } from './requester-tools';
import { ResponsesSection } from './responses-section';
import './feedback.css';

export interface FeedbackRequestPageProps {
  id: string;
  viewer: CurrentMember;
}

/** One request: what it asks and what it takes; then the reader's part (answering, or for the requester the answers). */
export function FeedbackRequestPage({ id, viewer }: FeedbackRequestPageProps) {
  const { t } = useTranslation();
  const request = useFeedbackRequest(id);
  if (request.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (request.isError) return <FeedbackNotFound error={request.error} />;
  return <RequestDetail request={request.data} viewer={viewer} />;
}

function RequestDetail({ request, viewer }: { request: FeedbackRequest; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const own = request.requester.id === viewer.id;

  return (
    <div className="stack feedback-page">
      <header className="card stack stack--tight">
        <p className="small">
          <Link to={own ? '/feedback?tab=mine' : '/feedback'}>{t('feedback.detail.back')}</Link>
        </p>
        <PageHeading title={request.title}>{request.title}</PageHeading>
        <RequestBadges request={request} own={own} />
        <p className="feedback-byline">
          <MemberAvatar name={request.requester.displayName} photoUrl={request.requester.photoUrl} size="small" />
          <span>
            {own ? (
              t('feedback.card.askedByYou')
            ) : (
              <>
                {t('feedback.detail.askedByPrefix')} <Link to={`/members/${request.requester.id}`}>{request.requester.displayName}</Link>
              </>
            )}
            <span className="muted"> · {formatDate(request.createdAt, locale)}</span>
          </span>
        </p>
        <TimeFacts request={request} />
        {request.expertise.length > 0 ? (
          <div className="feedback-expertise">
            <p id="feedback-expertise-label" className="small muted">
              {t('feedback.detail.expertise')}
            </p>
            <ul className="tags" aria-labelledby="feedback-expertise-label">
              {request.expertise.map((skill) => (
                <li key={skill} className="tag">
                  {skill}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p className="small muted">{t(`feedback.audienceAbout.${request.audience}`)}</p>
      </header>

      {own ? <RequesterTools request={request} /> : null}

      <div className="grid grid--two">
        <div className="stack">
          <section className="card stack stack--tight" aria-labelledby="feedback-context-heading">
            <h2 id="feedback-context-heading">{t('feedback.detail.context')}</h2>
            <Markdown source={request.context} />
          </section>
          <section className="card stack stack--tight" aria-labelledby="feedback-questions-heading">
            <h2 id="feedback-questions-heading">
              {request.format === 'async' ? t('feedback.detail.questions', { count: request.questions.length }) : t('feedback.detail.coffeeQuestions')}
            </h2>
            <ol className="feedback-question-list">
              {request.questions.map((question, index) => (
                <li key={index}>{question}</li>
              ))}
            </ol>
            {request.format === 'coffee' ? <p className="small muted">{t('feedback.detail.coffeeHint')}</p> : null}
          </section>
        </div>
        <div className="stack">
          {own ? (
            <>
              <ResponsesSection request={request} />
              <InvitedSection request={request} />
            </>
          ) : (
            <AnswerSection request={request} viewer={viewer} />
          )}
        </div>
      </div>
    </div>
  );
}
