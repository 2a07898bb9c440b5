import { PHOTO_MAX_BYTES, type MemberProfile } from '@tertulia/domain';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { FieldFrame } from '../../../components/ui/field-frame';
import { MemberAvatar } from '../../../components/ui/member-avatar';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { useDeletePhoto } from '../api/delete-photo';
import { useUploadPhoto } from '../api/upload-photo';

const ACCEPT = 'image/jpeg,image/png,image/webp';

/** The photo: the current one, a file input that uploads at once, and «Remove photo». */
export function PhotoSection({ profile }: { profile: MemberProfile }) {
  const { t } = useTranslation();
  const upload = useUploadPhoto(profile.id);
  const remove = useDeletePhoto(profile.id);
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const busy = upload.isPending || remove.isPending;

  /** 413 and 415 say what is wrong with this file; anything else is the usual sentence. */
  const uploadProblem = (error: unknown) => {
    if (isApiError(error) && (error.status === 413 || error.code === 'PAYLOAD_TOO_LARGE')) return t('profile.photo.tooLarge');
    if (isApiError(error) && (error.status === 415 || error.code === 'UNSUPPORTED_MEDIA_TYPE')) return t('profile.photo.notAnImage');
    return errorMessage(t, error);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file || busy) return;
    setNotice(null);
    setProblem(undefined);
    if (file.size > PHOTO_MAX_BYTES) {
      setProblem(t('profile.photo.tooLarge'));
      input.value = '';
      return;
    }
    upload.mutate(file, {
      onSuccess: () => setNotice(t('profile.photo.uploaded')),
      onError: (error) => {
        setProblem(uploadProblem(error));
        inputRef.current?.focus();
      },
      onSettled: () => {
        input.value = '';
      },
    });
  };

  const onRemove = () => {
    if (busy) return;
    setNotice(null);
    setProblem(undefined);
    remove.mutate(undefined, {
      onSuccess: () => {
        setNotice(t('profile.photo.removed'));
        // The button is gone: the focus goes to the file input.
        inputRef.current?.focus();
      },
    });
  };

  return (
    <section className="card stack stack--tight" aria-labelledby="profile-photo-heading" aria-busy={busy}>
      <h2 id="profile-photo-heading">{t('profile.photo.heading')}</h2>
      <div className="photo-current">
        {profile.photoUrl ? (
          <img className="photo-current__image" src={profile.photoUrl} alt={t('profile.photo.current', { name: profile.displayName })} />
        ) : (
          <>
            <MemberAvatar name={profile.displayName} size="large" />
            <p className="muted small">{t('profile.photo.none')}</p>
          </>
        )}
      </div>
      <FieldFrame label={t('profile.photo.choose')} hint={t('profile.photo.hint')} error={problem}>
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            type="file"
            name="photo"
            accept={ACCEPT}
            aria-disabled={busy}
            onChange={onChange}
          />
        )}
      </FieldFrame>
      {upload.isPending ? <p className="small muted">{t('profile.photo.uploading')}</p> : null}
      {profile.photoUrl ? (
        <div className="button-row">
          <button type="button" className="button button--quiet-danger button--small" onClick={onRemove} aria-disabled={busy}>
            {t('profile.photo.remove')}
          </button>
        </div>
      ) : null}
      {/* The field shows the upload's problem; this announces it (a file chooser gives no other cue). */}
      <div role="alert" className="visually-hidden">
        {problem}
      </div>
      <ErrorAlert>{remove.isError ? errorMessage(t, remove.error) : null}</ErrorAlert>
      <StatusMessage>{notice}</StatusMessage>
    </section>
  );
}
