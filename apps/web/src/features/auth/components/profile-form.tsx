import { UpdateMeSchema, type CurrentMember } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useUpdateMe } from '../api/update-me';

export function ProfileForm({ member }: { member: CurrentMember }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const errors = { ...fieldErrorsFromApi(t, update.error), ...fieldErrorsFromIssues(t, issues) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const parsed = UpdateMeSchema.safeParse({ displayName: readForm(event.currentTarget).displayName ?? '' });
    if (!parsed.success) {
      flushSync(() => setIssues(parsed.error.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    update.mutate(parsed.data);
  };

  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('auth.account.profile.heading')}</h2>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField
          name="displayName"
          label={t('auth.account.profile.displayName')}
          hint={t('auth.account.profile.hint')}
          defaultValue={member.displayName}
          autoComplete="name"
          maxLength={80}
          required
          error={errors.displayName}
        />
        <ErrorAlert>{update.isError ? errorMessage(t, update.error) : null}</ErrorAlert>
        <StatusMessage>{update.isSuccess ? t('auth.account.profile.saved') : null}</StatusMessage>
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={update.isPending} aria-busy={update.isPending}>
            {t('auth.account.profile.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
