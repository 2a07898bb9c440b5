import type { BreakfastSession } from '@tertulia/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { errorMessage } from '../../../lib/errors';
import { readForm } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { formatDay } from '../../../lib/time';
import { useUpdateBreakfast } from '../api/update-breakfast';

export interface PresenterChoice {
  id: string;
  displayName: string;
}

export interface SessionManagerActionsProps {
  session: BreakfastSession;
  /** The active members; undefined while they load. */
  members: readonly PresenterChoice[] | undefined;
  onStart: () => void;
  onDone: (message: string) => void;
}

/** The options of the presenter select: nobody, the active members, and the current presenter even if no longer active. */
export function presenterOptions(
  members: readonly PresenterChoice[],
  current: PresenterChoice | null,
  noPresenter: string,
): { value: string; label: string }[] {
  const everyone = current && !members.some((member) => member.id === current.id) ? [current, ...members] : members;
  return [{ value: '', label: noPresenter }, ...everyone.map((member) => ({ value: member.id, label: member.displayName }))];
}

/** The manager's hand on one upcoming breakfast: who presents, and cancel or restore it. */
export function SessionManagerActions({ session, members, onStart, onDone }: SessionManagerActionsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateBreakfast();
  const [failure, setFailure] = useState<unknown>(null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const date = formatDay(session.date, locale);
  const cancelled = session.status === 'cancelled';
  const options = presenterOptions(members ?? [], session.presenter, t('breakfasts.manage.noPresenter'));

  const patch = (change: Parameters<typeof update.mutate>[0]['patch'], message: string) => {
    if (update.isPending) return;
    setFailure(null);
    onStart();
    update.mutate({ id: session.id, patch: change }, { onSuccess: () => onDone(message), onError: setFailure });
  };

  const onSavePresenter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const presenterId = readForm(event.currentTarget).presenterId ?? '';
    const name = options.find((option) => option.value === presenterId)?.label ?? '';
    patch(
      { presenterId: presenterId === '' ? null : presenterId },
      presenterId === '' ? t('breakfasts.manage.emptied', { date }) : t('breakfasts.manage.assigned', { name, date }),
    );
  };

  return (
    <fieldset className="fieldset session__manage">
      <legend>{t('breakfasts.manage.legend')}</legend>
      {cancelled ? null : (
        <form className="inline-form inline-form--grow" onSubmit={onSavePresenter} key={session.presenter?.id ?? ''}>
          <SelectField
            name="presenterId"
            label={t('breakfasts.manage.presenter')}
            aria-label={t('breakfasts.manage.presenterFor', { date })}
            className="field--grow"
            defaultValue={session.presenter?.id ?? ''}
            options={options}
            aria-busy={members === undefined}
          />
          <button type="submit" className="button button--small" aria-disabled={update.isPending}>
            {t('breakfasts.manage.savePresenter')}
          </button>
        </form>
      )}
      <div className="button-row">
        {cancelled ? (
          <button
            type="button"
            className="button button--small"
            aria-disabled={update.isPending}
            onClick={() => patch({ status: 'scheduled' }, t('breakfasts.manage.restored', { date }))}
          >
            {t('breakfasts.manage.restore')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small button--quiet-danger"
            aria-disabled={update.isPending}
            onClick={() => setConfirmingCancel(true)}
          >
            {t('breakfasts.manage.cancel')}
          </button>
        )}
      </div>
      {cancelled ? null : (
          <ConfirmDialog
          open={confirmingCancel}
          title={t('breakfasts.manage.cancelDialog.title', { date })}
          confirmLabel={t('breakfasts.manage.cancel')}
          cancelLabel={t('breakfasts.manage.cancelDialog.keep')}
          destructive
          busy={update.isPending}
          onCancel={() => setConfirmingCancel(false)}
          onConfirm={() => {
            setConfirmingCancel(false);
            patch(
              { status: 'cancelled' },
              // The API frees the presenter of a cancelled breakfast: say so, restoring won't bring them back.
              session.presenter
                ? t('breakfasts.manage.cancelledFreed', { date, name: session.presenter.displayName })
                : t('breakfasts.manage.cancelled', { date }),
            );
          }}
        >
          <p>{t('breakfasts.manage.cancelDialog.body')}</p>
        </ConfirmDialog>
      )}
      <ErrorAlert>{failure ? errorMessage(t, failure) : null}</ErrorAlert>
    </fieldset>
  );
}
