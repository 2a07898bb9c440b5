import { CreateInvitationSchema, type InvitationCreated } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid, readForm } from '../../../lib/forms';
import { useCreateInvitation } from '../api/create-invitation';
import { roleOptions } from './role-options';

export function InviteForm({ onCreated }: { onCreated: (invitation: InvitationCreated) => void }) {
  const { t } = useTranslation();
  const invite = useCreateInvitation();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const errors = { ...fieldErrorsFromApi(t, invite.error), ...fieldErrorsFromIssues(t, issues) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invite.isPending) return;
    invite.reset();
    const form = event.currentTarget;
    const parsed = CreateInvitationSchema.safeParse(readForm(form));
    if (!parsed.success) {
      flushSync(() => setIssues(parsed.error.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    invite.mutate(parsed.data, {
      onSuccess: (created) => {
        form.reset();
        onCreated(created);
      },
    });
  };

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('members.invite.heading')}</h2>
      <p className="muted">{t('members.invite.intro')}</p>
      <form ref={formRef} className="form form--inline" noValidate onSubmit={onSubmit}>
        <TextField
          name="email"
          type="email"
          label={t('members.invite.email')}
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          required
          error={errors.email}
          className="field--grow"
        />
        <SelectField name="role" label={t('members.invite.role')} options={roleOptions(t)} defaultValue="member" />
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={invite.isPending} aria-busy={invite.isPending}>
            {t('members.invite.submit')}
          </button>
        </div>
      </form>
      <ErrorAlert>{invite.isError ? errorMessage(t, invite.error) : null}</ErrorAlert>
    </section>
  );
}
