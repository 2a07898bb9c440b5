import { FEEDBACK_ANSWER_MAX_LENGTH, FEEDBACK_PROPOSED_TIMES_MAX, type FeedbackAnswer, type FeedbackRequest } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { focusFirstInvalid } from '../../../lib/forms';
import { answerInput, answerProblemsFromApi, canProposeMore, type AnswerDraft, type AnswerProblemKind, type AnswerProblems } from '../utils/answer-draft';
import { isoToCommunityLocal } from '../../../lib/community-time';

const MESSAGE_MAX = 1000;

export interface AnswerFormProps {
  request: Pick<FeedbackRequest, 'format' | 'questions' | 'minutes'>;
  initial: AnswerDraft;
  submitLabel: string;
  pending: boolean;
  /** The last refusal of the API (its 422 ANSWERS_MISMATCH lands at the fields; anything else above the buttons). */
  error: unknown;
  onSend: (answer: FeedbackAnswer) => void;
  onCancel?: () => void;
}

/** One answer per question, or for a coffee one to three times to meet (on the coworking's clock); a message for both. */
export function AnswerForm({ request, initial, submitLabel, pending, error, onSend, onCancel }: AnswerFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const timeInputs = useRef<(HTMLInputElement | null)[]>([]);
  const addTimeRef = useRef<HTMLButtonElement>(null);
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<AnswerProblems>({});
  const apiProblems = isApiError(error) && error.code === 'ANSWERS_MISMATCH' ? answerProblemsFromApi(error.details, draft) : {};
  const shown: AnswerProblems = { ...apiProblems, ...problems };

  const message = (field: string, kind: AnswerProblemKind | undefined): string | undefined => {
    switch (kind) {
      case undefined:
        return undefined;
      case 'tooLong':
        return t('validation.tooLong', { max: field === 'message' ? MESSAGE_MAX : FEEDBACK_ANSWER_MAX_LENGTH });
      default:
        return t(`feedback.answer.problem.${kind}`);
    }
  };

  const change = (update: (current: AnswerDraft) => AnswerDraft) => setDraft(update);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const result = answerInput(request, draft);
    if (!result.ok) {
      flushSync(() => setProblems(result.problems));
      focusFirstInvalid(formRef.current);
      if (result.problems.proposedTimes) timeInputs.current[0]?.focus();
      return;
    }
    setProblems({});
    onSend(result.value);
  };

  const removeTime = (index: number) => {
    change((current) => ({ ...current, proposedTimes: current.proposedTimes.filter((_, at) => at !== index) }));
    setProblems({});
    // The focus goes to the time that takes its place, or the one before.
    requestAnimationFrame(() => timeInputs.current[Math.max(0, Math.min(index, draft.proposedTimes.length - 2))]?.focus());
  };

  const addTime = () => {
    change((current) => ({ ...current, proposedTimes: [...current.proposedTimes, ''] }));
    requestAnimationFrame(() => timeInputs.current[draft.proposedTimes.length]?.focus());
  };

  const fieldErrorShown = Object.keys(apiProblems).length > 0;
  return (
    <form ref={formRef} className="form feedback-answer-form" noValidate onSubmit={onSubmit}>
      <p className="small muted">
        {request.format === 'async'
          ? t('feedback.answer.timeBox', {
              minutes: t('feedback.facts.minutes', { count: request.minutes }),
              questions: t('feedback.facts.questions', { count: request.questions.length }),
            })
          : t('feedback.answer.coffeeBox', { minutes: t('feedback.facts.minutesShort', { count: request.minutes }) })}
      </p>
      {request.format === 'async' ? (
        request.questions.map((question, index) => (
          <TextAreaField
            key={index}
            name={`answers.${index}`}
            label={t('feedback.answer.numbered', { number: index + 1, question })}
            rows={4}
            maxLength={FEEDBACK_ANSWER_MAX_LENGTH}
            value={draft.answers[index] ?? ''}
            onChange={(event) => {
              const text = event.target.value;
              change((current) => ({ ...current, answers: current.answers.map((answer, at) => (at === index ? text : answer)) }));
            }}
            error={message(`answers.${index}`, shown[`answers.${index}`])}
          />
        ))
      ) : (
        <fieldset className="fieldset" aria-describedby="feedback-times-hint">
          <legend>{t('feedback.answer.timesLegend', { max: FEEDBACK_PROPOSED_TIMES_MAX })}</legend>
          <p id="feedback-times-hint" className="field-hint">
            {t('feedback.answer.timesHint')}
          </p>
          {shown.proposedTimes ? <p className="field-error">{message('proposedTimes', shown.proposedTimes)}</p> : null}
          <ol className="question-list">
            {draft.proposedTimes.map((time, index) => (
              <li key={index} className="question-list__item">
                <TextField
                  ref={(element: HTMLInputElement | null) => {
                    timeInputs.current[index] = element;
                  }}
                  name={`proposedTimes.${index}`}
                  type="datetime-local"
                  min={isoToCommunityLocal(new Date())}
                  label={t('feedback.answer.time', { number: index + 1 })}
                  value={time}
                  onChange={(event) => {
                    const value = event.target.value;
                    change((current) => ({ ...current, proposedTimes: current.proposedTimes.map((found, at) => (at === index ? value : found)) }));
                  }}
                  error={message(`proposedTimes.${index}`, shown[`proposedTimes.${index}`])}
                  {...(shown.proposedTimes && index === 0 ? { 'aria-invalid': true as const } : {})}
                />
                {draft.proposedTimes.length > 1 ? (
                  <div className="button-row question-list__actions">
                    <button type="button" className="button button--small button--quiet-danger" onClick={() => removeTime(index)}>
                      {t('feedback.form.remove')}
                      <span className="visually-hidden"> {t('feedback.answer.timeRef', { number: index + 1 })}</span>
                    </button>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
          {canProposeMore(draft) ? (
            <div>
              <button ref={addTimeRef} type="button" className="button button--small button--quiet" onClick={addTime}>
                {t('feedback.answer.addTime')}
              </button>
            </div>
          ) : null}
        </fieldset>
      )}
      <TextAreaField
        name="message"
        label={request.format === 'async' ? t('feedback.answer.messageAsync') : t('feedback.answer.messageCoffee')}
        hint={t('feedback.answer.messageHint')}
        rows={3}
        maxLength={MESSAGE_MAX}
        value={draft.message}
        onChange={(event) => {
          const text = event.target.value;
          change((current) => ({ ...current, message: text }));
        }}
        error={message('message', shown.message)}
      />
      <ErrorAlert>{error && !fieldErrorShown ? errorMessage(t, error) : null}</ErrorAlert>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={pending} aria-busy={pending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('feedback.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
