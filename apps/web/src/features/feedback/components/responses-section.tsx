import type { FeedbackRequest, FeedbackResponse } from '@tertulia/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';
import { useMarkHelpful } from '../api/mark-helpful';
import { useThankReviewer } from '../api/thank-reviewer';
import { ResponseBody } from './response-body';

const THANKS_MAX = 500;

/** For the requester: every answer, each with «helpful» and a thank-you note. */
export function ResponsesSection({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation();
  return (
    <section className="card stack stack--tight" aria-labelledby="feedback-responses-heading">
      <h2 id="feedback-responses-heading">{t('feedback.responses.heading', { count: request.responses.length })}</h2>
      {request.responses.length === 0 ? (
        <p className="muted">{request.status === 'closed' ? t('feedback.responses.noneClosed') : t('feedback.responses.none')}</p>
      ) : (
        <ul className="feedback-responses" role="list">
          {request.responses.map((response) => (
            <ResponseItem key={response.id} request={request} response={response} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ResponseItem({ request, response }: { request: FeedbackRequest; response: FeedbackResponse }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const helpful = useMarkHelpful();
  const thank = useThankReviewer();
  const [writing, setWriting] = useState(false);
  const thankButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const name = response.reviewer.displayName;

  const stopWriting = () => {
    setWriting(false);
    requestAnimationFrame(() => thankButton.current?.focus());
  };

  return (
    <li>
      <article className="feedback-response" aria-labelledby={headingId}>
        <header className="feedback-byline">
          <MemberAvatar name={name} photoUrl={response.reviewer.photoUrl} size="small" />
          <div>
            <h3 id={headingId} className="feedback-response__name">
              <Link to={`/members/${response.reviewer.id}`}>{t('feedback.responses.from', { name })}</Link>
            </h3>
            <p className="small muted">
              {formatDateTime(response.createdAt, locale)}
              {response.editedAt ? ` · ${t('feedback.answer.edited')}` : ''}
            </p>
          </div>
        </header>
        <ResponseBody request={request} response={response} />
        {response.thanks && !writing ? (
          <blockquote className="feedback-thanks">
            <p className="small muted">{t('feedback.responses.yourThanks', { date: formatDateTime(response.thanks.at, locale) })}</p>
            <p className="pre-line">{response.thanks.message}</p>
          </blockquote>
        ) : null}
        {writing ? (
          <ThanksForm
            key={response.id}
            initial={response.thanks?.message ?? ''}
            name={name}
            pending={thank.isPending}
            error={thank.error}
            onSend={(message) => thank.mutate({ id: response.id, requestId: request.id, message }, { onSuccess: stopWriting })}
            onCancel={stopWriting}
          />
        ) : (
          <div className="button-row">
            <button
              type="button"
              className={response.helpful ? 'button button--small' : 'button button--small button--quiet'}
              aria-pressed={response.helpful}
              aria-disabled={helpful.isPending}
              onClick={() => {
                if (!helpful.isPending) helpful.mutate({ id: response.id, requestId: request.id, helpful: !response.helpful });
              }}
            >
              {t('feedback.responses.helpful')}
              <span className="visually-hidden"> {t('feedback.responses.answerOf', { name })}</span>
            </button>
            <button
              ref={thankButton}
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                thank.reset();
                setWriting(true);
              }}
            >
              {response.thanks ? t('feedback.responses.changeThanks') : t('feedback.responses.thank', { name })}
            </button>
          </div>
        )}
        <ErrorAlert>{helpful.isError ? errorMessage(t, helpful.error) : null}</ErrorAlert>
        <StatusMessage>{thank.isSuccess && !writing ? t('feedback.responses.thanked', { name }) : null}</StatusMessage>
      </article>
    </li>
  );
}

interface ThanksFormProps {
  initial: string;
  name: string;
  pending: boolean;
  error: unknown;
  onSend: (message: string) => void;
  onCancel: () => void;
}

/** The thank-you note: written once, changed at will (the reviewer reads the last one). */
function ThanksForm({ initial, name, pending, error, onSend, onCancel }: ThanksFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const message = text.trim();
    if (message === '') {
      setProblem(t('validation.required'));
      return;
    }
    setProblem(undefined);
    onSend(message);
  };

  return (
    <form className="form form--tight" noValidate onSubmit={onSubmit}>
      <TextAreaField
        name="thanks"
        label={t('feedback.responses.thanksLabel', { name })}
        hint={t('feedback.responses.thanksHint')}
        rows={3}
        maxLength={THANKS_MAX}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={problem}
        autoFocus
      />
      <ErrorAlert>{error ? errorMessage(t, error) : null}</ErrorAlert>
      <div className="button-row">
        <button type="submit" className="button button--small" aria-disabled={pending} aria-busy={pending}>
          {t('feedback.responses.sendThanks')}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          {t('feedback.form.cancel')}
        </button>
      </div>
    </form>
  );
}
