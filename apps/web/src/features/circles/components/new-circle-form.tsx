import { CIRCLE_KINDS, CreateCircleSchema, type CircleKind, type CircleSummary, type JoinPolicy } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type FieldErrors } from '../../../lib/errors';
import { focusFirstInvalid } from '../../../lib/forms';
import { useCreateCircle } from '../api/create-circle';
import { JoinPolicyFieldset } from './circle-form-fields';
import { MarkdownField } from '../../../components/ui/markdown-field';

export interface NewCircleFormProps {
  onCreated: (circle: CircleSummary) => void;
  onCancel: () => void;
}

/** Starts a circle (any member, the manager): its name, kind, description and who can join. Its creator becomes its admin. */
export function NewCircleForm({ onCreated, onCancel }: NewCircleFormProps) {
  const { t } = useTranslation();
  const create = useCreateCircle();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CircleKind>('interest');
  const [description, setDescription] = useState('');
  const [joinPolicy, setJoinPolicy] = useState<JoinPolicy>('open');
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...fieldErrorsFromApi(t, create.error), ...errors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const parsed = CreateCircleSchema.safeParse({ name, kind, description, joinPolicy });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsFromIssues(t, parsed.error.issues)));
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, { onSuccess: onCreated });
  };

  return (
    <section className="card" aria-labelledby="circle-new-heading">
      <h2 id="circle-new-heading">{t('circles.create.heading')}</h2>
      <form ref={formRef} className="form form--pairs" noValidate onSubmit={onSubmit}>
        <TextField
          name="name"
          label={t('circles.form.name')}
          required
          maxLength={80}
          autoComplete="off"
          autoFocus
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={shown.name}
        />
        <SelectField
          name="kind"
          label={t('circles.form.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as CircleKind)}
          options={CIRCLE_KINDS.map((value) => ({ value, label: t(`circles.kind.${value}`) }))}
          error={shown.kind}
        />
        <div className="form__full">
          <MarkdownField
            name="description"
            label={t('circles.form.description')}
            hint={t('circles.form.descriptionHint')}
            maxLength={2000}
            value={description}
            onChange={setDescription}
            error={shown.description}
          />
        </div>
        <JoinPolicyFieldset value={joinPolicy} onChange={setJoinPolicy} />
        <div className="form__actions form__full">
          <button type="submit" className="button" aria-disabled={create.isPending} aria-busy={create.isPending}>
            {t('circles.create.submit')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
      {create.isError ? <ErrorAlert>{errorMessage(t, create.error)}</ErrorAlert> : null}
    </section>
  );
}
