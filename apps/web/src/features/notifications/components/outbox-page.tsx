import { OUTBOX_STATUSES, type OutboxMessage } from '@tertulia/domain';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeading } from '../../../components/ui/page-heading';
import { SelectField } from '../../../components/ui/select-field';
import { errorMessage } from '../../../lib/errors';
import { useLocale } from '../../../lib/i18n';
import { useOutbox } from '../api/get-outbox';
import { formatShortDateTime } from '../utils/format';
import { outboxStatusFromParams } from '../utils/outbox-params';
import './notifications.css';

/**
 * The manager's «E-mail outbox»: every message, waiting or sent, with its attempts, when it is
 * tried again and why it failed; each one can be read. Says so when no SMTP server is configured.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = outboxStatusFromParams(params);
  const outbox = useOutbox(status);
  const pages = outbox.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const first = pages[0];
  const loading = outbox.isFetching && !outbox.isFetchingNextPage;

  return (
    <div className="stack">
      <header className="page-header">
        <PageHeading title={t('notifications.outbox.title')}>{t('notifications.outbox.title')}</PageHeading>
        <p className="lead">{t('notifications.outbox.intro')}</p>
      </header>
      {first && !first.smtpConfigured ? <div className="notice outbox-notice">{t('notifications.outbox.noSmtp')}</div> : null}
      <div className="outbox-toolbar">
        <SelectField
          name="status"
          label={t('notifications.outbox.statusFilter')}
          className="field--compact"
          value={status ?? ''}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            if (event.target.value) next.set('status', event.target.value);
            else next.delete('status');
            setParams(next, { preventScrollReset: true });
          }}
          options={[
            { value: '', label: t('notifications.outbox.any') },
            ...OUTBOX_STATUSES.map((value) => ({ value, label: t(`notifications.outbox.status.${value}`) })),
          ]}
        />
        {first ? <p className="small">{t('notifications.outbox.pending', { count: first.pending })}</p> : null}
      </div>
      <section aria-label={t('notifications.outbox.listLabel')} aria-busy={loading} className="stack stack--tight">
        {outbox.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : outbox.isError ? (
          <ErrorAlert>{errorMessage(t, outbox.error)}</ErrorAlert>
        ) : items.length === 0 ? (
          <div className="card card--soft">
            <p>{status ? t('notifications.outbox.emptyFiltered') : t('notifications.outbox.empty')}</p>
          </div>
        ) : (
          <ul className="outbox" role="list">
            {items.map((message) => (
              <OutboxItem key={message.id} message={message} />
            ))}
          </ul>
        )}
        <LoadMore query={outbox} />
      </section>
    </div>
  );
}

function OutboxItem({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const when = (value: string) => <time dateTime={value}>{formatShortDateTime(value, locale)}</time>;
  return (
    <li>
      <article className={`card outbox-message outbox-message--${message.status}`} aria-labelledby={titleId}>
        <div className="outbox-message__head">
          <h2 id={titleId} className="outbox-message__subject">
            {message.subject}
          </h2>
          <span className={message.status === 'sent' ? 'badge badge--active' : 'badge badge--warn'}>
            {t(`notifications.outbox.status.${message.status}`)}
          </span>
          <span className="badge badge--plain">{t(`notifications.outbox.kind.${message.kind}`)}</span>
        </div>
        <dl className="outbox-facts">
          <Fact term={t('notifications.outbox.to')}>{message.to}</Fact>
          <Fact term={t('notifications.outbox.createdAt')}>{when(message.createdAt)}</Fact>
          <Fact term={t('notifications.outbox.attempts')}>{message.attempts}</Fact>
          {message.status === 'pending' && message.nextAttemptAt ? (
            <Fact term={t('notifications.outbox.nextAttempt')}>{when(message.nextAttemptAt)}</Fact>
          ) : null}
          {message.sentAt ? <Fact term={t('notifications.outbox.sentAt')}>{when(message.sentAt)}</Fact> : null}
          {message.lastError ? (
            <Fact term={t('notifications.outbox.lastError')}>
              <span className="outbox-message__error">{message.lastError}</span>
            </Fact>
          ) : null}
        </dl>
        <details className="outbox-message__body">
          <summary>{t('notifications.outbox.read')}</summary>
          <pre className="outbox-message__text">{message.text}</pre>
        </details>
      </article>
    </li>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="outbox-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
