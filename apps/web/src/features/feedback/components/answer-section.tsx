import type { CurrentMember, FeedbackRequest, FeedbackResponse } from '@tertulia/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';
import { useAnswerFeedbackRequest } from '../api/answer-feedback-request';
import { useUpdateFeedbackResponse } from '../api/update-feedback-response';
import { answerState, draftFromResponse, emptyAnswerDraft } from '../utils/answer-draft';
import { AnswerForm } from './answer-form';
import { ResponseBody } from './response-body';

/**
 * The reader's part as a reviewer: the answer form when they can answer; their own answer
 * afterwards (editable until the request closes); or a plain sentence saying why they cannot.
 */
export function AnswerSection({ request, viewer }: { request: FeedbackRequest; viewer: CurrentMember }) {
  const { t } = useTranslation();
  const answer = useAnswerFeedbackRequest();
  const state = answerState(request, viewer.id);
  const mine = request.responses.find((response) => response.reviewer.id === viewer.id);
  if (state === 'requester') return null;

  return (
    <section className="card stack stack--tight" aria-labelledby="feedback-answer-heading">
      <h2 id="feedback-answer-heading">{state === 'answered' ? t('feedback.answer.yours') : t('feedback.answer.heading')}</h2>
      {state === 'canAnswer' ? (
        <AnswerForm
          request={request}
          initial={emptyAnswerDraft(request)}
          submitLabel={t('feedback.answer.send')}
          pending={answer.isPending}
          error={answer.error}
          onSend={(body) => answer.mutate({ requestId: request.id, answer: body })}
        />
      ) : state === 'answered' && mine ? (
        <MyAnswer request={request} response={mine} />
      ) : (
        <>
          {/* A refusal that has just happened (someone else took the last place) is said first. */}
          <ErrorAlert>{answer.isError ? errorMessage(t, answer.error) : null}</ErrorAlert>
          <p className="notice">{t(`feedback.answer.cannot.${state === 'answered' ? 'unavailable' : state}`)}</p>
        </>
      )}
      <StatusMessage>{answer.isSuccess ? t('feedback.answer.sent') : null}</StatusMessage>
    </section>
  );
}

function MyAnswer({ request, response }: { request: FeedbackRequest; response: FeedbackResponse }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateFeedbackResponse();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const closed = request.status === 'closed';

  if (editing && !closed) {
    return (
      <AnswerForm
        request={request}
        initial={draftFromResponse(request, response)}
        submitLabel={t('feedback.answer.save')}
        pending={update.isPending}
        error={update.error}
        onSend={(body) =>
          update.mutate(
            { id: response.id, requestId: request.id, answer: body },
            {
              onSuccess: () => {
                setEditing(false);
                setSaved(true);
              },
            },
          )
        }
        onCancel={() => {
          update.reset();
          setEditing(false);
        }}
      />
    );
  }

  return (
    <div className="stack stack--tight">
      <p className="small muted">
        {t('feedback.answer.sentAt', { date: formatDateTime(response.createdAt, locale) })}
        {response.editedAt ? ` · ${t('feedback.answer.edited')}` : ''}
      </p>
      <ResponseBody request={request} response={response} />
      {response.helpful ? <p className="badge badge--active">{t('feedback.answer.markedHelpful')}</p> : null}
      {response.thanks ? (
        <blockquote className="feedback-thanks">
          <p className="small muted">{t('feedback.answer.thankedYou', { name: request.requester.displayName })}</p>
          <p className="pre-line">{response.thanks.message}</p>
        </blockquote>
      ) : null}
      <StatusMessage>{saved ? t('feedback.answer.saved') : null}</StatusMessage>
      <ErrorAlert>{update.isError ? errorMessage(t, update.error) : null}</ErrorAlert>
      {closed ? (
        <p className="small muted">{t('feedback.answer.closedNoEdit')}</p>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setSaved(false);
              update.reset();
              setEditing(true);
            }}
          >
            {t('feedback.answer.edit')}
          </button>
        </div>
      )}
    </div>
  );
}
