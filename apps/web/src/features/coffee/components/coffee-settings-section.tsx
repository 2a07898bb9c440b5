import type { CoffeeSettings, MemberRef } from '@tertulia/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { communityToday, formatDay } from '../../../lib/time';
import { useCoffeeSettings } from '../api/get-coffee-settings';
import { useUpdateCoffeeSettings } from '../api/update-coffee-settings';
import { MemberPicker } from './member-picker';

/** «Weekly coffee»: taking part, a pause until a day, and the private do-not-pair list. */
export function CoffeeSettingsSection({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation();
  const settings = useCoffeeSettings();
  return (
    <section className="card stack stack--tight" aria-labelledby="coffee-settings-heading">
      <h2 id="coffee-settings-heading">{t('coffee.settings.heading')}</h2>
      <p className="small">{t('coffee.settings.intro')}</p>
      {settings.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : settings.isError ? (
        <ErrorAlert>{errorMessage(t, settings.error)}</ErrorAlert>
      ) : (
        <SettingsForm settings={settings.data} viewerId={viewerId} />
      )}
    </section>
  );
}

function SettingsForm({ settings, viewerId }: { settings: CoffeeSettings; viewerId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useUpdateCoffeeSettings();
  const [optIn, setOptIn] = useState(settings.optIn);
  const [snoozeUntil, setSnoozeUntil] = useState(settings.snoozeUntil ?? '');
  const [doNotPair, setDoNotPair] = useState<MemberRef[]>(settings.doNotPair);
  const changed = () => save.reset();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate({ optIn, snoozeUntil: snoozeUntil === '' ? null : snoozeUntil, doNotPair: doNotPair.map((member) => member.id) });
  };

  return (
    <form className="form form--tight" noValidate onSubmit={onSubmit}>
      <CheckboxField
        name="optIn"
        label={t('coffee.settings.optIn')}
        hint={t('coffee.settings.optInHint')}
        checked={optIn}
        onChange={(event) => {
          changed();
          setOptIn(event.target.checked);
        }}
      />
      <TextField
        name="snoozeUntil"
        type="date"
        min={communityToday()}
        label={t('coffee.settings.snooze')}
        hint={settings.snoozeUntil ? t('coffee.settings.snoozedUntil', { date: formatDay(settings.snoozeUntil, locale) }) : t('coffee.settings.snoozeHint')}
        value={snoozeUntil}
        onChange={(event) => {
          changed();
          setSnoozeUntil(event.target.value);
        }}
        className="coffee-snooze"
      />
      <fieldset className="fieldset">
        <legend>{t('coffee.settings.doNotPair')}</legend>
        <p className="small muted">{t('coffee.settings.doNotPairHint')}</p>
        {doNotPair.length === 0 ? (
          <p className="small">{t('coffee.settings.doNotPairEmpty')}</p>
        ) : (
          <ul className="coffee-people" role="list" aria-label={t('coffee.settings.doNotPair')}>
            {doNotPair.map((member) => (
              <li key={member.id} className="coffee-people__person">
                <span>{member.displayName}</span>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => {
                    changed();
                    setDoNotPair((current) => current.filter((found) => found.id !== member.id));
                  }}
                >
                  {t('coffee.settings.remove', { name: member.displayName })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <MemberPicker
          label={t('coffee.settings.addToList')}
          exclude={[viewerId, ...doNotPair.map((member) => member.id)]}
          onPick={(member) => {
            changed();
            setDoNotPair((current) => [...current, member]);
          }}
        />
      </fieldset>
      <ErrorAlert>{save.isError ? errorMessage(t, save.error) : null}</ErrorAlert>
      <StatusMessage>{save.isSuccess ? t('coffee.settings.saved') : null}</StatusMessage>
      <div className="button-row">
        <button type="submit" className="button button--small" aria-disabled={save.isPending} aria-busy={save.isPending}>
          {t('coffee.settings.save')}
        </button>
      </div>
    </form>
  );
}
