import { UnsubscribeParamsSchema, type UnsubscribeResult } from '@tertulia/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { useUnsubscribe } from '../api/unsubscribe';
import { formatList } from '../utils/format';
import './notifications.css';

/** Codes that mean the link itself is wrong (forged, altered, cut short), not that something failed. */
const INVALID_LINK_CODES = new Set(['UNSUBSCRIBE_LINK_INVALID', 'NOT_FOUND', 'VALIDATION_FAILED']);

/**
 * The page an e-mail's «unsubscribe» link opens (no sign-in needed): it asks once, on arrival,
 * then says in words what stopped, and links to the settings to choose again.
 */
export function UnsubscribePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const unsubscribe = useUnsubscribe();
  const wellFormed = UnsubscribeParamsSchema.safeParse({ token }).success;
  const asked = useRef<string | null>(null);
  const { mutate } = unsubscribe;

  useEffect(() => {
    // Once per link, even when React runs effects twice in development.
    if (!wellFormed || asked.current === token) return;
    asked.current = token;
    mutate(token);
  }, [mutate, token, wellFormed]);

  const invalid = !wellFormed || (unsubscribe.isError && isApiError(unsubscribe.error) && INVALID_LINK_CODES.has(unsubscribe.error.code));

  if (invalid) {
    return (
      <div className="card card--narrow stack stack--tight">
        <PageHeading title={t('notifications.unsubscribe.invalidTitle')}>{t('notifications.unsubscribe.invalidTitle')}</PageHeading>
        <p>{t('notifications.unsubscribe.invalidBody')}</p>
        <SettingsLink />
      </div>
    );
  }
  if (unsubscribe.isError) {
    return (
      <div className="card card--narrow stack stack--tight">
        <PageHeading title={t('notifications.unsubscribe.failedTitle')}>{t('notifications.unsubscribe.failedTitle')}</PageHeading>
        <p role="alert">{errorMessage(t, unsubscribe.error)}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => mutate(token)}>
            {t('notifications.unsubscribe.retry')}
          </button>
          <SettingsLink quiet />
        </div>
      </div>
    );
  }
  if (unsubscribe.isSuccess) return <Unsubscribed result={unsubscribe.data} />;
  return (
    <div className="card card--narrow" aria-busy="true">
      <PageHeading title={t('notifications.unsubscribe.working')}>{t('notifications.unsubscribe.working')}</PageHeading>
    </div>
  );
}

function Unsubscribed({ result }: { result: UnsubscribeResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const categories = formatList(
    result.categories.map((category) => t(`notifications.category.${category}`)),
    locale,
  );
  const sentence =
    result.categories.length === 0
      ? t('notifications.unsubscribe.nothing')
      : result.scope === 'daily_digest' || result.scope === 'weekly_digest'
        ? t(`notifications.unsubscribe.${result.scope}`, { categories })
        : t('notifications.unsubscribe.category', { categories });
  return (
    <div className="card card--narrow stack stack--tight">
      <PageHeading title={t('notifications.unsubscribe.doneTitle')}>{t('notifications.unsubscribe.doneTitle')}</PageHeading>
      <p className="lead">{sentence}</p>
      <p>{t('notifications.unsubscribe.stillInPortal')}</p>
      <SettingsLink />
    </div>
  );
}

function SettingsLink({ quiet }: { quiet?: boolean }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/settings/notifications" className={quiet ? 'button button--quiet' : 'button'}>
        {t('notifications.unsubscribe.settings')}
      </Link>
    </p>
  );
}
