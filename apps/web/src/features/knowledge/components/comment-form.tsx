import { COMMENT_MAX_LENGTH, CreateCommentSchema } from '@tertulia/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { isApiError } from '../../../lib/api-client';
import { errorMessage, fieldErrorsFromIssues } from '../../../lib/errors';

export interface CommentFormProps {
  name: string;
  label: string;
  submitLabel: string;
  initial?: string;
  busy: boolean;
  /** The failure of the last try, if any. */
  error: unknown;
  autoFocus?: boolean;
  rows?: number;
  /** Shown next to the submit button when the form can be given up (a reply, an edit). */
  onCancel?: () => void;
  /** The text, checked; resolves true when it was saved (the form then empties). */
  onSubmit: (body: string) => Promise<boolean>;
}

/** A comment, a reply or an edit: one text (Markdown), checked before it is sent. */
export function CommentForm({ name, label, submitLabel, initial = '', busy, error, autoFocus, rows = 3, onCancel, onSubmit }: CommentFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>();
  const ref = useRef<HTMLTextAreaElement>(null);
  const apiProblem = isApiError(error) && error.code === 'VALIDATION_FAILED' ? t('validation.invalid') : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const parsed = CreateCommentSchema.shape.body.safeParse(body);
    if (!parsed.success) {
      setProblem(fieldErrorsFromIssues(t, parsed.error.issues)[''] ?? t('validation.invalid'));
      ref.current?.focus();
      return;
    }
    setProblem(undefined);
    if (await onSubmit(parsed.data)) setBody('');
    else ref.current?.focus();
  };

  return (
    <form className="form form--tight comment-form" noValidate onSubmit={(event) => void submit(event)}>
      <TextAreaField
        ref={ref}
        name={name}
        label={label}
        hint={t('knowledge.comments.hint')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        maxLength={COMMENT_MAX_LENGTH}
        rows={rows}
        required
        aria-required="true"
        autoFocus={autoFocus}
        error={problem ?? apiProblem}
      />
      {error && !apiProblem ? <ErrorAlert>{errorMessage(t, error)}</ErrorAlert> : null}
      <div className="button-row">
        <button type="submit" className="button button--small" aria-disabled={busy} aria-busy={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--small button--quiet" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
