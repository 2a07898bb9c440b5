import { FEEDBACK_INVITED_MAX, type FeedbackRequest } from '@tertulia/domain';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { errorMessage, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid } from '../../../lib/forms';
import { communityToday } from '../../../lib/time';
import { useCloseFeedbackRequest } from '../api/close-feedback-request';
import { useInviteReviewers } from '../api/invite-reviewers';
import { useUpdateFeedbackRequest } from '../api/update-feedback-request';
import { questionListReducer, type QuestionAction } from '../utils/question-list';
import { draftFromRequest, updateRequestInput, type RequestDraft } from '../utils/request-draft';
import { RequestFields } from './request-fields';
import { ReviewerPicker } from './reviewer-picker';
import { shownAtField, useRequestErrors } from './use-request-errors';

/** For the requester: edit the request, or close it (after a confirmation). */
export function RequesterTools({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation();
  const close = useCloseFeedbackRequest();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closed = request.status === 'closed';

  const stopEditing = (wasSaved: boolean) => {
    setEditing(false);
    setSaved(wasSaved);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <section className="card stack stack--tight" aria-labelledby="feedback-requester-heading">
      <h2 id="feedback-requester-heading">{t('feedback.requester.heading')}</h2>
      {closed ? (
        <p className="notice">{t('feedback.requester.closedNotice')}</p>
      ) : editing ? (
        <EditRequestForm request={request} onDone={stopEditing} />
      ) : (
        <div className="button-row">
          <button
            ref={editButton}
            type="button"
            className="button button--small"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('feedback.requester.edit')}
          </button>
          <button type="button" className="button button--small button--quiet-danger" onClick={() => setConfirming(true)}>
            {t('feedback.requester.close')}
          </button>
        </div>
      )}
      <StatusMessage>{saved ? t('feedback.requester.saved') : close.isSuccess ? t('feedback.requester.closed') : null}</StatusMessage>
      <ErrorAlert>{close.isError ? errorMessage(t, close.error) : null}</ErrorAlert>
      <ConfirmDialog
        open={confirming}
        title={t('feedback.requester.confirmTitle', { title: request.title })}
        confirmLabel={t('feedback.requester.confirm')}
        cancelLabel={t('feedback.requester.keepOpen')}
        destructive
        busy={close.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => close.mutate(request.id, { onSettled: () => setConfirming(false) })}
      >
        <p>{t('feedback.requester.confirmBody', { count: request.responseCount })}</p>
      </ConfirmDialog>
    </section>
  );
}

function EditRequestForm({ request, onDone }: { request: FeedbackRequest; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateFeedbackRequest();
  const formRef = useRef<HTMLFormElement>(null);
  const [today] = useState(() => communityToday());
  const [draft, setDraft] = useState<RequestDraft>(() => draftFromRequest(request));
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const errors = useRequestErrors(issues, update.error);

  const set = useCallback(<K extends keyof RequestDraft>(key: K, value: RequestDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
  }, []);
  const dispatchQuestions = useCallback(
    (action: QuestionAction) => setDraft((current) => ({ ...current, questions: questionListReducer(current.questions, action) })),
    [],
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const result = updateRequestInput(request, draft, communityToday());
    if (!result.ok) {
      flushSync(() => setIssues(result.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    if (result.value === null) return onDone(false);
    update.mutate({ id: request.id, patch: result.value }, { onSuccess: () => onDone(true), onError: () => focusFirstInvalid(formRef.current) });
  };

  return (
    <form ref={formRef} className="form feedback-form" noValidate onSubmit={onSubmit} aria-label={t('feedback.requester.editLabel')}>
      <RequestFields
        draft={draft}
        set={set}
        dispatchQuestions={dispatchQuestions}
        errors={errors}
        today={today}
        questionsLocked={request.responseCount > 0}
      />
      <ErrorAlert>{update.isError && !shownAtField(update.error, errors) ? errorMessage(t, update.error) : null}</ErrorAlert>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={update.isPending} aria-busy={update.isPending}>
          {t('feedback.requester.save')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            update.reset();
            onDone(false);
          }}
        >
          {t('feedback.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Who is invited, and more people to invite from the suggestions (five in all). */
export function InvitedSection({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation();
  const invite = useInviteReviewers();
  const [picked, setPicked] = useState<string[]>([]);
  const invitedIds = request.invited.map((member) => member.id);
  const room = FEEDBACK_INVITED_MAX - request.invited.length;
  const answeredIds = request.responses.map((response) => response.reviewer.id);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.isPending || picked.length === 0) return;
    invite.mutate({ id: request.id, memberIds: picked }, { onSuccess: () => setPicked([]) });
  };

  return (
    <section className="card stack stack--tight" aria-labelledby="feedback-invited-heading">
      <h2 id="feedback-invited-heading">{t('feedback.invited.heading', { count: request.invited.length, max: FEEDBACK_INVITED_MAX })}</h2>
      {request.invited.length === 0 ? (
        <p className="small muted">{t('feedback.invited.none')}</p>
      ) : (
        <ul className="feedback-people" role="list">
          {request.invited.map((member) => (
            <li key={member.id} className="feedback-byline">
              <MemberAvatar name={member.displayName} photoUrl={member.photoUrl} size="small" />
              <Link to={`/members/${member.id}`}>{member.displayName}</Link>
              {answeredIds.includes(member.id) ? <span className="badge badge--active">{t('feedback.invited.answered')}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <StatusMessage>{invite.isSuccess ? t('feedback.invited.sent') : null}</StatusMessage>
      {request.status !== 'closed' && room > 0 ? (
        <form className="stack stack--tight" onSubmit={onSubmit}>
          <ReviewerPicker
            legend={t('feedback.invited.more', { count: room })}
            expertise={request.expertise}
            picked={picked}
            onChange={(next) => {
              invite.reset();
              setPicked(next);
            }}
            max={room}
            exclude={[...invitedIds, ...answeredIds]}
          />
          <ErrorAlert>{invite.isError ? errorMessage(t, invite.error) : null}</ErrorAlert>
          {picked.length > 0 ? (
            <div className="button-row">
              <button type="submit" className="button button--small" aria-disabled={invite.isPending} aria-busy={invite.isPending}>
                {t('feedback.invited.invite', { count: picked.length })}
              </button>
            </div>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
