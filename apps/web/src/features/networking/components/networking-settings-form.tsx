import {
  NETWORKING_ROUNDS_MAX,
  NETWORKING_ROUNDS_MIN,
  NETWORKING_TABLE_SIZE_MAX,
  NETWORKING_TABLE_SIZE_MIN,
  NetworkingSettingsSchema,
  type Networking,
} from '@tertulia/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../lib/errors';
import { useConfigureNetworking } from '../api/configure-networking';

const DEFAULTS = { tableSize: 4, rounds: 3 };

/**
 * Turns rotations on (a form) or, once on, shows the settings with a «Change» that opens the same form; changing
 * them discards the stored plan, which the form says before saving.
 */
export function NetworkingSettingsForm({ eventId, networking }: { eventId: string; networking: Networking }) {
  const { t } = useTranslation();
  const configure = useConfigureNetworking();
  const [open, setOpen] = useState(!networking.enabled);
  const [tableSize, setTableSize] = useState(String(networking.tableSize ?? DEFAULTS.tableSize));
  const [rounds, setRounds] = useState(String(networking.rounds ?? DEFAULTS.rounds));
  const [invalid, setInvalid] = useState<{ tableSize?: string; rounds?: string }>({});

  if (!open) {
    return (
      <div className="networking-settings">
        <p>{t('networking.tables.settings', { tableSize: networking.tableSize, rounds: networking.rounds })}</p>
        <button type="button" className="button button--small button--quiet" onClick={() => setOpen(true)}>
          {t('networking.tables.change')}
        </button>
        <StatusMessage>{configure.isSuccess ? t('networking.tables.saved') : null}</StatusMessage>
      </div>
    );
  }

  const onSubmit = (submitted: FormEvent<HTMLFormElement>) => {
    submitted.preventDefault();
    const parsed = NetworkingSettingsSchema.safeParse({ tableSize: Number(tableSize), rounds: Number(rounds) });
    if (!parsed.success) {
      const paths = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setInvalid({
        tableSize: paths.has('tableSize') ? t('networking.tables.tableSizeHint') : undefined,
        rounds: paths.has('rounds') ? t('networking.tables.roundsHint') : undefined,
      });
      return;
    }
    setInvalid({});
    if (!configure.isPending) configure.mutate({ eventId, ...parsed.data }, { onSuccess: () => setOpen(false) });
  };

  return (
    <form className="stack stack--tight networking-settings-form" onSubmit={onSubmit} noValidate>
      {!networking.enabled ? <p className="muted">{t('networking.tables.off')}</p> : null}
      <div className="networking-settings-form__fields">
        <TextField
          name="tableSize"
          type="number"
          inputMode="numeric"
          min={NETWORKING_TABLE_SIZE_MIN}
          max={NETWORKING_TABLE_SIZE_MAX}
          label={t('networking.tables.tableSize')}
          hint={invalid.tableSize ? undefined : t('networking.tables.tableSizeHint')}
          error={invalid.tableSize}
          value={tableSize}
          onChange={(change) => setTableSize(change.target.value)}
        />
        <TextField
          name="rounds"
          type="number"
          inputMode="numeric"
          min={NETWORKING_ROUNDS_MIN}
          max={NETWORKING_ROUNDS_MAX}
          label={t('networking.tables.rounds')}
          hint={invalid.rounds ? undefined : t('networking.tables.roundsHint')}
          error={invalid.rounds}
          value={rounds}
          onChange={(change) => setRounds(change.target.value)}
        />
      </div>
      {networking.planned ? <p className="small">{t('networking.tables.changeWarning')}</p> : null}
      <ErrorAlert>{configure.isError ? errorMessage(t, configure.error) : null}</ErrorAlert>
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={configure.isPending} aria-busy={configure.isPending}>
          {networking.enabled ? t('networking.tables.save') : t('networking.tables.turnOn')}
        </button>
        {networking.enabled ? (
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            {t('networking.tables.cancelChange')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
