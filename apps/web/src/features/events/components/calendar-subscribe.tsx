import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { errorMessage } from '../../../lib/errors';
import { useCalendarFeed } from '../api/get-calendar-feed';
import { useRegenerateCalendarFeed } from '../api/regenerate-calendar-feed';

async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http outside localhost) or no permission: select it for the person.
    input?.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/**
 * «Subscribe to my calendar»: the member's personal feed (the events they go to, their
 * breakfasts) as a webcal link for calendar apps and an https address to copy. Regenerating it
 * (after a confirmation) makes the old address stop working.
 */
export function CalendarSubscribe() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const feed = useCalendarFeed(shown);
  const regenerate = useRegenerateCalendarFeed();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const onCopy = (url: string) => void copyText(url, inputRef.current).then((ok) => setNotice(ok ? t('events.feed.copied') : t('events.feed.copyFailed')));

  return (
    <section className="card stack stack--tight" aria-labelledby="events-feed-heading">
      <h2 id="events-feed-heading">{t('events.feed.heading')}</h2>
      <p className="small muted">{t('events.feed.intro')}</p>
      {!shown ? (
        <p>
          <button type="button" className="button" aria-expanded={false} onClick={() => setShown(true)}>
            {t('events.feed.subscribe')}
          </button>
        </p>
      ) : feed.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : feed.isError ? (
        <ErrorAlert>{errorMessage(t, feed.error)}</ErrorAlert>
      ) : (
        <div className="stack stack--tight">
          <p>
            <a className="button" href={feed.data.webcalUrl}>
              {t('events.feed.open')}
            </a>
          </p>
          <div className="copy-row">
            <div className="field field--grow">
              <label htmlFor={inputId}>{t('events.feed.urlLabel')}</label>
              <input
                ref={inputRef}
                id={inputId}
                className="link-input"
                type="url"
                readOnly
                value={feed.data.url}
                spellCheck={false}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
            <button type="button" className="button button--quiet" onClick={() => onCopy(feed.data.url)}>
              {t('events.feed.copy')}
            </button>
          </div>
          <p className="small muted">{t('events.feed.secret')}</p>
          <p>
            <button type="button" className="button button--small button--quiet-danger" onClick={() => setConfirming(true)}>
              {t('events.feed.regenerate')}
            </button>
          </p>
        </div>
      )}
      {regenerate.isError ? <ErrorAlert>{errorMessage(t, regenerate.error)}</ErrorAlert> : null}
      <StatusMessage>{notice}</StatusMessage>
      <ConfirmDialog
        open={confirming}
        title={t('events.feed.confirmTitle')}
        confirmLabel={t('events.feed.confirm')}
        cancelLabel={t('events.feed.keep')}
        destructive
        busy={regenerate.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          regenerate.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              setNotice(t('events.feed.regenerated'));
            },
            onError: () => setConfirming(false),
          })
        }
      >
        <p>{t('events.feed.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
