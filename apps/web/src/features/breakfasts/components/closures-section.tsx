import { CreateClosureSchema, type Closure } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type FieldErrors, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { communityToday, formatDayRange } from '../../../lib/time';
import { useClosures } from '../api/get-closures';
import { useCreateClosure } from '../api/create-closure';
import { useDeleteClosure } from '../api/delete-closure';

/** The schema's own rule (the end before the start) gets its own sentence; the rest, the usual ones. */
export function closureErrors(t: TFunction, issues: readonly SchemaIssue[]): FieldErrors {
  const errors = fieldErrorsFromIssues(t, issues);
  const endsBeforeStart = issues.some((issue) => issue.code === 'custom' && issue.path.join('.') === 'to');
  return endsBeforeStart ? { ...errors, to: t('breakfasts.closures.endsBeforeStart') } : errors;
}

/** Holidays and days the space is closed: no breakfast then. */
export function ClosuresSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const closures = useClosures();
  const create = useCreateClosure();
  const remove = useDeleteClosure();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const errors = { ...fieldErrorsFromApi(t, create.error), ...closureErrors(t, issues) };
  const items = closures.data?.items ?? [];
  const today = communityToday();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    remove.reset();
    setNotice(null);
    const form = event.currentTarget;
    const { from = '', to = '', reason = '' } = readForm(form);
    // "To" may stay empty for a single day; with no "From" either, only "From" needs fixing.
    const parsed = CreateClosureSchema.safeParse({ from: from || undefined, to: to || from || undefined, reason: reason.trim() || undefined });
    if (!parsed.success) {
      flushSync(() => setIssues(parsed.error.issues.filter((issue) => to !== '' || issue.path[0] !== 'to')));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    create.mutate(parsed.data, {
      onSuccess: (closure) => {
        form.reset();
        setNotice(t('breakfasts.closures.added', { dates: formatDayRange(closure.from, closure.to, locale) }));
      },
    });
  };

  const onRemove = (closure: Closure, dates: string) => {
    if (remove.isPending) return;
    create.reset();
    setIssues([]);
    setNotice(null);
    remove.mutate(closure.id, {
      onSuccess: () => {
        setNotice(t('breakfasts.closures.removed', { dates }));
        headingRef.current?.focus();
      },
    });
  };

  return (
    <section aria-labelledby="closures-heading" className="card">
      <h2 id="closures-heading" ref={headingRef} tabIndex={-1}>
        {t('breakfasts.closures.heading')}
      </h2>
      <p className="small muted">{t('breakfasts.closures.intro')}</p>
      <form ref={formRef} className="form form--pairs" noValidate onSubmit={onSubmit}>
        <TextField name="from" type="date" label={t('breakfasts.closures.from')} min={today} required error={errors.from} />
        <TextField
          name="to"
          type="date"
          label={t('breakfasts.closures.to')}
          hint={t('breakfasts.closures.toHint')}
          min={today}
          error={errors.to}
        />
        <TextField
          name="reason"
          label={t('breakfasts.closures.reason')}
          hint={t('breakfasts.closures.reasonHint')}
          maxLength={200}
          className="form__full"
          error={errors.reason}
        />
        <div className="form__actions form__full">
          <button type="submit" className="button" aria-disabled={create.isPending} aria-busy={create.isPending}>
            {t('breakfasts.closures.submit')}
          </button>
        </div>
      </form>
      <ErrorAlert>{create.isError ? errorMessage(t, create.error) : remove.isError ? errorMessage(t, remove.error) : null}</ErrorAlert>
      <StatusMessage>{notice}</StatusMessage>
      {closures.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : closures.isError ? (
        <ErrorAlert>{errorMessage(t, closures.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <p className="small muted closures-empty">{t('breakfasts.closures.empty')}</p>
      ) : (
        <ul className="rows">
          {items.map((closure) => {
            const dates = formatDayRange(closure.from, closure.to, locale);
            return (
              <li key={closure.id} className="row">
                <div className="row__main">
                  <p className="row__title">{dates}</p>
                  {closure.reason ? <p className="row__meta muted">{closure.reason}</p> : null}
                </div>
                <div className="row__actions">
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={t('breakfasts.closures.removeFor', { dates })}
                    aria-disabled={remove.isPending}
                    onClick={() => onRemove(closure, dates)}
                  >
                    {t('breakfasts.closures.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
