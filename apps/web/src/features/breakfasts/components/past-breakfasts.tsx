import { UpdateBreakfastSchema, type BreakfastSession, type CurrentMember } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage, fieldErrorsFromIssues, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { communityToday, formatDay } from '../../../lib/time';
import { useBreakfasts } from '../api/get-breakfasts';
import { useUpdateBreakfast } from '../api/update-breakfast';
import { archiveRange, canEditSummary, isPresenter, pastNewestFirst } from '../utils/sessions';
import { PresenterCard } from './presenter-card';
import { SessionStatusBadge } from './session-status-badge';

/** The archive: the breakfasts of the last year, newest first, with what was presented. */
export function PastBreakfasts({ reader }: { reader: CurrentMember }) {
  const { t } = useTranslation();
  const sessions = useBreakfasts(archiveRange(communityToday()));
  const items = pastNewestFirst(sessions.data?.items ?? []);

  return (
    <section aria-labelledby="past-breakfasts-heading" className="stack stack--tight">
      <div>
        <h2 id="past-breakfasts-heading">{t('breakfasts.past.heading')}</h2>
        <p className="muted">{t('breakfasts.past.intro')}</p>
      </div>
      {sessions.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : sessions.isError ? (
        <ErrorAlert>{errorMessage(t, sessions.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <p className="card card--soft">{t('breakfasts.past.empty')}</p>
      ) : (
        <ul className="sessions">
          {items.map((session) => (
            <PastSessionItem key={session.id} session={session} reader={reader} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function PastSessionItem({ session, reader }: { session: BreakfastSession; reader: Pick<CurrentMember, 'id' | 'role'> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateBreakfast();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const editable = canEditSummary(session, reader);
  const summaryError = fieldErrorsFromIssues(t, issues).summary;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const summary = (readForm(event.currentTarget).summary ?? '').trim();
    const parsed = UpdateBreakfastSchema.safeParse({ summary: summary === '' ? null : summary });
    if (!parsed.success) {
      flushSync(() => setIssues(parsed.error.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    update.mutate({ id: session.id, patch: parsed.data });
  };

  return (
    <li className={`session session--past${session.status === 'cancelled' ? ' session--cancelled' : ''}`}>
      <div className="session__header">
        <h3 className="session__date">{formatDay(session.date, locale)}</h3>
        {session.status === 'cancelled' ? (
          <p className="session__badges">
            <SessionStatusBadge status="cancelled" />
          </p>
        ) : null}
      </div>
      <PresenterCard presenter={session.presenter} isYou={isPresenter(session, reader.id)} />
      {session.topic ? (
        <p className="session__topic">
          <span className="session__label">{t('breakfasts.session.topic')}</span> {session.topic}
        </p>
      ) : null}
      {editable ? (
        <form ref={formRef} className="form form--tight" noValidate onSubmit={onSubmit} key={session.summary ?? ''}>
          <TextAreaField
            name="summary"
            label={t('breakfasts.past.summary')}
            hint={session.summary ? undefined : t('breakfasts.past.summaryHint')}
            defaultValue={session.summary ?? ''}
            rows={3}
            maxLength={5000}
            error={summaryError}
          />
          <ErrorAlert>{update.isError ? errorMessage(t, update.error) : null}</ErrorAlert>
          <StatusMessage>{update.isSuccess ? t('breakfasts.past.summarySaved') : null}</StatusMessage>
          <div className="form__actions">
            <button
              type="submit"
              className="button button--small button--quiet"
              aria-disabled={update.isPending}
              aria-busy={update.isPending}
            >
              {t('breakfasts.past.saveSummary')}
            </button>
          </div>
        </form>
      ) : session.summary ? (
        <div className="session__summary">
          <p className="session__label">{t('breakfasts.past.summary')}</p>
          <p className="pre-line">{session.summary}</p>
        </div>
      ) : session.status === 'cancelled' ? null : (
        <p className="small muted">{t('breakfasts.past.noSummary')}</p>
      )}
    </li>
  );
}
