import type { InvitationCreated } from '@tertulia/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../components/ui/alert';
import { useLocale } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/time';

type CopyState = 'idle' | 'copied' | 'failed';

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
 * The link of a new invitation. The API shows it only once, so it stays here, selectable and
 * with a copy button, until the manager invites someone else or leaves the page.
 */
export function InvitationLink({ invitation }: { invitation: InvitationCreated }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const inputId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  return (
    <section className="card card--highlight" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('members.link.heading', { email: invitation.email })}</h3>
      <p>{t('members.link.ready', { email: invitation.email, date: formatDateTime(invitation.expiresAt, locale) })}</p>
      <div className="copy-row">
        <div className="field field--grow">
          <label htmlFor={inputId}>{t('members.link.label')}</label>
          <input
            ref={inputRef}
            id={inputId}
            className="link-input"
            type="text"
            readOnly
            value={invitation.url}
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
        <button
          type="button"
          className="button"
          onClick={() => void copyText(invitation.url, inputRef.current).then((ok) => setCopy(ok ? 'copied' : 'failed'))}
        >
          {t('members.link.copy')}
        </button>
      </div>
      <StatusMessage>
        {copy === 'copied' ? t('members.link.copied') : copy === 'failed' ? t('members.link.copyFailed') : null}
      </StatusMessage>
    </section>
  );
}
