import { GenerateRotaSchema } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useGenerateRota } from '../api/generate-rota';
import { useBreakfastSettings } from '../api/get-breakfast-settings';

export const DEFAULT_WEEKS = 8;

/** The manager fills the next weeks: new sessions, and a fair presenter for each empty one. */
export function FillRota() {
  const { t } = useTranslation();
  const generate = useGenerateRota();
  const settings = useBreakfastSettings();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const errors = { ...fieldErrorsFromApi(t, generate.error), ...fieldErrorsFromIssues(t, issues) };
  const result = generate.data;
  // "Breakfasts are off" no longer holds once the settings have turned them on again.
  const outdated = isApiError(generate.error) && generate.error.code === 'BREAKFASTS_OFF' && settings.data?.active === true;
  const stillOpen = result ? result.items.filter((session) => session.status === 'open').length : 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (generate.isPending) return;
    generate.reset();
    const weeks = (readForm(event.currentTarget).weeks ?? '').trim();
    const parsed = GenerateRotaSchema.safeParse({ weeks: weeks === '' ? undefined : Number(weeks) });
    if (!parsed.success) {
      flushSync(() => setIssues(parsed.error.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    generate.mutate(parsed.data);
  };

  return (
    <section aria-labelledby="fill-rota-heading" className="card">
      <h2 id="fill-rota-heading">{t('breakfasts.rota.heading')}</h2>
      <p className="small muted">{t('breakfasts.rota.intro')}</p>
      <form ref={formRef} className="inline-form inline-form--end" noValidate onSubmit={onSubmit}>
        <TextField
          name="weeks"
          type="number"
          inputMode="numeric"
          min={1}
          max={52}
          label={t('breakfasts.rota.weeks')}
          defaultValue={DEFAULT_WEEKS}
          required
          error={errors.weeks}
          className="field--weeks"
        />
        <button type="submit" className="button" aria-disabled={generate.isPending} aria-busy={generate.isPending}>
          {t('breakfasts.rota.submit')}
        </button>
      </form>
      <ErrorAlert>{generate.isError && !outdated ? errorMessage(t, generate.error) : null}</ErrorAlert>
      <StatusMessage>
        {result ? (
          <>
            {t('breakfasts.rota.assigned', { count: result.assigned })}
            {stillOpen > 0 ? <> {t('breakfasts.rota.stillOpen', { count: stillOpen })}</> : null}
          </>
        ) : null}
      </StatusMessage>
    </section>
  );
}
