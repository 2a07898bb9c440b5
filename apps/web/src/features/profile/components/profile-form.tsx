import type { MemberProfile } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type FieldErrors, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { useUpdateProfile } from '../api/update-profile';
import { monthNames } from '../utils/birthday';
import { languageChoices, languageName } from '../utils/languages';
import { formField, profilePatch, type ProfileDraft } from '../utils/profile-draft';
import { LabelsField } from './labels-field';
import { MarkdownField } from '../../../components/ui/markdown-field';

/** The API's field errors under the form's own field names (`skills.2` → `skills`). */
function apiFieldErrors(errors: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) mapped[formField(path)] ??= message;
  return mapped;
}

export interface ProfileFormProps {
  profile: MemberProfile;
  draft: ProfileDraft;
  onChange: (draft: ProfileDraft) => void;
}

/** Everything a member tells the community about themself, and who may see what. */
export function ProfileForm({ profile, draft, onChange }: ProfileFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = useUpdateProfile();
  const formRef = useRef<HTMLFormElement>(null);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const errors = { ...apiFieldErrors(fieldErrorsFromApi(t, update.error)), ...fieldErrorsFromIssues(t, issues) };
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    // «Saved» stays only until the next change.
    if (update.isSuccess) update.reset();
    onChange({ ...draft, [key]: value });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const result = profilePatch(draft);
    if (!result.ok) {
      flushSync(() => setIssues(result.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    update.mutate(result.patch, { onError: () => focusFirstInvalid(formRef.current) });
  };

  const months = monthNames(locale === 'en' ? 'en-GB' : locale);
  const languages = languageChoices(draft.languages);
  const toggleLanguage = (code: string, on: boolean) =>
    set('languages', on ? [...draft.languages, code] : draft.languages.filter((found) => found !== code));

  return (
    <section className="card" aria-labelledby="profile-form-heading">
      <h2 id="profile-form-heading">{t('profile.form.heading')}</h2>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
        <TextField
          name="displayName"
          label={t('profile.form.displayName')}
          value={draft.displayName}
          onChange={(event) => set('displayName', event.target.value)}
          autoComplete="name"
          maxLength={80}
          required
          error={errors.displayName}
        />
        <TextField
          name="headline"
          label={t('profile.form.headline')}
          hint={t('profile.form.headlineHint')}
          value={draft.headline}
          onChange={(event) => set('headline', event.target.value)}
          maxLength={120}
          error={errors.headline}
        />
        <MarkdownField
          name="bio"
          label={t('profile.form.bio')}
          hint={t('profile.form.bioHint')}
          value={draft.bio}
          onChange={(bio) => set('bio', bio)}
          maxLength={4000}
          error={errors.bio}
        />
        <TextField
          name="businessName"
          label={t('profile.form.businessName')}
          value={draft.businessName}
          onChange={(event) => set('businessName', event.target.value)}
          autoComplete="organization"
          maxLength={120}
          error={errors.businessName}
        />
        <TextField
          name="website"
          type="url"
          label={t('profile.form.website')}
          hint={t('profile.form.websiteHint')}
          value={draft.website}
          onChange={(event) => set('website', event.target.value)}
          autoComplete="url"
          inputMode="url"
          maxLength={200}
          error={errors.website}
        />
        <LabelsField
          name="skills"
          label={t('profile.form.skills')}
          value={draft.skills}
          onChange={(skills) => set('skills', skills)}
          error={errors.skills}
        />
        <fieldset className="fieldset" aria-describedby="profile-languages-hint">
          <legend>{t('profile.form.languages')}</legend>
          <p id="profile-languages-hint" className="field-hint">
            {t('profile.form.languagesHint')}
          </p>
          <div className="language-choices">
            {languages.map((code) => (
              <CheckboxField
                key={code}
                name="languages"
                value={code}
                label={languageName(code, locale)}
                checked={draft.languages.includes(code)}
                onChange={(event) => toggleLanguage(code, event.target.checked)}
              />
            ))}
          </div>
          {errors.languages ? <p className="field-error">{errors.languages}</p> : null}
        </fieldset>
        <TextAreaField
          name="lookingFor"
          label={t('profile.form.lookingFor')}
          hint={t('profile.form.lookingForHint')}
          value={draft.lookingFor}
          onChange={(event) => set('lookingFor', event.target.value)}
          rows={3}
          maxLength={500}
          error={errors.lookingFor}
        />
        <fieldset className="fieldset">
          <legend>{t('profile.form.birthday')}</legend>
          <p className="field-hint">{t('profile.form.birthdayHint')}</p>
          <div className="birthday-selects">
            <SelectField
              name="birthdayDay"
              label={t('profile.form.birthdayDay')}
              value={draft.birthdayDay}
              onChange={(event) => set('birthdayDay', event.target.value)}
              options={[
                { value: '', label: t('profile.form.noDay') },
                ...Array.from({ length: 31 }, (_, index) => ({ value: String(index + 1), label: String(index + 1) })),
              ]}
              error={errors.birthdayDay}
            />
            <SelectField
              name="birthdayMonth"
              label={t('profile.form.birthdayMonth')}
              value={draft.birthdayMonth}
              onChange={(event) => set('birthdayMonth', event.target.value)}
              options={[
                { value: '', label: t('profile.form.noMonth') },
                ...months.map((month, index) => ({ value: String(index + 1), label: month })),
              ]}
              error={errors.birthdayMonth}
            />
          </div>
          <CheckboxField
            name="showBirthday"
            label={t('profile.form.showBirthday')}
            checked={draft.showBirthday}
            onChange={(event) => set('showBirthday', event.target.checked)}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('profile.form.privacy')}</legend>
          <CheckboxField
            name="directoryVisible"
            label={t('profile.form.directoryVisible')}
            hint={t('profile.form.directoryVisibleHint')}
            checked={draft.directoryVisible}
            onChange={(event) => set('directoryVisible', event.target.checked)}
          />
          <CheckboxField
            name="emailVisible"
            label={t('profile.form.emailVisible')}
            hint={profile.email ? t('profile.form.emailVisibleHint', { email: profile.email }) : undefined}
            checked={draft.emailVisible}
            onChange={(event) => set('emailVisible', event.target.checked)}
          />
        </fieldset>
        <ErrorAlert>{update.isError ? errorMessage(t, update.error) : null}</ErrorAlert>
        <StatusMessage>{update.isSuccess ? t('profile.form.saved') : null}</StatusMessage>
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={update.isPending} aria-busy={update.isPending}>
            {t('profile.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
