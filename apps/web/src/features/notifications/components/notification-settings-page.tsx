import { NOTIFICATION_CATEGORIES, type EmailFrequency, type NotificationCategory, type NotificationSettings } from '@tertulia/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi } from '../../../lib/errors';
import { useNotificationSettings } from '../api/get-notification-settings';
import { useUpdateNotificationSettings } from '../api/update-notification-settings';
import { draftFromSettings, frequencyChoices, settingsFromDraft, type QuietHoursProblem, type SettingsDraft } from '../utils/settings-draft';
import './notifications.css';

/** «Notification settings»: how each category reaches the reader by e-mail, and their quiet hours. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  return (
    <div className="stack">
      <header className="page-header">
        <div className="section-header">
          <PageHeading title={t('notifications.settings.title')}>{t('notifications.settings.title')}</PageHeading>
          <Link to="/notifications" className="button button--quiet button--small">
            {t('notifications.settings.back')}
          </Link>
        </div>
        <p className="lead">{t('notifications.settings.intro')}</p>
      </header>
      {settings.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : settings.isError ? (
        <ErrorAlert>{errorMessage(t, settings.error)}</ErrorAlert>
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </div>
  );
}

function SettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation();
  const save = useUpdateNotificationSettings();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [errors, setErrors] = useState<{ quietStart?: string; quietEnd?: string }>({});
  const startRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);
  const emailHeading = useId();
  const quietHeading = useId();

  const change = (next: Partial<SettingsDraft>) => {
    save.reset();
    setDraft((current) => ({ ...current, ...next }));
  };

  const problemText = (problem: QuietHoursProblem | undefined) =>
    problem === 'required' ? t('validation.required') : problem === 'same' ? t('notifications.settings.quietSame') : problem ? t('validation.invalid') : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const result = settingsFromDraft(draft);
    if (!result.ok) {
      setErrors({ quietStart: problemText(result.errors.quietStart), quietEnd: problemText(result.errors.quietEnd) });
      (result.errors.quietStart ? startRef : endRef).current?.focus();
      return;
    }
    setErrors({});
    save.mutate(result.settings, {
      onSuccess: (saved) => setDraft(draftFromSettings(saved)),
      onError: (error) => {
        const fields = fieldErrorsFromApi(t, error);
        const quietStart = fields['quietHours.start'];
        const quietEnd = fields['quietHours.end'] ?? fields.quietHours;
        if (quietStart || quietEnd) setErrors({ quietStart, quietEnd });
      },
    });
  };

  return (
    <form className="stack" noValidate onSubmit={onSubmit}>
      <section className="card stack stack--tight" aria-labelledby={emailHeading}>
        <h2 id={emailHeading}>{t('notifications.settings.emailHeading')}</h2>
        <p className="small muted">{t('notifications.settings.frequencyAbout')}</p>
        <div className="notify-categories">
          {NOTIFICATION_CATEGORIES.map((category) => (
            <CategoryChoice
              key={category}
              category={category}
              value={draft.email[category]}
              onChange={(frequency) => change({ email: { ...draft.email, [category]: frequency } })}
            />
          ))}
        </div>
      </section>

      <section className="card stack stack--tight" aria-labelledby={quietHeading}>
        <h2 id={quietHeading}>{t('notifications.settings.quietHeading')}</h2>
        <p className="small muted">{t('notifications.settings.quietAbout')}</p>
        <CheckboxField
          name="quiet"
          label={t('notifications.settings.quietOn')}
          checked={draft.quiet}
          onChange={(event) => {
            setErrors({});
            change({ quiet: event.target.checked });
          }}
        />
        {draft.quiet ? (
          <div className="notify-quiet">
            <TextField
              ref={startRef}
              name="quietStart"
              type="time"
              label={t('notifications.settings.quietFrom')}
              value={draft.quietStart}
              onChange={(event) => change({ quietStart: event.target.value })}
              error={errors.quietStart}
              required
            />
            <TextField
              ref={endRef}
              name="quietEnd"
              type="time"
              label={t('notifications.settings.quietTo')}
              hint={t('notifications.settings.quietHint')}
              value={draft.quietEnd}
              onChange={(event) => change({ quietEnd: event.target.value })}
              error={errors.quietEnd}
              required
            />
          </div>
        ) : (
          <p className="small">{t('notifications.settings.quietNone')}</p>
        )}
      </section>

      <ErrorAlert>{save.isError ? errorMessage(t, save.error) : null}</ErrorAlert>
      <StatusMessage>{save.isSuccess ? t('notifications.settings.saved') : null}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={save.isPending} aria-busy={save.isPending}>
          {t('notifications.settings.save')}
        </button>
      </div>
    </form>
  );
}

/** One category: its name, what it covers, and how it comes by e-mail (a radio group). */
function CategoryChoice({
  category,
  value,
  onChange,
}: {
  category: NotificationCategory;
  value: EmailFrequency;
  onChange: (frequency: EmailFrequency) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const aboutId = `${id}-about`;
  return (
    <fieldset className="fieldset notify-category" aria-describedby={aboutId}>
      <legend>{t(`notifications.category.${category}`)}</legend>
      <p id={aboutId} className="field-hint">
        {t(`notifications.categoryAbout.${category}`)}
      </p>
      <div className="notify-choices">
        {frequencyChoices(category, value).map((frequency) => (
          <div key={frequency} className="notify-choice">
            <input
              id={`${id}-${frequency}`}
              type="radio"
              name={`email-${category}`}
              value={frequency}
              checked={value === frequency}
              onChange={() => onChange(frequency)}
            />
            <label htmlFor={`${id}-${frequency}`}>{t(`notifications.frequency.${frequency}`)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
