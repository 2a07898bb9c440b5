import type { FeedbackRequest, FeedbackResponse } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';

/** What a reviewer answered: each question with its answer, or the times proposed for a coffee; and their message. */
export function ResponseBody({ request, response }: { request: Pick<FeedbackRequest, 'format' | 'questions'>; response: FeedbackResponse }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="stack stack--tight">
      {request.format === 'async' ? (
        <dl className="feedback-answers">
          {request.questions.map((question, index) => (
            <div key={index} className="feedback-answers__pair">
              <dt>{t('feedback.answer.numbered', { number: index + 1, question })}</dt>
              <dd className="pre-line">{response.answers[index] ?? ''}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <div>
          <p className="small muted">{t('feedback.answer.proposedTimes')}</p>
          <ul className="feedback-times">
            {response.proposedTimes.map((time) => (
              <li key={time}>
                <time dateTime={time}>{formatDateTime(time, locale)}</time>
              </li>
            ))}
          </ul>
        </div>
      )}
      {response.message ? (
        <div>
          <p className="small muted">{t('feedback.answer.messageLabel')}</p>
          <p className="pre-line">{response.message}</p>
        </div>
      ) : null}
    </div>
  );
}
