import { FEEDBACK_QUESTIONS_MAX } from '@tertulia/domain';
import { useEffect, useId, useRef, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';
import type { FieldErrors } from '../../../lib/errors';
import { canAdd, type QuestionAction, type QuestionList } from '../utils/question-list';

export interface QuestionsEditorProps {
  list: QuestionList;
  dispatch: Dispatch<QuestionAction>;
  errors: FieldErrors;
}

/**
 * One to five questions, each in its own labelled field. Adding focuses the new question;
 * removing one focuses the question that takes its place; moving one keeps the focus on it.
 */
export function QuestionsEditor({ list, dispatch, errors }: QuestionsEditorProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  const inputs = useRef(new Map<number, HTMLInputElement>());
  const moved = useRef(new Map<string, HTMLButtonElement>());
  const lastMove = useRef<'up' | 'down' | null>(null);

  useEffect(() => {
    if (list.focusKey === null) return;
    // A moved question keeps the focus on the button that moved it (so it can be pressed again), else on its field.
    const button = lastMove.current ? moved.current.get(`${list.focusKey}-${lastMove.current}`) : undefined;
    const target = button ?? inputs.current.get(list.focusKey);
    target?.focus();
    lastMove.current = null;
    dispatch({ type: 'focused' });
  }, [list.focusKey, dispatch]);

  const count = list.items.length;
  return (
    <fieldset className="fieldset" aria-describedby={[errors.questions ? errorId : '', hintId].filter(Boolean).join(' ')}>
      <legend>{t('feedback.form.questions')}</legend>
      <p id={hintId} className="field-hint">
        {t('feedback.form.questionsHint', { max: FEEDBACK_QUESTIONS_MAX })}
      </p>
      {errors.questions ? (
        <p id={errorId} className="field-error">
          {errors.questions}
        </p>
      ) : null}
      <ol className="question-list">
        {list.items.map((item, index) => {
          const number = index + 1;
          const setButton = (direction: 'up' | 'down') => (element: HTMLButtonElement | null) => {
            const key = `${item.key}-${direction}`;
            if (element) moved.current.set(key, element);
            else moved.current.delete(key);
          };
          return (
            <li key={item.key} className="question-list__item">
              <TextField
                ref={(element: HTMLInputElement | null) => {
                  if (element) inputs.current.set(item.key, element);
                  else inputs.current.delete(item.key);
                }}
                name={`questions.${index}`}
                label={t('feedback.form.question', { number })}
                value={item.text}
                maxLength={300}
                autoComplete="off"
                onChange={(event) => dispatch({ type: 'change', key: item.key, text: event.target.value })}
                error={errors[`questions.${index}`]}
              />
              {count > 1 ? (
                <div className="button-row question-list__actions">
                  {index > 0 ? (
                    <button
                      ref={setButton('up')}
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => {
                        lastMove.current = 'up';
                        dispatch({ type: 'move', key: item.key, by: -1 });
                      }}
                    >
                      {t('feedback.form.moveUp')}
                      <span className="visually-hidden"> {t('feedback.form.questionRef', { number })}</span>
                    </button>
                  ) : null}
                  {index < count - 1 ? (
                    <button
                      ref={setButton('down')}
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => {
                        lastMove.current = 'down';
                        dispatch({ type: 'move', key: item.key, by: 1 });
                      }}
                    >
                      {t('feedback.form.moveDown')}
                      <span className="visually-hidden"> {t('feedback.form.questionRef', { number })}</span>
                    </button>
                  ) : null}
                  <button type="button" className="button button--small button--quiet-danger" onClick={() => dispatch({ type: 'remove', key: item.key })}>
                    {t('feedback.form.remove')}
                    <span className="visually-hidden"> {t('feedback.form.questionRef', { number })}</span>
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="small muted" aria-live="polite">
        {t('feedback.form.questionCount', { count, max: FEEDBACK_QUESTIONS_MAX })}
      </p>
      {canAdd(list) ? (
        <div>
          <button type="button" className="button button--small button--quiet" onClick={() => dispatch({ type: 'add' })}>
            {t('feedback.form.addQuestion')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
