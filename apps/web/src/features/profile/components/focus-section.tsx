import type { FocusStatus } from '@tertulia/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { FocusBadge } from '../../../components/ui/focus-badge';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { formatTime } from '../../../lib/time';
import { useUpdateFocusStatus } from '../api/update-focus-status';
import { focusUntil, isFocusing, type FocusChoice } from '../utils/focus';

/**
 * «I need to concentrate until …»: until a time today or until the end of the day (both at the
 * coworking's clock), «Stop focus», and «Open to a coffee», saved as soon as it is ticked.
 */
export function FocusSection({ memberId, focus }: { memberId: string; focus: FocusStatus }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useUpdateFocusStatus(memberId);
  const radioName = useId();
  const timeRef = useRef<HTMLInputElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const [kind, setKind] = useState<FocusChoice['kind']>('endOfDay');
  const [time, setTime] = useState('');
  const [timeError, setTimeError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [coffeeDraft, setCoffeeDraft] = useState<boolean | null>(null);
  const focusing = isFocusing(focus.focusUntil);
  const current = focusing ? focus.focusUntil : null;

  const onStart = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setNotice(null);
    const result = focusUntil(kind === 'until' ? { kind, time } : { kind });
    if (!result.ok) {
      setTimeError(t(result.reason === 'past' ? 'profile.focus.pastTime' : time === '' ? 'validation.required' : 'validation.invalid'));
      timeRef.current?.focus();
      return;
    }
    setTimeError(undefined);
    save.mutate(
      { focusUntil: result.focusUntil, openToCoffee: focus.openToCoffee },
      {
        onSuccess: (status) =>
          setNotice(
            kind === 'endOfDay'
              ? t('profile.focus.startedRestOfDay')
              : t('profile.focus.started', { time: formatTime(status.focusUntil ?? result.focusUntil, locale) }),
          ),
      },
    );
  };

  const onStop = () => {
    if (save.isPending) return;
    setNotice(null);
    save.mutate(
      { focusUntil: null, openToCoffee: focus.openToCoffee },
      {
        onSuccess: () => {
          setNotice(t('profile.focus.stopped'));
          // «Stop focus» is gone: the focus goes to the button that starts it again.
          startRef.current?.focus();
        },
      },
    );
  };

  const onCoffee = (openToCoffee: boolean) => {
    setNotice(null);
    // Shown ticked at once (a controlled checkbox would otherwise snap back until the answer).
    setCoffeeDraft(openToCoffee);
    save.mutate(
      { focusUntil: current, openToCoffee },
      {
        onSuccess: () => setNotice(t(openToCoffee ? 'profile.focus.coffeeOn' : 'profile.focus.coffeeOff')),
        onSettled: () => setCoffeeDraft(null),
      },
    );
  };

  return (
    <section className="card stack stack--tight" aria-labelledby="profile-focus-heading">
      <h2 id="profile-focus-heading">{t('profile.focus.heading')}</h2>
      <div className="focus-now">
        <span className="small muted">{t('profile.focus.now')}</span>{' '}
        {focusing || focus.openToCoffee ? <FocusBadge focus={{ focusUntil: current, openToCoffee: focus.openToCoffee }} /> : (
          <span className="small">{t('profile.focus.notFocusing')}</span>
        )}
      </div>
      {focusing ? (
        <div className="button-row">
          <button type="button" className="button button--small" onClick={onStop} aria-disabled={save.isPending}>
            {t('profile.focus.stop')}
          </button>
        </div>
      ) : null}
      <form className="form form--tight" noValidate onSubmit={onStart}>
        <fieldset className="fieldset">
          <legend>{t('profile.focus.until')}</legend>
          <div className="radio-field">
            <input
              id={`${radioName}-end`}
              type="radio"
              name={radioName}
              value="endOfDay"
              checked={kind === 'endOfDay'}
              onChange={() => setKind('endOfDay')}
            />
            <label htmlFor={`${radioName}-end`}>{t('profile.focus.endOfDay')}</label>
          </div>
          <div className="radio-field">
            <input
              id={`${radioName}-time`}
              type="radio"
              name={radioName}
              value="until"
              checked={kind === 'until'}
              onChange={() => setKind('until')}
            />
            <label htmlFor={`${radioName}-time`}>{t('profile.focus.untilTime')}</label>
          </div>
          {kind === 'until' ? (
            <TextField
              ref={timeRef}
              name="focusTime"
              type="time"
              label={t('profile.focus.time')}
              hint={t('profile.focus.timeHint')}
              value={time}
              onChange={(event) => setTime(event.target.value)}
              required
              error={timeError}
              className="field--compact"
            />
          ) : null}
        </fieldset>
        <div className="button-row">
          <button ref={startRef} type="submit" className="button button--small" aria-disabled={save.isPending}>
            {focusing ? t('profile.focus.change') : t('profile.focus.start')}
          </button>
        </div>
      </form>
      <CheckboxField
        label={t('profile.focus.openToCoffee')}
        hint={t('profile.focus.openToCoffeeHint')}
        checked={coffeeDraft ?? focus.openToCoffee}
        onChange={(event) => onCoffee(event.target.checked)}
      />
      <ErrorAlert>{save.isError ? errorMessage(t, save.error) : null}</ErrorAlert>
      <StatusMessage>{notice}</StatusMessage>
    </section>
  );
}
