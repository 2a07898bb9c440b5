import { ModerateContentSchema } from '@tertulia/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage, fieldErrorsFromIssues } from '../../../lib/errors';

export interface HideDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  busy: boolean;
  /** The failure of the last try, if any. */
  error: unknown;
  onCancel: () => void;
  /** The reason, checked: the author will read it. */
  onHide: (reason: string) => void;
}

/** The manager hides a post or a comment; the reason is required, and its author will read it. */
export function HideDialog({ open, title, body, confirmLabel, busy, error, onCancel, onHide }: HideDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  // Closed (hidden, or given up): the next time starts blank.
  useEffect(() => {
    if (open) return;
    setReason('');
    setProblem(undefined);
  }, [open]);

  const confirm = () => {
    if (busy) return;
    const parsed = ModerateContentSchema.safeParse({ hiddenReason: reason });
    if (!parsed.success || parsed.data.hiddenReason === null) {
      setProblem(parsed.success ? t('validation.required') : fieldErrorsFromIssues(t, parsed.error.issues).hiddenReason);
      reasonRef.current?.focus();
      return;
    }
    setProblem(undefined);
    onHide(parsed.data.hiddenReason);
  };

  return (
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={confirmLabel}
      cancelLabel={t('app.cancel')}
      destructive
      busy={busy}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <div className="stack stack--tight">
        <p>{body}</p>
        <TextAreaField
          ref={reasonRef}
          name="hiddenReason"
          label={t('knowledge.moderation.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={problem}
          required
          aria-required="true"
          maxLength={500}
          rows={3}
        />
        {error ? <ErrorAlert>{errorMessage(t, error)}</ErrorAlert> : null}
      </div>
    </ConfirmDialog>
  );
}
