import { SERVICE_SUMMARY_MAX_LENGTH } from '@tertulia/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { FieldFrame } from '../../../components/ui/field-frame';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type SchemaIssue } from '../../../lib/errors';
import { focusFirstInvalid } from '../../../lib/forms';
import { useLocale } from '../../../lib/i18n';
import { useServiceCategories } from '../../directory';
import type { ServiceDraft, ServiceResult } from '../utils/service-draft';
import { LabelsField } from './labels-field';
import { MarkdownField } from '../../../components/ui/markdown-field';

export interface ServiceFormProps<T> {
  initial: ServiceDraft;
  /** The form's accessible name («Add a service», «Edit Disseny gràfic»). */
  label: string;
  submitLabel: string;
  /** Checks the draft with the domain schema and gives the request body. */
  toBody: (draft: ServiceDraft) => ServiceResult<T>;
  pending: boolean;
  error: unknown;
  onSubmit: (body: T, reset: () => void) => void;
  onCancel?: () => void;
}

/** Title, one-line summary (with a live count), Markdown description, category, tags, pricing and ideal client. */
export function ServiceForm<T>({ initial, label, submitLabel, toBody, pending, error, onSubmit, onCancel }: ServiceFormProps<T>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const categories = useServiceCategories();
  const formRef = useRef<HTMLFormElement>(null);
  const countId = useId();
  const [draft, setDraft] = useState<ServiceDraft>(initial);
  const [issues, setIssues] = useState<readonly SchemaIssue[]>([]);
  const apiErrors = fieldErrorsFromApi(t, error);
  const errors = { ...Object.fromEntries(Object.entries(apiErrors).map(([path, message]) => [path.split('.')[0], message])), ...fieldErrorsFromIssues(t, issues) };
  const set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const result = toBody(draft);
    if (!result.ok) {
      flushSync(() => setIssues(result.issues));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIssues([]);
    onSubmit(result.value, () => {
      setDraft(initial);
      setIssues([]);
    });
  };

  const summaryLength = draft.summary.trim().length;
  const categoryOptions = [
    { value: '', label: t('profile.services.noCategory') },
    ...(categories.data ?? []).map((category) => ({ value: category.id, label: category.names[locale] })),
  ];

  return (
    <form ref={formRef} className="form service-form" noValidate onSubmit={submit} aria-label={label}>
      <TextField
        name="title"
        label={t('profile.services.title')}
        value={draft.title}
        onChange={(event) => set('title', event.target.value)}
        maxLength={120}
        required
        error={errors.title}
      />
      <FieldFrame
        label={t('profile.services.summary')}
        hint={t('profile.services.summaryHint')}
        error={errors.summary}
      >
        {(control) => (
          <>
            <input
              {...control}
              aria-describedby={[control['aria-describedby'], countId].filter(Boolean).join(' ')}
              name="summary"
              value={draft.summary}
              onChange={(event) => set('summary', event.target.value)}
              maxLength={SERVICE_SUMMARY_MAX_LENGTH + 20}
              required
            />
            <p id={countId} className={summaryLength > SERVICE_SUMMARY_MAX_LENGTH ? 'char-count char-count--over' : 'char-count'}>
              {t('profile.services.characters', { length: summaryLength, max: SERVICE_SUMMARY_MAX_LENGTH })}
            </p>
          </>
        )}
      </FieldFrame>
      <MarkdownField
        name="description"
        label={t('profile.services.description')}
        value={draft.description}
        onChange={(description) => set('description', description)}
        maxLength={5000}
        rows={5}
        error={errors.description}
      />
      <SelectField
        name="categoryId"
        label={t('profile.services.category')}
        value={draft.categoryId}
        onChange={(event) => set('categoryId', event.target.value)}
        options={categoryOptions}
        error={errors.categoryId ?? (categories.isError ? errorMessage(t, categories.error) : undefined)}
      />
      <LabelsField
        name="tags"
        label={t('profile.services.tags')}
        value={draft.tags}
        onChange={(tags) => set('tags', tags)}
        error={errors.tags}
      />
      <TextField
        name="pricingNote"
        label={t('profile.services.pricingNote')}
        hint={t('profile.services.pricingNoteHint')}
        value={draft.pricingNote}
        onChange={(event) => set('pricingNote', event.target.value)}
        maxLength={200}
        error={errors.pricingNote}
      />
      <TextField
        name="idealClient"
        label={t('profile.services.idealClient')}
        hint={t('profile.services.idealClientHint')}
        value={draft.idealClient}
        onChange={(event) => set('idealClient', event.target.value)}
        maxLength={300}
        error={errors.idealClient}
      />
      <ErrorAlert>{error ? errorMessage(t, error) : null}</ErrorAlert>
      <div className="form__actions button-row">
        <button type="submit" className="button" aria-disabled={pending} aria-busy={pending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
