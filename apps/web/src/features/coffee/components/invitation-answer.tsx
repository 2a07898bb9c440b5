import type { CoffeeInvitation } from '@tertulia/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';
import { useAnswerInvitation } from '../api/answer-invitation';

/** A pending invitation's answer: one of its times (radio buttons, times on the coworking's clock), then accept; or decline. */
export function InvitationAnswer({ invitation }: { invitation: CoffeeInvitation }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const answer = useAnswerInvitation();
  const groupName = `time-${useId()}`;
  const errorId = useId();
  const [time, setTime] = useState<string | null>(invitation.proposedTimes.length === 1 ? invitation.proposedTimes[0]! : null);
  const [missing, setMissing] = useState(false);

  const onAccept = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.isPending) return;
    if (!time) {
      setMissing(true);
      return;
    }
    answer.mutate({ id: invitation.id, accept: true, time });
  };

  return (
    <form className="form form--tight" noValidate onSubmit={onAccept}>
      <fieldset className="fieldset" aria-describedby={missing ? errorId : undefined}>
        <legend>{t('coffee.invitations.chooseTime')}</legend>
        {missing ? (
          <p id={errorId} className="field-error">
            {t('coffee.invitations.timeRequired')}
          </p>
        ) : null}
        {invitation.proposedTimes.map((proposed) => (
          <label key={proposed} className="coffee-choice">
            <input
              type="radio"
              name={groupName}
              value={proposed}
              checked={time === proposed}
              onChange={() => {
                setMissing(false);
                setTime(proposed);
              }}
            />{' '}
            {formatDateTime(proposed, locale)}
          </label>
        ))}
      </fieldset>
      <ErrorAlert>{answer.isError ? errorMessage(t, answer.error) : null}</ErrorAlert>
      <div className="button-row">
        <button type="submit" className="button button--small" aria-disabled={answer.isPending}>
          {t('coffee.invitations.accept')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-disabled={answer.isPending}
          onClick={() => {
            if (!answer.isPending) answer.mutate({ id: invitation.id, accept: false });
          }}
        >
          {t('coffee.invitations.decline')}
        </button>
      </div>
    </form>
  );
}
