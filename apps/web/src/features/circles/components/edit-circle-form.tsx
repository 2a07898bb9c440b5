import { UpdateCircleSchema, type CircleDetail, type JoinPolicy } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldErrorsFromApi, fieldErrorsFromIssues, type FieldErrors } from '../../../lib/errors';
import { focusFirstInvalid } from '../../../lib/forms';
import { useUpdateCircle } from '../api/update-circle';
import { JoinPolicyFieldset } from './circle-form-fields';
import { MarkdownField } from '../../../components/ui/markdown-field';

export interface EditCircleFormProps {
  circle: CircleDetail;
  onSaved: () => void;
  onCancel: () => void;
}

/** Its admins (and the manager) rename the circle, rewrite its description, or change who can join. */
export function EditCircleForm({ circle, onSaved, onCancel }: EditCircleFormProps) {
  const { t } = useTranslation();
  const update = useUpdateCircle();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(circle.name);
  const [description, setDescription] = useState(circle.description ?? '');
  const [joinPolicy, setJoinPolicy] = useState<JoinPolicy>(circle.joinPolicy);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...fieldErrorsFromApi(t, update.error), ...errors };
  const opening = circle.joinPolicy === 'approval' && joinPolicy === 'open';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const parsed = UpdateCircleSchema.safeParse({ name, description, joinPolicy });
    if (!parsed.success) {
      flushSync(() => setErrors(fieldErrorsFromIssues(t, parsed.error.issues)));
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    update.mutate({ id: circle.id, patch: parsed.data }, { onSuccess: onSaved });
  };

  return (
    <section className="card" aria-labelledby="circle-edit-heading">
      <h2 id="circle-edit-heading">{t('circles.edit.heading')}</h2>
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit}>
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
        <MarkdownField
          name="description"
          label={t('circles.form.description')}
          hint={t('circles.form.descriptionHint')}
          maxLength={2000}
          value={description}
          onChange={setDescription}
          error={shown.description}
        />
        <JoinPolicyFieldset value={joinPolicy} onChange={setJoinPolicy} />
        {opening ? <p className="small muted">{t('circles.edit.openingLetsIn')}</p> : null}
        <div className="form__actions">
          <button type="submit" className="button" aria-disabled={update.isPending} aria-busy={update.isPending}>
            {t('circles.edit.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
      {update.isError ? <ErrorAlert>{errorMessage(t, update.error)}</ErrorAlert> : null}
    </section>
  );
}
