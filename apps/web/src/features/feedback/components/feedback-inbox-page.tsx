import { FEEDBACK_STATUSES, type CurrentMember, type FeedbackStatus } from '@tertulia/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { LoadMore } from '../../../components/ui/load-more';
import { PageHeading } from '../../../components/ui/page-heading';
import { SelectField } from '../../../components/ui/select-field';
import { errorMessage } from '../../../lib/errors';
import { useFeedbackRequests } from '../api/get-feedback-requests';
import { inboxHref, inboxStateFromParams, INBOX_TABS, listFilters, paramsFromInboxState, type InboxState } from '../utils/inbox-params';
import { FeedbackRequestCard } from './feedback-request-card';
import { FeedbackSettingsSection } from './feedback-settings-section';
import './feedback.css';

/** The feedback inbox: what others ask of the reader, their own requests, every request; and their availability. */
export function FeedbackInboxPage({ viewer }: { viewer: CurrentMember }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = inboxStateFromParams(params);

  return (
    <div className="stack">
      <header className="page-header">
        <div className="section-header">
          <PageHeading title={t('feedback.inbox.title')}>{t('feedback.inbox.title')}</PageHeading>
          <Link to="/feedback/new" className="button">
            {t('feedback.inbox.new')}
          </Link>
        </div>
        <p className="lead">{t('feedback.inbox.intro')}</p>
      </header>

      <div className="feedback-layout">
        <div className="stack stack--tight">
          <nav aria-label={t('feedback.inbox.tabsLabel')}>
            <ul className="feedback-tabs" role="list">
              {INBOX_TABS.map((tab) => (
                <li key={tab}>
                  <Link
                    to={inboxHref({ ...state, tab })}
                    aria-current={state.tab === tab ? 'page' : undefined}
                    preventScrollReset
                  >
                    {t(`feedback.inbox.tab.${tab}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SelectField
            name="status"
            label={t('feedback.inbox.statusFilter')}
            className="field--compact"
            value={state.status ?? ''}
            onChange={(event) =>
              setParams(paramsFromInboxState({ ...state, status: (event.target.value || null) as FeedbackStatus | null }), {
                preventScrollReset: true,
              })
            }
            options={[
              { value: '', label: t('feedback.inbox.anyStatus') },
              ...FEEDBACK_STATUSES.map((status) => ({ value: status, label: t(`feedback.status.${status}`) })),
            ]}
          />
          <RequestList state={state} viewerId={viewer.id} />
        </div>
        <aside className="stack" aria-label={t('feedback.settings.heading')}>
          <FeedbackSettingsSection />
        </aside>
      </div>
    </div>
  );
}

function RequestList({ state, viewerId }: { state: InboxState; viewerId: string }) {
  const { t } = useTranslation();
  const requests = useFeedbackRequests(listFilters(state));
  const items = requests.data?.pages.flatMap((page) => page.items) ?? [];
  const loading = requests.isFetching && !requests.isFetchingNextPage;
  return (
    <section className="stack stack--tight" aria-labelledby="feedback-list-heading" aria-busy={loading}>
      <h2 id="feedback-list-heading">{t(`feedback.inbox.tab.${state.tab}`)}</h2>
      <p className="small muted">{t(`feedback.inbox.about.${state.tab}`)}</p>
      {requests.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : requests.isError ? (
        <ErrorAlert>{errorMessage(t, requests.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <div className="card card--soft">
          <p>{t(`feedback.inbox.empty.${state.tab}`)}</p>
          {state.tab === 'mine' ? (
            <p>
              <Link to="/feedback/new">{t('feedback.inbox.new')}</Link>
            </p>
          ) : null}
        </div>
      ) : (
        <ul className="feedback-list" role="list" aria-labelledby="feedback-list-heading">
          {items.map((request) => (
            <FeedbackRequestCard key={request.id} request={request} viewerId={viewerId} />
          ))}
        </ul>
      )}
      <LoadMore query={requests} />
    </section>
  );
}
