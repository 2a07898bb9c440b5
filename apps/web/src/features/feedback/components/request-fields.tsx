import { FEEDBACK_CAP_MAX, FEEDBACK_FORMATS, FEEDBACK_MINUTES_MAX, type FeedbackFormat } from '@tertulia/domain';
import { useId, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownField } from '../../../components/ui/markdown-field';
import { TextField } from '../../../components/ui/text-field';
import type { FieldErrors } from '../../../lib/errors';
import type { QuestionAction } from '../utils/question-list';
import { latestDeadline, type RequestDraft } from '../utils/request-draft';
import { ExpertiseField } from './expertise-field';
import { QuestionsEditor } from './questions-editor';

export interface RequestFieldsProps {
  draft: RequestDraft;
  set: <K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) => void;
  dispatchQuestions: Dispatch<QuestionAction>;
  errors: FieldErrors;
  today: string;
  /** Creating: the format can be chosen (it never changes afterwards). */
  onFormat?: (format: FeedbackFormat) => void;
  /** Someone has answered: the questions stay as they are. */
  questionsLocked?: boolean;
}

/** The fields a request has when it is asked and when it is edited. */
export function RequestFields({ draft, set, dispatchQuestions, errors, today, onFormat, questionsLocked }: RequestFieldsProps) {
  const { t } = useTranslation();
  const formatName = useId();
  return (
    <>
      <TextField
        name="title"
        label={t('feedback.form.title')}
        hint={t('feedback.form.titleHint')}
        value={draft.title}
        onChange={(event) => set('title', event.target.value)}
        maxLength={150}
        required
        error={errors.title}
      />
      <MarkdownField
        name="context"
        label={t('feedback.form.context')}
        hint={t('feedback.form.contextHint')}
        value={draft.context}
        onChange={(context) => set('context', context)}
        maxLength={5000}
        rows={7}
        error={errors.context}
      />
      {questionsLocked ? (
        <div className="fieldset">
          <p className="field-hint">{t('feedback.form.questionsLocked')}</p>
          <ol className="question-readonly">
            {draft.questions.items.map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ol>
        </div>
      ) : (
        <QuestionsEditor list={draft.questions} dispatch={dispatchQuestions} errors={errors} />
      )}
      {onFormat ? (
        <fieldset className="fieldset">
          <legend>{t('feedback.form.format')}</legend>
          {FEEDBACK_FORMATS.map((format) => (
            <div key={format} className="feedback-choice">
              <input
                id={`${formatName}-${format}`}
                type="radio"
                name="format"
                value={format}
                checked={draft.format === format}
                onChange={() => onFormat(format)}
                aria-describedby={`${formatName}-${format}-hint`}
              />
              <label htmlFor={`${formatName}-${format}`}>{t(`feedback.format.${format}`)}</label>
              <p id={`${formatName}-${format}-hint`} className="field-hint">
                {t(`feedback.form.formatHint.${format}`)}
              </p>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="feedback-form__row">
        <TextField
          name="minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={FEEDBACK_MINUTES_MAX}
          label={t('feedback.form.minutes')}
          hint={t('feedback.form.minutesHint', { max: FEEDBACK_MINUTES_MAX })}
          value={draft.minutes}
          onChange={(event) => set('minutes', event.target.value)}
          required
          error={errors.minutes}
        />
        <TextField
          name="deadline"
          type="date"
          min={today}
          max={latestDeadline(today)}
          label={t('feedback.form.deadline')}
          hint={t('feedback.form.deadlineHint')}
          value={draft.deadline}
          onChange={(event) => set('deadline', event.target.value)}
          required
          error={errors.deadline}
        />
        <TextField
          name="cap"
          type="number"
          inputMode="numeric"
          min={1}
          max={FEEDBACK_CAP_MAX}
          label={t('feedback.form.cap')}
          hint={t('feedback.form.capHint', { max: FEEDBACK_CAP_MAX })}
          value={draft.cap}
          onChange={(event) => set('cap', event.target.value)}
          required
          error={errors.cap}
        />
      </div>
      <ExpertiseField value={draft.expertise} onChange={(expertise) => set('expertise', expertise)} error={errors.expertise} />
    </>
  );
}
