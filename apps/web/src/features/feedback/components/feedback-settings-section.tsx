import { FEEDBACK_WEEKLY_QUOTA_MAX, type FeedbackSettings } from '@tertulia/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/errors';
import { useFeedbackSettings } from '../api/get-feedback-settings';
import { useUpdateFeedbackSettings } from '../api/update-feedback-settings';

/** «Your availability»: whether the member takes requests, how many a week at most, and how many they gave this week. */
export function FeedbackSettingsSection() {
  const { t } = useTranslation();
  const settings = useFeedbackSettings();
  return (
    <section className="card stack stack--tight" aria-labelledby="feedback-settings-heading">
      <h2 id="feedback-settings-heading">{t('feedback.settings.heading')}</h2>
      {settings.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : settings.isError ? (
        <ErrorAlert>{errorMessage(t, settings.error)}</ErrorAlert>
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </section>
  );
}

function SettingsForm({ settings }: { settings: FeedbackSettings }) {
  const { t } = useTranslation();
  const save = useUpdateFeedbackSettings();
  const [open, setOpen] = useState(settings.open);
  const [quota, setQuota] = useState(String(settings.weeklyQuota));
  const [quotaError, setQuotaError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const weeklyQuota = /^\d+$/.test(quota.trim()) ? Number(quota.trim()) : Number.NaN;
    if (!(weeklyQuota >= 0 && weeklyQuota <= FEEDBACK_WEEKLY_QUOTA_MAX)) {
      setQuotaError(t('feedback.settings.quotaRange', { max: FEEDBACK_WEEKLY_QUOTA_MAX }));
      return;
    }
    setQuotaError(undefined);
    save.mutate({ open, weeklyQuota });
  };

  return (
    <form className="form form--tight" noValidate onSubmit={onSubmit}>
      <p className="small">{t('feedback.settings.given', { count: settings.givenLast7Days, quota: settings.weeklyQuota })}</p>
      <CheckboxField
        name="open"
        label={t('feedback.settings.open')}
        hint={t('feedback.settings.openHint')}
        checked={open}
        onChange={(event) => {
          save.reset();
          setOpen(event.target.checked);
        }}
      />
      <TextField
        name="weeklyQuota"
        type="number"
        inputMode="numeric"
        min={0}
        max={FEEDBACK_WEEKLY_QUOTA_MAX}
        label={t('feedback.settings.quota')}
        hint={t('feedback.settings.quotaHint')}
        value={quota}
        onChange={(event) => {
          save.reset();
          setQuota(event.target.value);
        }}
        error={quotaError}
        className="field--narrow"
      />
      <ErrorAlert>{save.isError ? errorMessage(t, save.error) : null}</ErrorAlert>
      <StatusMessage>{save.isSuccess ? t('feedback.settings.saved') : null}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button button--small" aria-disabled={save.isPending} aria-busy={save.isPending}>
          {t('feedback.settings.save')}
        </button>
      </div>
    </form>
  );
}
