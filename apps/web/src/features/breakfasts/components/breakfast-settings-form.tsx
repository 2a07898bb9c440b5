import { BreakfastSettingsSchema, type BreakfastSettings } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { COMMUNITY_TIME_ZONE } from '../../../lib/time';
import { useBreakfastSettings } from '../api/get-breakfast-settings';
import { useUpdateBreakfastSettings } from '../api/update-breakfast-settings';
import { weekdayOptions } from '../utils/weekdays';

/** What the form starts from before anything was saved: Thursdays at nine, an hour, in Barcelona. */
export const DEFAULT_SETTINGS: BreakfastSettings = {
  weekday: 4,
  startTime: '09:00',
  durationMinutes: 60,
  place: '',
  timezone: COMMUNITY_TIME_ZONE,
  active: false,
};

/** The form's values as the schema wants them (numbers as numbers, the checkbox as a boolean). */
export function settingsFromForm(values: Record<string, string>): unknown {
  const number = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : Number(value));
  return {
    weekday: number(values.weekday),
    startTime: values.startTime ?? '',
    durationMinutes: number(values.durationMinutes),
    place: values.place ?? '',
    timezone: (values.timezone ?? '').trim(),
    active: values.active === 'on',
  };
}

/** The manager's settings of the weekly breakfast. */
export function BreakfastSettingsForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const settings = useBreakfastSettings();
  const save = useUpdateBreakfastSettings();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const errors = { ...fieldErrorsFromApi(t, save.error), ...fieldErrorsFromIssues(t, issues) };
  // Not configured yet (or unreadable): start from sensible values rather than an empty form.
  const initial = settings.data ?? DEFAULT_SETTINGS;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    save.reset();
    const parsed = BreakfastSettingsSchema.safeParse(settingsFromForm(readForm(event.currentTarget)));
    if (!parsed.success) {
      flushSync(() => setIssues(parsed.error.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    save.mutate(parsed.data);
  };

  return (
    <section aria-labelledby="breakfast-settings-heading" className="card">
      <h2 id="breakfast-settings-heading">{t('breakfasts.settings.heading')}</h2>
      {settings.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <form
          ref={formRef}
          className="form form--pairs"
          noValidate
          onSubmit={onSubmit}
          // A fresh form when the saved settings arrive or change.
          key={JSON.stringify(initial)}
        >
          <SelectField
            name="weekday"
            label={t('breakfasts.settings.weekday')}
            options={weekdayOptions(locale)}
            defaultValue={String(initial.weekday)}
            error={errors.weekday}
          />
          <TextField
            name="startTime"
            type="time"
            label={t('breakfasts.settings.startTime')}
            defaultValue={initial.startTime}
            required
            error={errors.startTime}
          />
          <TextField
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={15}
            max={240}
            step={5}
            label={t('breakfasts.settings.duration')}
            defaultValue={initial.durationMinutes}
            required
            error={errors.durationMinutes}
          />
          <TextField
            name="place"
            label={t('breakfasts.settings.place')}
            hint={t('breakfasts.settings.placeHint')}
            defaultValue={initial.place}
            maxLength={200}
            required
            error={errors.place}
            className="form__full"
          />
          <TextField
            name="timezone"
            label={t('breakfasts.settings.timezone')}
            hint={t('breakfasts.settings.timezoneHint')}
            defaultValue={initial.timezone}
            spellCheck={false}
            autoCapitalize="off"
            maxLength={64}
            required
            error={errors.timezone}
            className="form__full"
          />
          <CheckboxField
            name="active"
            label={t('breakfasts.settings.active')}
            hint={t('breakfasts.settings.activeHint')}
            defaultChecked={initial.active}
            className="form__full"
          />
          {settings.isError ? (
            <p className="form__full small muted">{t('breakfasts.settings.notReadable', { error: errorMessage(t, settings.error) })}</p>
          ) : null}
          <div className="form__full stack stack--tight">
            <ErrorAlert>{save.isError ? errorMessage(t, save.error) : null}</ErrorAlert>
            <StatusMessage>{save.isSuccess ? t('breakfasts.settings.saved') : null}</StatusMessage>
            <div className="form__actions">
              <button type="submit" className="button" aria-disabled={save.isPending} aria-busy={save.isPending}>
                {t('breakfasts.settings.submit')}
              </button>
            </div>
          </div>
        </form>
      )}
    </section>
  );
}
