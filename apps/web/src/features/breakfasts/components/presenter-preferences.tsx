import { DateSchema, type PresenterPreferences as Preferences } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/errors';
import { readForm } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { communityToday, formatDay } from '../../../lib/time';
import { usePresenterPreferences } from '../api/get-presenter-preferences';
import { useUpdatePresenterPreferences } from '../api/update-presenter-preferences';

/** The dates with one more (kept once, in order), or without one. */
export function withDate(dates: readonly string[], date: string): string[] {
  return [...new Set([...dates, date])].sort();
}
export function withoutDate(dates: readonly string[], date: string): string[] {
  return dates.filter((found) => found !== date);
}

/** "Your turn to present": whether the reader joins the presenter rota, and the dates they can't. */
export function PresenterPreferencesSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const preferences = usePresenterPreferences();
  const save = useUpdatePresenterPreferences();
  const dateRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | undefined>();
  // What the reader asked for, shown at once (set in the click, so a checkbox never snaps back)
  // until the last save is answered; changes made meanwhile build on it and are saved in turn.
  const [draft, setDraft] = useState<Preferences | null>(null);
  const current: Preferences | undefined = draft ?? preferences.data;

  const store = (next: Preferences, message: string, after?: () => void) => {
    setNotice(null);
    setDraft(next);
    save.mutate(next, {
      onSuccess: () => {
        setNotice(message);
        after?.();
      },
      onSettled: () => setDraft(null),
    });
  };

  const onAddDate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!current) return;
    const form = event.currentTarget;
    const date = readForm(form).unavailableDate ?? '';
    if (!DateSchema.safeParse(date).success) {
      setDateError(t(date === '' ? 'validation.required' : 'validation.invalid'));
      dateRef.current?.focus();
      return;
    }
    setDateError(undefined);
    form.reset();
    store(
      { ...current, unavailableDates: withDate(current.unavailableDates, date) },
      t('breakfasts.preferences.dateAdded', { date: formatDay(date, locale) }),
    );
  };

  return (
    <section aria-labelledby="presenter-preferences-heading" className="card stack stack--tight">
      <h2 id="presenter-preferences-heading">{t('breakfasts.preferences.heading')}</h2>
      {preferences.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : preferences.isError || !current ? (
        <ErrorAlert>{errorMessage(t, preferences.error)}</ErrorAlert>
      ) : (
        <>
          <CheckboxField
            label={t('breakfasts.preferences.optIn')}
            hint={t('breakfasts.preferences.optInHint')}
            checked={current.optIn}
            onChange={(event) =>
              store(
                { ...current, optIn: event.target.checked },
                t(event.target.checked ? 'breakfasts.preferences.optedIn' : 'breakfasts.preferences.optedOut'),
              )
            }
            className="checkbox-field--strong"
          />
          <div className="stack stack--tight">
            <h3 id="unavailable-dates-heading" ref={listRef} tabIndex={-1}>
              {t('breakfasts.preferences.datesHeading')}
            </h3>
            <p className="small muted">{t('breakfasts.preferences.datesIntro')}</p>
            <form className="inline-form inline-form--grow" noValidate onSubmit={onAddDate}>
              <TextField
                ref={dateRef}
                name="unavailableDate"
                type="date"
                label={t('breakfasts.preferences.date')}
                min={communityToday()}
                required
                error={dateError}
                className="field--grow"
              />
              <button type="submit" className="button button--small">
                {t('breakfasts.preferences.addDate')}
              </button>
            </form>
            {current.unavailableDates.length === 0 ? (
              <p className="small muted">{t('breakfasts.preferences.noDates')}</p>
            ) : (
              <ul className="chips" aria-labelledby="unavailable-dates-heading">
                {current.unavailableDates.map((date) => {
                  const label = formatDay(date, locale);
                  return (
                    <li key={date} className="chip">
                      <span className="chip__date">{label}</span>
                      <button
                        type="button"
                        className="button button--small button--quiet"
                        aria-label={t('breakfasts.preferences.removeDate', { date: label })}
                        onClick={() =>
                          store(
                            { ...current, unavailableDates: withoutDate(current.unavailableDates, date) },
                            t('breakfasts.preferences.dateRemoved', { date: label }),
                            // The button is gone: keep the focus near, on the list's heading.
                            () => listRef.current?.focus(),
                          )
                        }
                      >
                        {t('breakfasts.preferences.remove')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </>
      )}
      <ErrorAlert>{save.isError ? errorMessage(t, save.error) : null}</ErrorAlert>
      <StatusMessage>{notice}</StatusMessage>
    </section>
  );
}
