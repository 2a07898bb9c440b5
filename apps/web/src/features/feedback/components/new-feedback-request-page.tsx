import { FEEDBACK_AUDIENCES, FEEDBACK_INVITED_MAX, type FeedbackAudience } from '@tertulia/domain';
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { errorMessage, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid } from '../../../lib/forms';
import { communityToday } from '../../../lib/time';
import { useCreateFeedbackRequest } from '../api/create-feedback-request';
import { questionListReducer, type QuestionAction } from '../utils/question-list';
import { parseLabels } from '../../../lib/labels';
import { createRequestInput, emptyRequestDraft, withFormat, type RequestDraft } from '../utils/request-draft';
import { RequestFields } from './request-fields';
import { ReviewerPicker } from './reviewer-picker';
import { shownAtField, useRequestErrors } from './use-request-errors';
import './feedback.css';

/** «Ask for feedback»: a page with the request form. */
export function NewFeedbackRequestPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <header className="page-header">
        <p className="small">
          <Link to="/feedback">{t('feedback.detail.back')}</Link>
        </p>
        <PageHeading title={t('feedback.form.newTitle')}>{t('feedback.form.newTitle')}</PageHeading>
        <p className="lead">{t('feedback.form.newIntro')}</p>
      </header>
      <section className="card">
        <NewRequestForm />
      </section>
    </div>
  );
}

function NewRequestForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateFeedbackRequest();
  const formRef = useRef<HTMLFormElement>(null);
  const audienceName = useId();
  const [today] = useState(() => communityToday());
  const [draft, setDraft] = useState<RequestDraft>(() => emptyRequestDraft(today));
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const errors = useRequestErrors(issues, create.error);

  const set = useCallback(<K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
  }, []);
  const dispatchQuestions = useCallback(
    (action: QuestionAction) => setDraft((current) => ({ ...current, questions: questionListReducer(current.questions, action) })),
    [],
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const result = createRequestInput(draft, communityToday());
    if (!result.ok) {
      flushSync(() => setIssues(result.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    create.mutate(result.value, {
      onSuccess: (request) => navigate(`/feedback/${request.id}`),
      onError: () => focusFirstInvalid(formRef.current),
    });
  };

  return (
    <form ref={formRef} className="form feedback-form" noValidate onSubmit={onSubmit} aria-labelledby="page-heading">
      <RequestFields
        draft={draft}
        set={set}
        dispatchQuestions={dispatchQuestions}
        errors={errors}
        today={today}
        onFormat={(format) => setDraft((current) => withFormat(current, format))}
      />
      <fieldset className="fieldset">
        <legend>{t('feedback.form.audience')}</legend>
        {FEEDBACK_AUDIENCES.map((audience: FeedbackAudience) => (
          <div key={audience} className="feedback-choice">
            <input
              id={`${audienceName}-${audience}`}
              type="radio"
              name="audience"
              value={audience}
              checked={draft.audience === audience}
              onChange={() => set('audience', audience)}
              aria-describedby={`${audienceName}-${audience}-hint`}
            />
            <label htmlFor={`${audienceName}-${audience}`}>{t(`feedback.audience.${audience}`)}</label>
            <p id={`${audienceName}-${audience}-hint`} className="field-hint">
              {t(`feedback.form.audienceHint.${audience}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <ReviewerPicker
        legend={t('feedback.reviewers.legend', { max: FEEDBACK_INVITED_MAX })}
        expertise={parseLabels(draft.expertise)}
        picked={draft.invitedMemberIds}
        onChange={(picked) => set('invitedMemberIds', picked)}
        max={FEEDBACK_INVITED_MAX}
        error={errors.invitedMemberIds}
      />
      <ErrorAlert>{create.isError && !shownAtField(create.error, errors) ? errorMessage(t, create.error) : null}</ErrorAlert>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={create.isPending} aria-busy={create.isPending}>
          {t('feedback.form.create')}
        </button>
        <Link to="/feedback" className="button button--quiet">
          {t('feedback.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
