import { UpdateBreakfastSchema, type BreakfastSession } from '@tertulia/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromIssues, type SchemaIssue } from '../../../lib/errors';
import { readForm } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { formatDay } from '../../../lib/time';
import { useAcceptSwap } from '../api/accept-swap';
import { useDeclineBreakfast } from '../api/decline-breakfast';
import { useDeclineSwap } from '../api/decline-swap';
import { useProposeSwap } from '../api/propose-swap';
import { useUpdateBreakfast } from '../api/update-breakfast';
import type { SessionPermissions } from '../utils/sessions';

export interface PresenterActionsProps {
  session: BreakfastSession;
  permissions: SessionPermissions;
  /** Other upcoming sessions with a presenter (see swapCandidates). */
  swapOptions: readonly BreakfastSession[];
  onStart: () => void;
  /** An action succeeded: the sentence to show, and the item takes the focus back. */
  onDone: (message: string) => void;
}

/**
 * What the presenter of an upcoming breakfast does with it: answer a swap proposal, confirm,
 * write the topic (the manager may too), decline, or propose a swap. Render it for every
 * session: it shows nothing when the reader has nothing to do there.
 */
export function PresenterActions({ session, permissions, swapOptions, onStart, onDone }: PresenterActionsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateBreakfast();
  const decline = useDeclineBreakfast();
  const propose = useProposeSwap();
  const accept = useAcceptSwap();
  const refuse = useDeclineSwap();
  const [failure, setFailure] = useState<unknown>(null);
  const [topicIssues, setTopicIssues] = useState<readonly SchemaIssue[]>([]);
  const [declining, setDeclining] = useState(false);
  const busy = update.isPending || decline.isPending || propose.isPending || accept.isPending || refuse.isPending;
  const date = formatDay(session.date, locale);
  const swap = permissions.presenter ? session.pendingSwap : null;

  /** Runs one action: clears the last problem, reports success or keeps the error next to the actions. */
  const run = <T,>(action: (callbacks: { onSuccess: (result: T) => void; onError: (error: unknown) => void }) => void, message: (result: T) => string) => {
    if (busy) return;
    setFailure(null);
    onStart();
    action({ onSuccess: (result) => onDone(message(result)), onError: setFailure });
  };

  const onTopic = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const topic = (readForm(event.currentTarget).topic ?? '').trim();
    const parsed = UpdateBreakfastSchema.safeParse({ topic: topic === '' ? null : topic });
    if (!parsed.success) {
      setTopicIssues(parsed.error.issues);
      return;
    }
    setTopicIssues([]);
    run((callbacks) => update.mutate({ id: session.id, patch: parsed.data }, callbacks), () => t('breakfasts.presenter.topicSaved'));
  };

  const onPropose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const withSessionId = readForm(event.currentTarget).withSessionId ?? '';
    const other = swapOptions.find((option) => option.id === withSessionId);
    if (!other) return;
    run(
      (callbacks) => propose.mutate({ sessionId: session.id, withSessionId }, callbacks),
      () => t('breakfasts.swap.proposed', { name: other.presenter?.displayName ?? '' }),
    );
  };

  const topicError = fieldErrorsFromIssues(t, topicIssues).topic;
  const visible =
    swap !== null || permissions.confirm || permissions.editTopic || permissions.proposeSwap || permissions.decline;
  // Rendering nothing keeps the component (and its mutations) mounted: after a decline or an
  // accepted swap the reader no longer presents this breakfast, yet the outcome must be told.
  if (!visible && !failure) return null;

  return (
    <div className="session__actions">
      {swap?.direction === 'incoming' ? (
        <div className="swap-notice">
          <p className="swap-notice__title">{t('breakfasts.swap.incoming', { name: swap.otherPresenter, date })}</p>
          <p>{t('breakfasts.swap.incomingDetail', { date: formatDay(swap.otherDate, locale) })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--small"
              aria-disabled={busy}
              onClick={() =>
                run(
                  (callbacks) => accept.mutate(swap.id, callbacks),
                  () => t('breakfasts.swap.accepted', { date: formatDay(swap.otherDate, locale) }),
                )
              }
            >
              {t('breakfasts.swap.accept')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              aria-disabled={busy}
              onClick={() => run((callbacks) => refuse.mutate(swap.id, callbacks), () => t('breakfasts.swap.declined'))}
            >
              {t('breakfasts.swap.decline')}
            </button>
          </div>
        </div>
      ) : null}
      {swap?.direction === 'outgoing' ? (
        <div className="swap-notice swap-notice--waiting">
          <p className="swap-notice__title">{t('breakfasts.swap.outgoing', { name: swap.otherPresenter })}</p>
          <p className="small muted">{t('breakfasts.swap.outgoingDetail', { date: formatDay(swap.otherDate, locale) })}</p>
        </div>
      ) : null}

      {permissions.confirm ? (
        <div className="button-row">
          <p className="session__ask">{t('breakfasts.presenter.pleaseConfirm')}</p>
          <button
            type="button"
            className="button button--small"
            aria-disabled={busy}
            onClick={() =>
              run(
                (callbacks) => update.mutate({ id: session.id, patch: { confirmed: true } }, callbacks),
                () => t('breakfasts.presenter.confirmed', { date }),
              )
            }
          >
            {t('breakfasts.presenter.confirm')}
          </button>
        </div>
      ) : null}

      {permissions.editTopic ? (
        <form className="inline-form inline-form--grow" noValidate onSubmit={onTopic} key={session.topic ?? ''}>
          <TextField
            name="topic"
            label={t('breakfasts.presenter.topic')}
            defaultValue={session.topic ?? ''}
            maxLength={200}
            className="field--grow"
            error={topicError}
          />
          <button type="submit" className="button button--small button--quiet" aria-disabled={busy}>
            {t('breakfasts.presenter.saveTopic')}
          </button>
        </form>
      ) : null}

      {permissions.proposeSwap ? (
        <form className="session__swap" onSubmit={onPropose}>
          <fieldset className="fieldset">
            <legend>{t('breakfasts.swap.heading')}</legend>
            {swapOptions.length === 0 ? (
              <p className="small muted">{t('breakfasts.swap.none')}</p>
            ) : (
              <div className="inline-form inline-form--grow">
                <SelectField
                  name="withSessionId"
                  label={t('breakfasts.swap.with')}
                  className="field--grow"
                  options={swapOptions.map((option) => ({
                    value: option.id,
                    label: t('breakfasts.swap.option', {
                      date: formatDay(option.date, locale),
                      name: option.presenter?.displayName ?? '',
                    }),
                  }))}
                />
                <button type="submit" className="button button--small button--quiet" aria-disabled={busy}>
                  {t('breakfasts.swap.propose')}
                </button>
              </div>
            )}
          </fieldset>
        </form>
      ) : null}

      {permissions.decline ? (
        <div className="button-row">
          <button
            type="button"
            className="button button--small button--quiet-danger"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) setDeclining(true);
            }}
          >
            {t('breakfasts.presenter.decline')}
          </button>
        </div>
      ) : null}

      <ErrorAlert>{failure ? errorMessage(t, failure) : null}</ErrorAlert>

      {permissions.decline || declining ? (
        <ConfirmDialog
          open={declining}
          title={t('breakfasts.presenter.declineDialog.title', { date })}
          confirmLabel={t('breakfasts.presenter.declineDialog.confirm')}
          cancelLabel={t('breakfasts.presenter.declineDialog.keep')}
          destructive
          busy={decline.isPending}
          onCancel={() => setDeclining(false)}
          onConfirm={() =>
            run(
              (callbacks) =>
                decline.mutate(session.id, {
                  onSuccess: (result) => {
                    setDeclining(false);
                    callbacks.onSuccess(result);
                  },
                  onError: (error) => {
                    setDeclining(false);
                    callbacks.onError(error);
                  },
                }),
              () => t('breakfasts.presenter.declined', { date }),
            )
          }
        >
          <p>{t('breakfasts.presenter.declineDialog.body')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
