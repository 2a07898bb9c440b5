import { ChangePasswordSchema, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tertulia/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import {
  errorMessage,
  fieldErrorsFromApi,
  fieldErrorsFromIssues,
  passwordsDifferIssue,
  type FieldErrors,
  type SchemaIssue,
} from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useChangePassword } from '../api/change-password';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const wrongPassword = isApiError(change.error) && change.error.code === 'WRONG_PASSWORD';
  useEffect(() => {
    // The API said the current password is wrong: take the person back to that field.
    if (wrongPassword) focusFirstInvalid(formRef.current);
  }, [wrongPassword]);
  const errors: FieldErrors = {
    ...fieldErrorsFromApi(t, change.error),
    ...(wrongPassword ? { currentPassword: t('errors.WRONG_PASSWORD') } : {}),
    ...fieldErrorsFromIssues(t, issues),
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    change.reset();
    const form = event.currentTarget;
    const { currentPassword = '', newPassword = '', confirmNewPassword = '' } = readForm(form);
    const parsed = ChangePasswordSchema.safeParse({ currentPassword, newPassword });
    const found: SchemaIssue[] = parsed.success ? [] : [...parsed.error.issues];
    if (newPassword !== confirmNewPassword) found.push(passwordsDifferIssue('confirmNewPassword'));
    if (!parsed.success || found.length > 0) {
      flushSync(() => setIssues(found));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    change.mutate(parsed.data, { onSuccess: () => form.reset() });
  };

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('auth.account.password.heading')}</h2>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField
          name="currentPassword"
          type="password"
          label={t('auth.account.password.currentPassword')}
          autoComplete="current-password"
          required
          error={errors.currentPassword}
        />
        <TextField
          name="newPassword"
          type="password"
          label={t('auth.account.password.newPassword')}
          hint={t('auth.account.password.hint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          required
          error={errors.newPassword}
        />
        <TextField
          name="confirmNewPassword"
          type="password"
          label={t('auth.account.password.confirmNewPassword')}
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          required
          error={errors.confirmNewPassword}
        />
        <ErrorAlert>{change.isError && !wrongPassword ? errorMessage(t, change.error) : null}</ErrorAlert>
        <StatusMessage>{change.isSuccess ? t('auth.account.password.changed') : null}</StatusMessage>
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={change.isPending} aria-busy={change.isPending}>
            {t('auth.account.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
