import { LoginSchema, type CurrentMember } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useSignIn } from '../api/sign-in';

export function SignInPage({ onSignedIn }: { onSignedIn: (member: CurrentMember) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const errors = { ...fieldErrorsFromApi(t, signIn.error), ...fieldErrorsFromIssues(t, issues) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const parsed = LoginSchema.safeParse(readForm(event.currentTarget));
    if (!parsed.success) {
      signIn.reset();
      flushSync(() => setIssues(parsed.error.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    signIn.mutate(parsed.data, { onSuccess: ({ member }) => onSignedIn(member) });
  };

  return (
    <div className="card card--narrow">
      <PageHeading title={t('auth.signIn.title')}>{t('auth.signIn.heading')}</PageHeading>
      <p className="lead">{t('auth.signIn.intro')}</p>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField
          name="email"
          type="email"
          label={t('auth.signIn.email')}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          required
          error={errors.email}
        />
        <TextField
          name="password"
          type="password"
          label={t('auth.signIn.password')}
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <ErrorAlert>{signIn.isError ? errorMessage(t, signIn.error) : null}</ErrorAlert>
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={signIn.isPending} aria-busy={signIn.isPending}>
            {t('auth.signIn.submit')}
          </button>
        </div>
      </form>
      <p className="muted small">{t('auth.signIn.inviteOnly')}</p>
    </div>
  );
}
