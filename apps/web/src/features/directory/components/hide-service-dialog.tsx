import { ModerateServiceSchema, type Service } from '@tertulia/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { errorMessage, fieldErrorsFromIssues } from '../../../lib/errors';
import { useModerateService } from '../api/moderate-service';

export interface HideServiceDialogProps {
  service: Service;
  open: boolean;
  onClose: () => void;
  onHidden: (service: Service) => void;
}

/** The manager hides a service; the reason is required, and its owner will read it. */
export function HideServiceDialog({ service, open, onClose, onHidden }: HideServiceDialogProps) {
  const { t } = useTranslation();
  const moderate = useModerateService();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const close = () => {
    setReason('');
    setError(undefined);
    moderate.reset();
    onClose();
  };

  const onConfirm = () => {
    if (moderate.isPending) return;
    const parsed = ModerateServiceSchema.safeParse({ hiddenReason: reason });
    if (!parsed.success || parsed.data.hiddenReason === null) {
      setError(parsed.success ? t('validation.required') : fieldErrorsFromIssues(t, parsed.error.issues).hiddenReason);
      reasonRef.current?.focus();
      return;
    }
    setError(undefined);
    moderate.mutate(
      { id: service.id, hiddenReason: parsed.data.hiddenReason },
      {
        onSuccess: (hidden) => {
          setReason('');
          onHidden(hidden);
        },
      },
    );
  };

  return (
    <ConfirmDialog
      open={open}
      title={t('directory.moderation.dialogTitle', { title: service.title })}
      confirmLabel={t('directory.moderation.confirm')}
      cancelLabel={t('app.cancel')}
      destructive
      busy={moderate.isPending}
      onConfirm={onConfirm}
      onCancel={close}
    >
      <div className="stack stack--tight">
        <p>{t('directory.moderation.dialogBody')}</p>
        <TextAreaField
          ref={reasonRef}
          name="hiddenReason"
          label={t('directory.moderation.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={error}
          required
          aria-required="true"
          maxLength={500}
          rows={3}
        />
        {moderate.isError ? <ErrorAlert>{errorMessage(t, moderate.error)}</ErrorAlert> : null}
      </div>
    </ConfirmDialog>
  );
}
